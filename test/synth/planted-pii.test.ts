import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { run } from "../../src/cli/main.js";
import { synthesizeCorpus } from "../../src/synth/corpus.js";
import { synthesizeWithPii } from "../../src/synth/planted-pii.js";
import { captureIo, temporaryFolder } from "../helpers/io.js";

describe("synthesizeWithPii", () => {
  it("plants values whose offsets hold what was planted, in human turns, in about the share asked", () => {
    const records = [...synthesizeWithPii({ scale: 0.02, seed: 3, rate: 0.3 })];
    const planted = records.flatMap(({ record, planted: values }) => values.map((value) => ({ value, turn: record.conversation[value.message] })));
    const withPii = records.filter(({ planted: values }) => values.length > 0).length;
    assert.ok(withPii > 0.2 * records.length && withPii < 0.4 * records.length, `${withPii} of ${records.length}`);
    for (const { value, turn } of planted) {
      assert.equal(turn.is_human, true);
      const text = turn.message.slice(value.start, value.end);
      assert.ok(text.length > 0 && text.trim() === text, JSON.stringify(text));
      if (value.type === "EMAIL") assert.match(text, /^[^@\s]+@[^@\s]+$/);
    }
    // The same records otherwise: the bot's fields and turn count untouched.
    const plain = [...synthesizeCorpus({ scale: 0.02, seed: 3 })];
    assert.deepEqual(records.map(({ record }) => [record.bot_id, record.conversation.length]), plain.map((record) => [record.bot_id, record.conversation.length]));
  });

  it("pippa synth --plant-pii writes the truth beside the corpus; with --plant-duplicates it is refused", async () => {
    const folder = await temporaryFolder();
    try {
      const out = join(folder.path, "pii.jsonl");
      assert.equal(await run(["synth", "--scale", "0.01", "--plant-pii", "0.5", "-o", out], captureIo()), 0);
      const truth = (await readFile(`${out}.pii.jsonl`, "utf8")).split("\n").filter(Boolean).map((line) => JSON.parse(line));
      const lines = (await readFile(out, "utf8")).split("\n").filter(Boolean);
      for (const entry of truth) {
        const message = JSON.parse(lines[entry.line - 1]).conversation[entry.message].message as string;
        assert.ok(message.slice(entry.start, entry.end).length > 0);
      }
      assert.ok(truth.length > 0);
      assert.equal(await run(["synth", "--scale", "0.01", "--plant-pii", "0.5", "--plant-duplicates", "0.1", "-o", out], captureIo()), 2);
    } finally {
      await folder.cleanup();
    }
  });
});
