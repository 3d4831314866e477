import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { writePippaLine } from "../../../src/formats/pippa/pippa-jsonl.js";
import { candidateShingles, type CandidateLine } from "../../../src/runner/release/candidate-shingles.js";
import { comparableMessages, shingleSet } from "../../../src/stages/dedup/shingles.js";
import { Rng } from "../../../src/base/rng.js";
import { TextGenerator } from "../../../src/synth/text.js";
import { sampleRecord } from "../../helpers/records.js";
import { temporaryFolder } from "../../helpers/io.js";

describe("candidate shingles", () => {
  it("are each record's shingle set, from two files, whether read on the worker thread or here", async () => {
    const folder = await temporaryFolder();
    try {
      const text = new TextGenerator(new Rng(3));
      const records = Array.from({ length: 150 }, (_, i) =>
        sampleRecord({ bot_id: `b${i}`, conversation: Array.from({ length: 2 + (i % 7) }, (_, k) => ({ message: k === 0 ? "Fufu get used to this new Ayaka." : text.sentence("you"), is_human: k % 2 === 1 })) }),
      );
      const candidates: CandidateLine[] = [];
      for (const [name, part] of [["a.jsonl", records.slice(0, 90)], ["b.jsonl", records.slice(90)]] as const) {
        const path = join(folder.path, name);
        const lines = part.map((record) => Buffer.from(writePippaLine(record)));
        await writeFile(path, Buffer.concat(lines.flatMap((line) => [line, Buffer.from("\n")])));
        let start = 0;
        lines.forEach((line, i) => {
          if (i % 3 !== 2) candidates.push({ path, start, end: start + line.length, record: records.indexOf(part[i]) });
          start += line.length + 1;
        });
      }
      for (const some of [candidates, candidates.slice(0, 10)]) {
        const shingles = await candidateShingles(some);
        assert.equal(shingles.size, some.length);
        for (const { record } of some) assert.deepEqual(shingles.get(record), shingleSet(comparableMessages(records[record].conversation, records[record].bot_greeting)));
      }
    } finally {
      await folder.cleanup();
    }
  });
});
