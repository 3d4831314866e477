import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parsePippaLineBytes, writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import type { PippaRecord } from "../../src/model/pippa-record.js";
import { CorpusStats } from "../../src/stats/corpus-stats.js";
import { PippaLineScanner } from "../../src/stats/scan-pippa-line.js";
import { pippaRecord, sampleRecord } from "../helpers/records.js";

const encoder = new TextEncoder();

/** The statistics of lines through the byte scanner, or null if it declined any line. */
function fastStats(lines: Uint8Array[]): CorpusStats | null {
  const scanner = new PippaLineScanner();
  const stats = new CorpusStats();
  for (const bytes of lines) {
    if (!scanner.scan(bytes, 0, bytes.length)) return null;
    scanner.commit(stats);
  }
  return stats;
}

/** The statistics through JSON.parse and the validation module; null if any line is refused. */
function slowStats(lines: Uint8Array[]): CorpusStats | null {
  const stats = new CorpusStats();
  for (const bytes of lines) {
    const result = parsePippaLineBytes(bytes);
    if (!result.ok) return null;
    stats.addRecord(result.record);
  }
  return stats;
}

/** Places a line at an odd offset inside a larger buffer, so alignment and bounds both get tested. */
function embed(line: string, shift: number): { buf: Uint8Array; start: number; end: number } {
  const body = encoder.encode(line);
  const buf = new Uint8Array(shift + body.length + 8).fill(0x22); // quotes after the end must not be read
  buf.set(body, shift);
  return { buf, start: shift, end: shift + body.length };
}

/** Styles a record could be written in by other tools. */
const styles: ((record: PippaRecord) => string)[] = [
  writePippaLine,
  (record) => JSON.stringify(record),
  (record) => JSON.stringify(record, null, 1).replace(/\n/g, " "),
  (record) => JSON.stringify({ ...record, conversation: record.conversation.map((t) => ({ is_human: t.is_human, message: t.message })) }),
  (record) => JSON.stringify(Object.fromEntries(Object.entries(record).reverse())),
  (record) => JSON.stringify(record, null, "\t").replace(/\n/g, "\r"),
];

describe("PippaLineScanner", () => {
  it("measures every record exactly as the full parser does, in every writing style (property)", () => {
    fc.assert(
      fc.property(fc.array(pippaRecord, { minLength: 1, maxLength: 3 }), fc.nat(styles.length - 1), (records, style) => {
        const lines = records.map((record) => encoder.encode(styles[style](record)));
        const slow = slowStats(lines);
        assert.ok(slow, "generated records are valid");
        const fast = fastStats(lines);
        assert.ok(fast, "the scanner accepts well-formed records");
        assert.deepEqual(fast.summarise(), slow.summarise());
      }),
      { numRuns: 400 },
    );
  });

  it("never accepts a line the full parser refuses, and agrees on what it accepts (fuzz)", () => {
    fc.assert(
      fc.property(
        pippaRecord,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("set", "delete", "insert")), { minLength: 1, maxLength: 4 }),
        fc.nat(7),
        (record, edits, shift) => {
          const bytes = Array.from(encoder.encode(writePippaLine(record)));
          for (const [at, value, kind] of edits) {
            const i = at % Math.max(1, bytes.length);
            if (kind === "set") bytes[i] = value;
            else if (kind === "delete") bytes.splice(i, 1);
            else bytes.splice(i, 0, value);
          }
          const line = new Uint8Array(bytes);
          const padded = new Uint8Array(shift + line.length + 4).fill(0x20);
          padded.set(line, shift);
          const scanner = new PippaLineScanner();
          if (!scanner.scan(padded, shift, shift + line.length)) return;
          const slow = slowStats([line]);
          assert.ok(slow, `scanner accepted a line the parser refuses: ${new TextDecoder().decode(line).slice(0, 200)}`);
          const fast = new CorpusStats();
          scanner.commit(fast);
          assert.deepEqual(fast.summarise(), slow.summarise());
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("declines what only the full parser may judge", () => {
    const good = writePippaLine(sampleRecord());
    const declined = [
      good.replace("1675002668639", '"1675002668639"'), // string timestamp: valid, but for the parser
      good.replace("1675002668639", "1.5"),
      good.replace('"bot_id": "1lYx', '"bot_id": "", "x": "'),
      good.replace('"categories": null', '"categories": null, "categories": null'),
      good.replace('"is_human": true', '"is_human": 1'),
      good.replace("{", "{\n"),
      `${good} x`,
      good.slice(0, -1),
      "",
      "   ",
    ];
    const scanner = new PippaLineScanner();
    for (const line of declined) {
      const bytes = encoder.encode(line);
      assert.equal(scanner.scan(bytes, 0, bytes.length), false, line.slice(0, 80));
    }
  });

  it("reads only inside its bounds and returns where the record ended", () => {
    const good = writePippaLine(sampleRecord());
    for (let shift = 0; shift < 8; shift++) {
      const { buf, start, end } = embed(`${good}  \r`, shift);
      const scanner = new PippaLineScanner();
      assert.equal(scanner.scanRecord(buf, start, end), end);
      assert.equal(scanner.turns, 3);
      assert.equal(scanner.scanRecord(buf, start, end - 5), -1);
    }
  });
});
