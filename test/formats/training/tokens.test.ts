import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { formatChatML } from "../../../src/formats/training/chatml.js";
import { formatPreferencePairs } from "../../../src/formats/training/dpo.js";
import type { FormattedExample } from "../../../src/formats/training/format.js";
import { formatMetharme } from "../../../src/formats/training/metharme.js";
import { formatPygmalion } from "../../../src/formats/training/pygmalion.js";
import type { TrainingExample } from "../../../src/model/training-example.js";
import { HuggingFaceCounter } from "../../../src/prepare/tokenizer/hugging-face.js";
import { Llama3Counter, llama3Encoder } from "../../../src/prepare/tokenizer/llama3.js";
import { fitExample } from "../../../src/prepare/window.js";
import { chatText } from "../../helpers/records.js";

/** The reference: tiktoken encoding the whole text with Llama 3's pattern in its own (Rust) regex engine. */
/** A text's own tokens. */
const ordinary = (text: string) => llama3Encoder().encode_ordinary(text).length;
/** What the model sees of a text: its tokens and the `<|begin_of_text|>` Llama 3's tokenizer puts first. */
const full = (text: string) => ordinary(text) + 1;

describe("Llama 3 counter", () => {
  const counter = new Llama3Counter();
  it("knows Llama 3's tokens", () => {
    assert.deepEqual([...llama3Encoder().encode_ordinary("Hello World")], [9906, 4435]);
    assert.deepEqual([...llama3Encoder().encode_ordinary(" \ufeffhello")], [76880, 15339], "U+FEFF is no white space to Llama 3");
  });

  it("counts exactly as the full tokenizer, on hostile text too", () => {
    const cases = [
      "Hello World, how's it going? I'M FINE, THEY'LL see. 1234567 日本語 😀👍🏽",
      "  leading  and   trailing  \n\n\r\n\t tabs\u00a0nbsp\u3000ideographic\u2028line\u0085nel\ufeffbom",
      "*smiles* {{user}}... \"quoted\" — dash –– 'single' `tick` \\back\\slash",
      "",
      " ",
      "\n\n\n",
      "a\u200bb\u200dc",
    ];
    for (const text of cases) assert.equal(counter.count(text), ordinary(text), JSON.stringify(text));
    fc.assert(fc.property(chatText, (text) => counter.count(text) === ordinary(text)), { numRuns: 400 });
    assert.equal(counter.addedTokens, 1, "<|begin_of_text|>");
  });

  it("truncates at a token boundary to a prefix within the limit", () => {
    const text = "The lighthouse keeper climbed the stairs, one hundred and twelve of them, 日本語 included. 😀".repeat(5);
    for (const limit of [1, 5, 17, 60]) {
      const cut = counter.truncate(text, limit);
      assert.ok(text.startsWith(cut));
      assert.ok(ordinary(cut) <= limit && ordinary(cut) >= limit - 3, `${limit}: ${ordinary(cut)}`);
    }
    assert.equal(counter.truncate("short", 10), "short");
  });
});

