import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatAxolotl } from "../../../src/formats/training/axolotl.js";
import { chatTemplateFrom, compileChatTemplate, formatWithTemplate } from "../../../src/formats/training/chat-template.js";
import { formatChatML } from "../../../src/formats/training/chatml.js";
import { formatPreferencePairs } from "../../../src/formats/training/dpo.js";
import { formatMetharme } from "../../../src/formats/training/metharme.js";
import { apiName, formatOpenAI } from "../../../src/formats/training/openai.js";
import { formatPygmalion } from "../../../src/formats/training/pygmalion.js";
import { formatShareGPT } from "../../../src/formats/training/sharegpt.js";
import { buildDialogue } from "../../../src/prepare/dialogue.js";
import { trainingExamples } from "../../../src/prepare/examples.js";
import { NAMES, SMALL_RECORD } from "../../prepare/golden.js";

const dialogue = buildDialogue(SMALL_RECORD, NAMES);
const [example] = trainingExamples(dialogue, { systemPrompt: "Play {{char}}. {{persona}}", persona: "description+examples", perTurn: false });
const SYSTEM = "Play Mira. A quiet keeper of the Mira light, fond of Sam.\n\nMira is a lighthouse keeper.\n\nExample conversations:\n\nMira: The lamp never sleeps.\nSam: Do you?\n\nMira: Sam again?\nGuest1: Let them in.\nit is cold";
const TURNS = ["*Mira looks up.* Oh, Sam! You came.", "Hi Mira.\n\nIt is stormy.", "Stay by the fire, Sam.", "Thanks."];

describe("training formats (golden)", () => {
  it("metharme: <|system|>, turns without separators, ending in <|model|>", () => {
    const { record, text } = formatMetharme(example);
    assert.deepEqual(record, { prompt: `<|system|>${SYSTEM}<|model|>${TURNS[0]}<|user|>${TURNS[1]}<|model|>${TURNS[2]}<|user|>${TURNS[3]}<|model|>`, generation: "*nods*" });
    assert.equal(text, `${record.prompt as string}*nods*`);
  });

  it("pygmalion: persona line, example chats and the chat after <START>, ending in NAME:", () => {
    assert.deepEqual(formatPygmalion(example).record, {
      prompt: [
        "Mira's Persona: A quiet keeper of the Mira light, fond of Sam.\n\nMira is a lighthouse keeper.",
        "<START>\nMira: The lamp never sleeps.\nYou: Do you?",
        "<START>\nMira: Sam again?\nGuest1: Let them in.\nit is cold",
        `<START>\nMira: ${TURNS[0]}\nYou: ${TURNS[1]}\nMira: ${TURNS[2]}\nYou: ${TURNS[3]}\nMira:`,
      ].join("\n"),
      generation: " *nods*",
    });
  });

  it("chatml, sharegpt, openai, axolotl: the same messages in each shape", () => {
    const roles = ["system", "assistant", "user", "assistant", "user", "assistant"] as const;
    const contents = [SYSTEM, ...TURNS, "*nods*"];
    const chatml = contents.map((content, i) => `<|im_start|>${roles[i]}\n${content}<|im_end|>\n`).join("");
    assert.deepEqual(formatChatML(example), { record: { text: chatml }, text: chatml });
    const from = { system: "system", user: "human", assistant: "gpt" };
    assert.deepEqual(formatShareGPT(example).record, { conversations: contents.map((value, i) => ({ from: from[roles[i]], value })) });
    assert.deepEqual(formatOpenAI(example).record, { messages: contents.map((content, i) => ({ role: roles[i], content })) });
    assert.deepEqual((formatOpenAI(example, { names: true }).record.messages as { name?: string }[]).map((message) => message.name), [undefined, "Mira", "Sam", "Mira", "Sam", "Mira"]);
    assert.equal(apiName("Kamisato Ayaka (Genshin)"), "Kamisato_Ayaka_Genshin");
    assert.equal(apiName("日本"), undefined);
    assert.deepEqual(formatAxolotl(example).record, {
      messages: contents.map((content, i) => ({ role: roles[i], content, train: roles[i] === "assistant" && i !== 1 })),
    });
    for (const formatted of [formatShareGPT(example), formatOpenAI(example), formatAxolotl(example)]) assert.equal(formatted.text, chatml, "measured as ChatML");
  });

  it("template: a model's Jinja chat template, from a .jinja text or a tokenizer_config.json", () => {
    const jinja = "{{ bos_token }}{% for m in messages %}<|start_header_id|>{{ m.role }}<|end_header_id|>\n\n{{ m.content | trim }}<|eot_id|>{% endfor %}";
    const config = JSON.stringify({ chat_template: jinja, bos_token: { content: "<|begin_of_text|>" }, eos_token: "<|eot_id|>" });
    const render = compileChatTemplate(chatTemplateFrom(config, "tokenizer_config.json"));
    const { record } = formatWithTemplate(render)(example);
    assert.ok((record.text as string).startsWith(`<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n${SYSTEM}<|eot_id|>`));
    assert.ok((record.text as string).endsWith("<|start_header_id|>assistant<|end_header_id|>\n\n*nods*<|eot_id|>"));
    assert.equal(compileChatTemplate(chatTemplateFrom("{{ messages | length }}", "t.jinja"))([{ role: "user", content: "x" }]), "1");
    const strict = compileChatTemplate({ template: "{% if messages[1].role != 'user' %}{{ raise_exception('Conversation roles must alternate user/assistant') }}{% endif %}" });
    assert.throws(() => strict([{ role: "system", content: "s" }, { role: "assistant", content: "a" }]), /roles must alternate/);
  });

  it("dpo: the kept reply against each swiped-away one, after the same prompt", () => {
    const [target] = trainingExamples(dialogue, { systemPrompt: "S", persona: "description", perTurn: true });
    const pairs = formatPreferencePairs(target);
    assert.equal(pairs.length, 1);
    assert.deepEqual(pairs[0].record, {
      prompt: [
        { role: "system", content: "S" },
        { role: "assistant", content: TURNS[0] },
        { role: "user", content: TURNS[1] },
      ],
      chosen: [{ role: "assistant", content: "Stay by the fire, Sam." }],
      rejected: [{ role: "assistant", content: "Go home, Sam." }],
    });
    assert.equal(pairs[0].alsoMeasured?.length, 1);
  });
});
