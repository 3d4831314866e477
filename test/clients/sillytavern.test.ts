import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildPayload, characterCardV2, replaceUserName, safeFileName, shareableMessages, type StContext } from "../../clients/sillytavern/src/payload.js";
import { importDocuments, type ImportDocument } from "../../src/formats/import-documents.js";
import type { Episode } from "../../src/model/pippa-record.js";
import { CARD_EXAMPLES } from "../helpers/examples.js";

const NOW = new Date("2026-01-02T03:04:05.000Z");

function context(overrides: Partial<StContext> = {}): StContext {
  return {
    name1: "Samantha",
    name2: "Mira",
    characterId: 0,
    characters: [{ name: "Mira", avatar: "Mira.png", description: "old V1 text", data: { ...CARD_EXAMPLES.v2.data } as Record<string, unknown> }],
    chat: [
      { name: "Mira", is_user: false, send_date: "May 12, 2023 9:32pm", mes: "The lamp turns. Hello, Samantha!", extra: { api: "openai", model: "x" }, force_avatar: "User.png" },
      { name: "Samantha", is_user: true, send_date: "May 12, 2023 9:33pm", mes: "hi, I'm samantha, not Samanthas. Mail: sam@example.com", extra: {} },
      { name: "Mira", is_user: false, is_system: true, send_date: "May 12, 2023 9:33pm", mes: "[hidden note]" },
      { name: "Mira", is_user: false, send_date: "May 12, 2023 9:34pm", mes: "Welcome, SAMANTHA.", swipes: ["Go home, Samantha.", "Welcome, SAMANTHA."], swipe_id: 1 },
      { name: "Samantha", is_user: true, send_date: "May 12, 2023 9:35pm", mes: "   " },
    ],
    ...overrides,
  };
}

function documentOf(source: string, text: string): ImportDocument {
  const bytes = new TextEncoder().encode(text);
  return { source, size: async () => bytes.length, modified: async () => 0, chunks: async function* () { yield bytes; }, whole: async () => bytes };
}

describe("SillyTavern extension payload", () => {
  it("replaces the persona name as a whole word in any case, but not a generic one", () => {
    assert.equal(replaceUserName("Samantha, samantha and Samanthas; (SAMANTHA)", "Samantha"), "{{user}}, {{user}} and Samanthas; ({{user}})");
    assert.equal(replaceUserName("the User interface", "User"), "the User interface");
    assert.equal(replaceUserName("a.b?c", "a.b"), "{{user}}?c", "the name is text, not a pattern");
  });

  it("keeps only shareable messages (not hidden, not empty), and the ones the user kept", () => {
    assert.deepEqual(shareableMessages(context().chat), [0, 1, 3]);
    const payload = buildPayload(context(), new Set([0, 3]), NOW);
    assert.deepEqual(payload.messages, [0, 3]);
    const lines = payload.chat.text.split("\n").map((line) => JSON.parse(line));
    assert.deepEqual(lines[0], { user_name: "{{user}}", character_name: "Mira", create_date: "2026-01-02T03:04:05.000Z" });
    assert.equal(lines.length, 3);
    assert.deepEqual(lines[2], { name: "Mira", is_user: false, is_system: false, send_date: "May 12, 2023 9:34pm", mes: "Welcome, {{user}}.", swipes: ["Go home, {{user}}.", "Welcome, {{user}}."], swipe_id: 1 });
  });

  it("sends nothing of the user beyond the kept text: no name, no metadata, no generation details", () => {
    const payload = buildPayload(context(), null, NOW);
    assert.doesNotMatch(payload.chat.text, /\bsamantha\b/i, "the name itself never leaves");
    assert.doesNotMatch(payload.chat.text, /openai|force_avatar|User\.png|extra/);
    assert.match(payload.chat.text, /I'm \{\{user\}\}, not Samanthas/);
    assert.equal(payload.chat.name, "Mira.jsonl");
  });

  it("makes a V2 card from the character (its own V2 data first), none for a group chat", () => {
    const card = characterCardV2(context().characters[0], "Samantha") as { spec: string; data: { name: string; description: string } };
    assert.equal(card.spec, "chara_card_v2");
    assert.equal(card.data.name, CARD_EXAMPLES.v2.data.name);
    assert.equal(card.data.description, CARD_EXAMPLES.v2.data.description);
    const v1 = characterCardV2({ name: "Aqua", description: "A goddess who knows Samantha." }, "Samantha") as { data: { description: string } };
    assert.equal(v1.data.description, "A goddess who knows {{user}}.");
    assert.equal(buildPayload(context({ groupId: "g1" })).card, null);
    assert.equal(safeFileName("../../etc/passwd", ".json"), "....etcpasswd.json");
    assert.equal(safeFileName("🌙", ".jsonl"), "chat.jsonl");
  });

  it("replaces the persona name in the card's texts, never in its keys", () => {
    const card = characterCardV2({ name: "Aqua", description: "Data is her friend.", data: { name: "Aqua", spec_note: "data", extensions: { data: 1 } } }, "Data") as { spec: string; data: Record<string, unknown> };
    assert.equal(card.spec, "chara_card_v2");
    assert.equal(card.data.description, "{{user}} is her friend.");
    assert.equal(card.data.spec_note, "{{user}}");
    assert.deepEqual(card.data.extensions, { data: 1 });
  });

  it("is read by pippa's importer as one conversation with its card", async () => {
    const payload = buildPayload(context(), null, NOW);
    const episodes: Episode[] = [];
    const formats: string[] = [];
    for await (const event of importDocuments([documentOf(payload.chat.name, payload.chat.text), documentOf(payload.card!.name, payload.card!.text)])) {
      if (event.kind === "episode") episodes.push(event.episode);
      if (event.kind === "file") formats.push(String(event.report.format));
    }
    assert.deepEqual(formats, ["sillytavern-chat", "card-json"]);
    assert.equal(episodes.length, 1);
    assert.equal(episodes[0].bot_name, CARD_EXAMPLES.v2.data.name);
    assert.deepEqual(episodes[0].conversation.map((turn) => turn.is_human), [false, true, false]);
    assert.equal(episodes[0].conversation[2].swipes?.length, 2);
  });
});
