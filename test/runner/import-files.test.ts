import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { encodeTextChunk, readPngChunks, writePng, blankPng } from "../../src/formats/character-card/png-chunks.js";
import { writeCardPng } from "../../src/formats/character-card/card-png.js";
import { parseCard } from "../../src/formats/character-card/card.js";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { detectFileFormat, fileDocument, importFiles, type ImportEvent } from "../../src/runner/import-files.js";
import { importBatches } from "../../src/runner/import-batches.js";
import type { Episode } from "../../src/model/pippa-record.js";
import { CAI_CHAT_DUMP, CAI_DEFINITIONS_DUMP, CAI_TURNS, CARD_EXAMPLES, OOBA_CHAT, ST_CHATS } from "../helpers/examples.js";
import { temporaryFolder } from "../helpers/io.js";
import { sampleRecord } from "../helpers/records.js";

async function collect(inputs: string[], options = {}) {
  const events: ImportEvent[] = [];
  for await (const event of importFiles(inputs, options)) events.push(event);
  return {
    episodes: events.filter((e): e is Extract<ImportEvent, { kind: "episode" }> => e.kind === "episode").map((e) => e.episode),
    rejects: events.filter((e): e is Extract<ImportEvent, { kind: "reject" }> => e.kind === "reject"),
    files: events.filter((e): e is Extract<ImportEvent, { kind: "file" }> => e.kind === "file").map((e) => e.report),
  };
}

