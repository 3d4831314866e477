/**
 * Conformance with real SillyTavern files (../shared/fixtures/sillytavern, present in CI). Skips,
 * and says so, when the fixtures folder is absent.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { run } from "../../src/cli/main.js";
import { cardToBotFields } from "../../src/formats/character-card/card-fields.js";
import { readCardPng, writeCardPng } from "../../src/formats/character-card/card-png.js";
import { parseCard, toCardV3, type CharacterCard } from "../../src/formats/character-card/card.js";
import { readPngChunks } from "../../src/formats/character-card/png-chunks.js";
import { readSillyTavernChat, writeSillyTavernChat } from "../../src/formats/chats/sillytavern-chat.js";
import { toPippa } from "../../src/model/pippa-record.js";
import { validatePippaRecord } from "../../src/model/validate.js";
import { detectFileFormat } from "../../src/runner/import-files.js";
import { captureIo, sharedFixtures, temporaryFolder } from "../helpers/io.js";

const fixtures = sharedFixtures();
const skip = fixtures ? false : "SKIPPING: ../shared/fixtures is absent (set PIPPA_FIXTURES to run the conformance tests)";
if (skip) console.log(`# ${skip}`);
const fixture = (name: string) => join(fixtures ?? "", "sillytavern", name);

describe("conformance: SillyTavern fixtures", { skip }, () => {
  it("detects every file's format", async () => {
    const expected = {
      "st_default_Seraphina.png": "card-png",
      "st_legacy_v1_Aqua.png": "card-png",
      "st_legacy_chat_Aqua_1673181146000.jsonl": "sillytavern-chat",
      "synthetic_st_chat_modern.jsonl": "sillytavern-chat",
      "st_Eldoria_worldinfo.json": "sillytavern-worldinfo",
    };
    for (const [name, format] of Object.entries(expected)) assert.equal(await detectFileFormat(fixture(name), 1 << 24), format, name);
  });

  it("st_default_Seraphina.png: a V2 hybrid with a 4-entry lorebook, read and round-tripped losslessly", async () => {
    const png = new Uint8Array(await readFile(fixture("st_default_Seraphina.png")));
    const read = readCardPng(png, { source: "st_default_Seraphina.png" });
    assert.equal(read.shape, "hybrid");
    assert.equal(read.card.data.name, "Seraphina");
    assert.equal((read.card.data.character_book as { entries: unknown[] }).entries.length, 4);
    assert.equal(read.card.creatorcomment, "ST Default Bot contest winner: roleplay bots category", "V1 keys at the top level kept");
    const fields = cardToBotFields(read.card);
    assert.equal(fields.bot_name, "Seraphina");
    assert.ok(fields.bot_greeting.startsWith("*You wake with a start"));
    // PNG -> JSON -> PNG -> JSON, with the original image kept.
    const json = JSON.parse(JSON.stringify(read.card)) as CharacterCard;
    const rewritten = writeCardPng(parseCard(json).card, png);
    const again = readCardPng(rewritten);
    assert.equal(again.chunk, "ccv3", "a true V3 chunk was written and is preferred");
    assert.deepEqual(again.card, toCardV3(read.card));
    const idat = (bytes: Uint8Array) => readPngChunks(bytes).filter((c) => c.type === "IDAT").map((c) => Buffer.from(c.data).toString("base64"));
    assert.deepEqual(idat(rewritten), idat(png), "the image is untouched");
  });

  it("st_legacy_v1_Aqua.png: a pure V1 card whose <START> examples become END_OF_DIALOG blocks", async () => {
    const { card, shape } = readCardPng(new Uint8Array(await readFile(fixture("st_legacy_v1_Aqua.png"))));
    assert.equal(shape, "v1");
    const fields = cardToBotFields(card);
    assert.equal(fields.bot_name, "Aqua");
    const blocks = fields.bot_definitions!.split("\nEND_OF_DIALOG\n");
    assert.equal(blocks.length, 2);
    assert.ok(blocks.every((block) => block.startsWith("{{user}}: ")));
    assert.match(fields.bot_description!, /\n\n\{\{char\}\}'s Personality: high-spirited/);
    assert.match(fields.bot_greeting, /\r\n/, "CRLF inside text kept");
  });

  it("st_legacy_chat_Aqua: a legacy header, epoch-ms dates, no final newline", async () => {
    const text = await readFile(fixture("st_legacy_chat_Aqua_1673181146000.jsonl"), "utf8");
    assert.ok(!text.endsWith("\n"));
    const { episodes, rejects } = readSillyTavernChat(text, { source: "st_legacy_chat_Aqua_1673181146000.jsonl" });
    assert.deepEqual(rejects, []);
    const [episode] = episodes;
    assert.equal(episode.bot_name, "Aqua");
    assert.equal(episode.submission_timestamp, 1674559896839, "the header's create_date");
    assert.equal(episode.conversation[0].sent_at, 1674563371558);
    assert.equal(episode.bot_greeting, episode.conversation[0].message);
    assert.ok(validatePippaRecord(toPippa(episode)).ok);
  });

  it("synthetic_st_chat_modern: swipes, narrator, hidden turn, mixed dates, persona name gone", async () => {
    const text = await readFile(fixture("synthetic_st_chat_modern.jsonl"), "utf8");
    const [episode] = readSillyTavernChat(text, { source: "synthetic_st_chat_modern.jsonl" }).episodes;
    const turns = episode.conversation;
    assert.equal(episode.bot_name, "Seraphina");
    assert.deepEqual([turns[0].swipes?.length, turns[0].swipe_id, turns[2].swipe_id], [2, 0, 1]);
    assert.equal(turns[2].message, turns[2].swipes![1]);
    assert.ok(turns.some((t) => t.narrator && !t.is_human));
    assert.ok(turns.some((t) => t.hidden && t.is_human));
    assert.ok(turns.every((t) => t.sent_at !== undefined), "ISO and 'June 19, 2023 2:20pm' dates both read");
    assert.ok(!JSON.stringify(episode.conversation).includes("Alex"), "the persona name is replaced in every turn");
    assert.deepEqual(episode.user_names, ["Alex"], "and remembered (privately) for the redaction stage");
    const [again] = readSillyTavernChat(writeSillyTavernChat(episode), { source: "x.jsonl" }).episodes;
    assert.deepEqual(again.conversation, episode.conversation);
  });

  it("pippa import pairs the modern chat with the Seraphina card and refuses the lorebook clearly", async () => {
    const folder = await temporaryFolder();
    try {
      const out = join(folder.path, "out.jsonl");
      const io = captureIo();
      const code = await run(["import", fixture("synthetic_st_chat_modern.jsonl"), fixture("st_Eldoria_worldinfo.json"), "--card", fixture("st_default_Seraphina.png"), "-o", out], io);
      assert.equal(code, 1, "the lorebook is refused, so the exit code says something failed");
      const [record] = (await readFile(out, "utf8")).trim().split("\n").map((l) => JSON.parse(l));
      assert.equal(record.bot_name, "Seraphina");
      assert.ok(record.bot_description.startsWith("[Seraphina's Personality="));
      assert.match(io.err(), /st_Eldoria_worldinfo\.json: sillytavern-worldinfo, 0 conversation\(s\), 1 rejected/);
    } finally {
      await folder.cleanup();
    }
  });
});

describe("conformance: PIPPA fixture through pippa import", { skip }, () => {
  it("round-trips byte for byte", async () => {
    const folder = await temporaryFolder();
    try {
      const input = join(fixtures ?? "", "pippa", "real_row_kamisato_ayaka.jsonl");
      const out = join(folder.path, "out.jsonl");
      assert.equal(await run(["import", input, "-o", out], captureIo()), 0);
      assert.deepEqual(await readFile(out), await readFile(input));
    } finally {
      await folder.cleanup();
    }
  });
});