describe("tokenizer.json counter", () => {
  const tokenizerJson = {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: [],
    normalizer: { type: "Lowercase" },
    pre_tokenizer: { type: "Whitespace" },
    post_processor: null,
    decoder: null,
    model: { type: "WordLevel", vocab: { "[UNK]": 0, hello: 1, world: 2, "!": 3 }, unk_token: "[UNK]" },
  };
  it("counts and truncates with whatever tokenizer the file describes", () => {
    const counter = new HuggingFaceCounter("tiny/tokenizer.json", tokenizerJson);
    assert.equal(counter.count("Hello world!"), 3);
    assert.equal(counter.count("hello there world"), 3, "unknown words are one [UNK] each");
    assert.equal(counter.truncate("hello world !", 2), "hello world");
    assert.equal(counter.addedTokens, 0, "no post-processor: nothing added");
  });

  it("counts the special tokens its post-processor adds to every sequence", () => {
    const withBos = {
      ...tokenizerJson,
      added_tokens: [{ id: 4, content: "<s>", single_word: false, lstrip: false, rstrip: false, normalized: false, special: true }],
      model: { ...tokenizerJson.model, vocab: { ...tokenizerJson.model.vocab, "<s>": 4 } },
      post_processor: { type: "TemplateProcessing", single: [{ SpecialToken: { id: "<s>", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }], pair: [{ Sequence: { id: "A", type_id: 0 } }], special_tokens: { "<s>": { id: "<s>", ids: [4], tokens: ["<s>"] } } },
    };
    const counter = new HuggingFaceCounter("bos/tokenizer.json", withBos);
    assert.equal(counter.count("hello world"), 2);
    assert.equal(counter.addedTokens, 1);
  });
});

describe("context fitting", () => {
  const counter = new Llama3Counter();
  const turn = fc.record({ role: fc.constantFrom("user" as const, "model" as const), text: fc.array(fc.constantFrom("The", " storm", " rages", "!", " *she smiles*", " 日本", " 😀", "\n\n", " {{x}}"), { minLength: 1, maxLength: 60 }).map((parts) => parts.join("")) });
  const example = fc.record({
    system: fc.array(fc.constantFrom("You are ", "Mira", ", a keeper", " of lights. "), { maxLength: 40 }).map((parts) => parts.join("")),
    context: fc.array(turn, { maxLength: 30 }),
    target: turn.map((t) => ({ ...t, role: "model" as const, alternatives: ["Another reply, much shorter."] })),
  }).map((parts): TrainingExample => ({ botId: "b", char: "Mira", user: "Sam", persona: parts.system, description: parts.system, exampleChats: [], ...parts }));
  const formats: [string, (e: TrainingExample) => FormattedExample][] = [
    ["metharme", formatMetharme],
    ["pygmalion", formatPygmalion],
    ["chatml", formatChatML],
    ["dpo", (e) => formatPreferencePairs(e)[0]],
  ];

  for (const [name, format] of formats) {
    it(`never lets a ${name} example exceed the budget (property)`, () => {
      fc.assert(
        fc.property(example, fc.integer({ min: 24, max: 700 }), fc.constantFrom("truncate" as const, "drop" as const), (ex, maxTokens, overflow) => {
          const fitted = fitExample(ex, format, counter, { maxTokens, overflow });
          if (fitted.kind === "dropped") return;
          for (const text of [fitted.formatted.text, ...(fitted.formatted.alsoMeasured ?? [])]) assert.ok(full(text) <= maxTokens, `${full(text)} > ${maxTokens}`);
          assert.equal(fitted.tokens, Math.max(...[fitted.formatted.text, ...(fitted.formatted.alsoMeasured ?? [])].map(full)));
        }),
        { numRuns: 120 },
      );
    });
  }

  it("drops the oldest turns first, keeps the system prompt, and counts what it did", () => {
    const turns = Array.from({ length: 12 }, (_, i) => ({ role: i % 2 ? ("model" as const) : ("user" as const), text: `Turn ${i} `.repeat(20) }));
    const ex: TrainingExample = { botId: "b", char: "Mira", user: "Sam", persona: "", description: "", exampleChats: [], system: "SYSTEM PROMPT", context: turns.slice(0, 11), target: turns[11] };
    const fitted = fitExample(ex, formatMetharme, counter, { maxTokens: 400, overflow: "truncate" });
    assert.equal(fitted.kind, "fitted");
    if (fitted.kind !== "fitted") return;
    const prompt = fitted.formatted.record.prompt as string;
    assert.ok(prompt.startsWith("<|system|>SYSTEM PROMPT<|user|>"), "starts with the system prompt, then a user turn");
    assert.ok(prompt.includes("Turn 10") && !prompt.includes("Turn 0 "), "the newest turns stay, the oldest go");
    assert.ok(fitted.droppedTurns > 0 && !fitted.truncated);

    const long: TrainingExample = { ...ex, context: [...turns.slice(0, 3)], target: { role: "model", text: "word ".repeat(2000) } };
    const cut = fitExample(long, formatMetharme, counter, { maxTokens: 300, overflow: "truncate" });
    assert.ok(cut.kind === "fitted" && cut.truncated && cut.tokens <= 300);
    // A cut reply still answers its user turn: never system + model alone.
    assert.ok(cut.kind === "fitted" && (cut.formatted.record.prompt as string).includes("<|user|>Turn 2"));
    assert.deepEqual(fitExample(long, formatMetharme, counter, { maxTokens: 300, overflow: "drop" }), { kind: "dropped", reason: "the reply alone exceeds the token budget" });
    assert.deepEqual(fitExample({ ...long, context: [] }, formatMetharme, counter, { maxTokens: 300, overflow: "truncate" }), { kind: "dropped", reason: "no user turn before the reply" });
    const hugeSystem = fitExample({ ...ex, system: "rule ".repeat(500) }, formatMetharme, counter, { maxTokens: 100, overflow: "truncate" });
    assert.equal(hugeSystem.kind === "dropped" && hugeSystem.reason, "the system prompt and the user turn alone exceed the token budget");
  });

  it("keeps the character's greeting and counts no dropped turn when the whole conversation fits", () => {
    const context = [
      { role: "model" as const, text: "*The lamp turns.* You made it." },
      { role: "user" as const, text: "Barely. The storm is bad." },
    ];
    const ex: TrainingExample = { botId: "b", char: "Mira", user: "Sam", persona: "", description: "", exampleChats: [], system: "SYSTEM PROMPT", context, target: { role: "model", text: "Sit by the fire." } };
    const fitted = fitExample(ex, formatMetharme, counter, { maxTokens: 4096, overflow: "truncate" });
    assert.ok(fitted.kind === "fitted");
    if (fitted.kind !== "fitted") return;
    assert.equal(fitted.droppedTurns, 0);
    assert.ok((fitted.formatted.record.prompt as string).startsWith("<|system|>SYSTEM PROMPT<|model|>*The lamp turns.* You made it."));
  });

  it("drops a preference pair too long to fit rather than cut one of its replies", () => {
    const pair: TrainingExample = { botId: "b", char: "Mira", user: "Sam", persona: "", description: "", exampleChats: [], system: "SYSTEM", context: [{ role: "user", text: "Hi." }], target: { role: "model", text: "word ".repeat(2000), alternatives: ["Short."] } };
    const fitted = fitExample(pair, (e) => formatPreferencePairs(e)[0], counter, { maxTokens: 300, overflow: "truncate" });
    assert.deepEqual(fitted, { kind: "dropped", reason: "a reply of the preference pair alone exceeds the token budget" });
  });
});