describe("importFiles", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  const file = (name: string) => join(folder.path, name);
  before(async () => {
    folder = await temporaryFolder();
    const writes: [string, string | Uint8Array][] = [
      ["pippa.jsonl", `${writePippaLine(sampleRecord())}\n${writePippaLine(sampleRecord({ bot_id: "b2" }))}\n`],
      ["legacy-chat.jsonl", ST_CHATS.legacy],
      ["modern-chat.jsonl", ST_CHATS.modern],
      ["group-chat.jsonl", ST_CHATS.group],
      ["1671530000000_Aria.json", `\ufeff${JSON.stringify(CAI_CHAT_DUMP, null, 2)}`],
      ["Aria (Definitions).json", JSON.stringify(CAI_DEFINITIONS_DUMP)],
      ["turns.json", JSON.stringify(CAI_TURNS)],
      ["Aria_oobabooga_Chat.json", JSON.stringify(OOBA_CHAT)],
      ["card.json", JSON.stringify(CARD_EXAMPLES.v2)],
      ["card.png", writeCardPng(parseCard(CARD_EXAMPLES.v1).card)],
      ["lorebook.json", JSON.stringify({ entries: { "0": { uid: 0, key: ["a"], content: "b" } } })],
      ["unknown.json", JSON.stringify({ hello: "world", n: 1 })],
      ["broken.json", '{"histories": {"histories": ['],
      ["empty.json", "   \n"],
      ["garbage.bin", new Uint8Array([0, 1, 2, 255, 254])],
      ["truncated.png", writeCardPng(parseCard(CARD_EXAMPLES.v2).card).subarray(0, 100)],
      ["notbase64.png", (() => {
        const base = readPngChunks(blankPng());
        return writePng([base[0], encodeTextChunk("chara", "***"), ...base.slice(1)]);
      })()],
    ];
    for (const [name, content] of writes) await writeFile(file(name), content);
  });
  after(() => folder.cleanup());

  it("detects every format by content", async () => {
    const expected: Record<string, string> = {
      "pippa.jsonl": "pippa-jsonl",
      "legacy-chat.jsonl": "sillytavern-chat",
      "modern-chat.jsonl": "sillytavern-chat",
      "group-chat.jsonl": "sillytavern-chat",
      "1671530000000_Aria.json": "cai-dump",
      "Aria (Definitions).json": "cai-definitions",
      "turns.json": "cai-turns",
      "Aria_oobabooga_Chat.json": "ooba",
      "card.json": "card-json",
      "card.png": "card-png",
      "lorebook.json": "sillytavern-worldinfo",
    };
    for (const [name, format] of Object.entries(expected)) assert.equal(await detectFileFormat(file(name), 1 << 20), format, name);
    await assert.rejects(detectFileFormat(file("unknown.json"), 1 << 20), /unknown\.json: a JSON shape no reader knows: an object with keys hello, n/);
    await assert.rejects(detectFileFormat(file("broken.json"), 1 << 20), /broken\.json: not a PNG card and not JSON/);
    await assert.rejects(detectFileFormat(file("empty.json"), 1 << 20), /empty\.json: the file is empty/);
  });

  it("imports a whole folder: every good file read, every bad one a reject naming it, the batch goes on", async () => {
    const { episodes, rejects, files } = await collect([folder.path]);
    const byFile = Object.fromEntries(files.map((report) => [report.source.split("/").pop(), [report.format, report.episodes, report.rejected]]));
    assert.deepEqual(byFile["pippa.jsonl"], ["pippa-jsonl", 2, 0]);
    assert.deepEqual(byFile["1671530000000_Aria.json"], ["cai-dump", 2, 0]);
    assert.deepEqual(byFile["turns.json"], ["cai-turns", 1, 0]);
    assert.deepEqual(byFile["Aria_oobabooga_Chat.json"], ["ooba", 1, 0]);
    assert.deepEqual(byFile["modern-chat.jsonl"], ["sillytavern-chat", 1, 0]);
    for (const bad of ["unknown.json", "broken.json", "empty.json", "garbage.bin", "truncated.png", "notbase64.png", "lorebook.json"]) {
      assert.equal(byFile[bad][2], 1, bad);
    }
    const messages = rejects.map((r) => r.reject.error.toString());
    assert.ok(messages.some((m) => /PIPPA_E_PNG .*truncated\.png: truncated/.test(m)), messages.join("\n"));
    assert.ok(messages.some((m) => /PIPPA_E_CARD .*notbase64\.png: the `chara` chunk is not base64/.test(m)));
    assert.ok(messages.some((m) => /lorebook\.json: a SillyTavern World Info \(lorebook\) file holds no conversation/.test(m)));
    assert.equal(episodes.length, 2 + 3 + 2 + 1 + 1);
  });

  it("detects a PIPPA file whose first record is longer than the first megabyte", async () => {
    const long = `${writePippaLine(sampleRecord({ bot_greeting: "x".repeat(3 << 20) }))}\n${writePippaLine(sampleRecord())}\n`;
    await writeFile(file("long-first-line.jsonl"), long);
    assert.equal(await detectFileFormat(file("long-first-line.jsonl"), 1 << 20), "pippa-jsonl");
    const { episodes } = await collect([file("long-first-line.jsonl")]);
    assert.equal(episodes.length, 2);
  });

  it("pairs a chat dump with the definitions dump of the same bot", async () => {
    const { episodes } = await collect([file("1671530000000_Aria.json"), file("Aria (Definitions).json")]);
    assert.equal(episodes[0].bot_definitions?.includes("END_OF_DIALOG"), true);
    assert.equal(episodes[0].submission_timestamp, 1671530000000);
  });

  it("takes bot fields from --card, or from the one card in the batch", async () => {
    for (const [inputs, options] of [
      [[file("modern-chat.jsonl")], { card: file("card.png") }],
      [[file("modern-chat.jsonl"), file("card.png")], {}],
    ] as const) {
      const { episodes } = await collect([...inputs], options);
      assert.equal(episodes.length, 1);
      assert.equal((episodes[0] as Episode).bot_greeting, "*The lamp turns.* You made it.");
    }
  });

  it("pairs each chat in a folder with the card of its character, and says which chat found none", async () => {
    const cards = await temporaryFolder();
    try {
      const at = (...parts: string[]) => join(cards.path, ...parts);
      const cardOf = (name: string, greeting: string) => JSON.stringify({ spec: "chara_card_v2", spec_version: "2.0", data: { ...CARD_EXAMPLES.v1, name, first_mes: greeting } });
      await writeFile(at("Aqua.json"), cardOf("Aqua", "*Aqua waves.* Hello!"));
      await writeFile(at("Megumin.json"), cardOf("Megumin", "*Megumin raises her staff.*"));
      const chat = (character: string) =>
        [JSON.stringify({ user_name: "Sam", character_name: character, create_date: "2023-5-12 @21h 32m 29s 224ms" }), JSON.stringify({ name: character, is_user: false, send_date: "May 12, 2023 9:32pm", mes: "Hi." }), JSON.stringify({ name: "Sam", is_user: true, send_date: "May 12, 2023 9:33pm", mes: "hello" })].join("\n");
      await writeFile(at("Aqua - 2023-5-12@21h32m.jsonl"), chat("Aqua"));
      // A modern chat names no character in its header: its file name does, as SillyTavern names chats.
      await writeFile(at("Megumin - 2023-5-13@10h00m.jsonl"), chat("unused").replace(/"name":"unused"/, '"name":"Megumin"'));
      await writeFile(at("Darkness - 2023-5-14@10h00m.jsonl"), chat("Darkness"));
      const events: ImportEvent[] = [];
      for await (const event of importFiles([cards.path])) events.push(event);
      const episodes = events.flatMap((event) => (event.kind === "episode" ? [event.episode] : []));
      const greetingOf = (bot: string) => episodes.find((episode) => episode.bot_name === bot)?.bot_greeting;
      assert.equal(greetingOf("Aqua"), "*Aqua waves.* Hello!");
      assert.equal(greetingOf("Megumin"), "*Megumin raises her staff.*");
      const darkness = events.find((event) => event.kind === "file" && event.report.source.includes("Darkness"));
      assert.ok(darkness?.kind === "file" && darkness.report.warnings.some((warning) => /no card of its character among the 2/.test(warning)));
    } finally {
      await cards.cleanup();
    }
  });

  it("honours --from and --timestamp", async () => {
    const { rejects } = await collect([file("turns.json")], { from: "pippa" });
    assert.match(rejects[0].reject.error.message, /--from pippa was given, but the content is cai-turns/);
    const { episodes } = await collect([file("legacy-chat.jsonl")], { from: "sillytavern", timestamp: 42 });
    assert.equal(episodes[0].submission_timestamp, 42);
    await assert.rejects(collect([file("turns.json")], { from: "nope" }), /unknown --from "nope"/);
  });
});

