import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildPayload, characterCardV2, replaceUserName, safeFileName, shareableMessages, shareableSwipes, type StContext } from "../../clients/sillytavern/src/payload.js";
import { checkServer, describeServerState, uploadPayload } from "../../clients/sillytavern/src/server-api.js";
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
    const payload = buildPayload(context(), { messages: new Set([0, 3]) }, NOW);
    assert.deepEqual(payload.messages, [0, 3]);
    const lines = payload.chat.text.split("\n").map((line) => JSON.parse(line));
    assert.deepEqual(lines[0], { user_name: "{{user}}", character_name: "Mira", create_date: "2026-01-02T03:04:05.000Z" });
    assert.equal(lines.length, 3);
    assert.deepEqual(lines[2], { name: "Mira", is_user: false, is_system: false, send_date: "May 12, 2023 9:34pm", mes: "Welcome, {{user}}.", swipes: ["Go home, {{user}}.", "Welcome, {{user}}."], swipe_id: 1 });
  });

  it("sends nothing of the user beyond the kept text: no name, no metadata, no generation details", () => {
    const payload = buildPayload(context(), {}, NOW);
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

  it("sends of the card only the fields the preview shows (its tags included: they become categories), the persona name replaced in them", () => {
    const card = characterCardV2({ name: "Aqua", description: "Data is her friend.", data: { name: "Aqua", personality: "Kind to Data.", spec_note: "data", tags: ["x"], alternate_greetings: ["Hi, Data"], extensions: { data: 1 }, character_book: { entries: [] } } }, "Data") as { spec: string; data: Record<string, unknown> };
    assert.equal(card.spec, "chara_card_v2");
    assert.deepEqual(card.data, { name: "Aqua", description: "{{user}} is her friend.", personality: "Kind to {{user}}.", scenario: "", first_mes: "", mes_example: "", tags: ["x"] });
  });

  it("sends the swipes kept, the chosen one holding the message shown, and says which were sent", () => {
    const chat = [
      { name: "Mira", is_user: false, mes: "B, Samantha", swipes: ["A", "B (edited away)", "   ", "C"], swipe_id: 1 },
      { name: "Samantha", is_user: true, mes: "hi", swipes: ["hi", "hello"], swipe_id: 0 },
      { name: "Mira", is_user: false, mes: "only one", swipes: ["only one"], swipe_id: 0 },
    ];
    assert.deepEqual(shareableSwipes(chat[0]), [0, 3], "not the chosen one, not a blank one");
    assert.deepEqual(shareableSwipes(chat[1]), [], "a user's edits are not swipes sent");
    assert.deepEqual(shareableSwipes(chat[2]), []);
    const all = buildPayload(context({ chat }), {}, NOW);
    const lines = all.chat.text.split("\n").map((line) => JSON.parse(line));
    assert.deepEqual([lines[1].swipes, lines[1].swipe_id], [["A", "B, {{user}}", "C"], 1]);
    assert.deepEqual(all.swipes, [[0, 1, 3], [], []]);
    assert.equal(lines[2].swipes, undefined);
    const some = buildPayload(context({ chat }), { swipesLeftOut: new Map([[0, new Set([0])]]) }, NOW);
    const kept = JSON.parse(some.chat.text.split("\n")[1]);
    assert.deepEqual([kept.swipes, kept.swipe_id], [["B, {{user}}", "C"], 0]);
    assert.deepEqual(some.swipes[0], [1, 3]);
    const none = buildPayload(context({ chat }), { swipesLeftOut: new Map([[0, new Set([0, 3])]]) }, NOW);
    const alone = JSON.parse(none.chat.text.split("\n")[1]);
    assert.deepEqual([alone.swipes, alone.swipe_id, alone.mes], [undefined, undefined, "B, {{user}}"]);
    assert.doesNotMatch(all.chat.text, /edited away/);
  });

  it("is read by pippa's importer as one conversation with its card", async () => {
    const payload = buildPayload(context(), {}, NOW);
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

describe("SillyTavern extension and the server's answers", () => {
  const SERVER = "http://127.0.0.1:8088";
  const PAGE = "http://127.0.0.1:8000";
  const answer = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  it("tells a refused origin from a server that cannot be reached", async () => {
    const refused = await checkServer(SERVER, PAGE, answer(403, { error: "…", code: "PIPPA_E_ORIGIN", origin: PAGE }));
    assert.deepEqual(refused, { kind: "origin-refused", origin: PAGE });
    assert.equal(describeServerState(refused as Exclude<typeof refused, { kind: "ready" }>, SERVER), `this pippa server does not accept uploads from ${PAGE} — start it with --allow-origin ${PAGE}`);
    const down = await checkServer(SERVER, PAGE, async () => {
      throw new TypeError("Failed to fetch");
    });
    assert.deepEqual(down, { kind: "unreachable", detail: "Failed to fetch" });
    assert.match(describeServerState(down as Exclude<typeof down, { kind: "ready" }>, SERVER), /^Cannot reach the pippa server at http:\/\/127\.0\.0\.1:8088 \(Failed to fetch\)/);
    assert.deepEqual(await checkServer(SERVER, PAGE, answer(403, { error: "forbidden" })), { kind: "failed", detail: "forbidden" }, "another 403 is no origin refusal");
    assert.deepEqual(await checkServer(SERVER, PAGE, answer(200, { consent: [{ value: "public", label: "Public" }] })), { kind: "ready", consents: [{ value: "public", label: "Public" }] });
    assert.equal((await checkServer(SERVER, PAGE, answer(200, { hello: 1 }))).kind, "failed");
  });

  it("says so when an upload is refused for its origin, and gives the receipt when taken", async () => {
    const payload = buildPayload(context(), {}, NOW);
    assert.deepEqual(await uploadPayload(SERVER, payload, "public", PAGE, answer(403, { code: "PIPPA_E_ORIGIN", origin: PAGE })), { problem: `this pippa server does not accept uploads from ${PAGE} — start it with --allow-origin ${PAGE}` });
    assert.deepEqual(await uploadPayload(SERVER, payload, "public", PAGE, answer(201, { receipt: "AAAAA-BBBBB-CCCCC-DDDDD" })), { receipt: "AAAAA-BBBBB-CCCCC-DDDDD" });
    assert.deepEqual(await uploadPayload(SERVER, payload, "public", PAGE, answer(413, { error: "too big" })), { problem: "Not sent: too big" });
  });
});
