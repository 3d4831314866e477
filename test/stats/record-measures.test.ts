import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { CorpusStats } from "../../src/stats/corpus-stats.js";
import { addMeasures, measureRecord } from "../../src/stats/record-measures.js";
import { PippaLineScanner } from "../../src/stats/scan-pippa-line.js";
import { pippaRecord, sampleRecord } from "../helpers/records.js";

const encoder = new TextEncoder();

describe("record measures", () => {
  it("count a record as CorpusStats.addRecord does, through the scanner or from the record, kept or not", () => {
    const scanner = new PippaLineScanner();
    fc.assert(
      fc.property(fc.array(fc.tuple(pippaRecord, fc.boolean(), fc.boolean()), { maxLength: 10 }), (rows) => {
        const direct = new CorpusStats();
        const measured = new CorpusStats();
        for (const [record, kept, garbled] of rows) {
          // A line the scanner cannot read (here: not the record's line) falls back on the record.
          const line = encoder.encode(garbled ? "not json" : writePippaLine(record));
          const measures = measureRecord(record, line, scanner);
          if (!kept) continue;
          direct.addRecord(record);
          addMeasures(measured, record.bot_id, record.bot_name, measures);
        }
        assert.deepEqual(measured.toState(), direct.toState());
      }),
      { numRuns: 150 },
    );
  });

  it("keep who wrote each message and its length in code points and words", () => {
    const record = sampleRecord({ conversation: [{ message: "héllo there 😀", is_human: true }, { message: "Hi.", is_human: false }, { message: "a b c d", is_human: false }] });
    const stats = new CorpusStats();
    addMeasures(stats, record.bot_id, record.bot_name, measureRecord(record, encoder.encode(writePippaLine(record)), new PippaLineScanner()));
    assert.equal(stats.conversations, 1);
    assert.equal(stats.messages, 3);
    assert.deepEqual([stats.humanChars.length, stats.botChars.length], [1, 2]);
    assert.equal(stats.humanChars.moments().max, 13);
    assert.equal(stats.humanWords.moments().max, 3);
    assert.deepEqual([stats.botWords.moments().min, stats.botWords.moments().max], [1, 4]);
  });
});