describe("PIPPA lines in batches", () => {
  it("reads a file through one reused buffer, and batches hold every line exactly (lines across reads included)", async () => {
    const folder = await temporaryFolder();
    try {
      const path = join(folder.path, "big.jsonl");
      // Lines of varied length past several 1 MiB reads, so that many straddle two reads.
      const lines = Array.from({ length: 900 }, (_, i) => writePippaLine(sampleRecord({ bot_id: `b${i}`, bot_definitions: "x".repeat((i * 7919) % 9000) })));
      await writeFile(path, `${lines.join("\n")}\n`);
      const document = fileDocument(path);
      const buffers = new Set<ArrayBufferLike>();
      let bytes = 0;
      for await (const chunk of document.reusedChunks!()) {
        buffers.add(chunk.buffer);
        bytes += chunk.length;
      }
      assert.ok(bytes > 3 * (1 << 20));
      assert.equal(buffers.size, 1);

      const allocated: Uint8Array[] = [];
      const seen: string[] = [];
      const decoder = new TextDecoder();
      for await (const batch of importBatches([path], { maxBytes: 64 * 1024, allocate: (minBytes) => (allocated.push(new Uint8Array(2 * minBytes)), allocated.at(-1)!) })) {
        assert.ok(allocated.some((buffer) => buffer.buffer === batch.bytes.buffer));
        for (const item of batch.items) if (item.kind === "line") seen.push(decoder.decode(batch.bytes.subarray(item.start, item.end)));
      }
      assert.deepEqual(seen, lines);
    } finally {
      await folder.cleanup();
    }
  });
});
