import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parsePippaLineBytes, writePippaLine } from "../../src/formats/pippa-jsonl.js";
import { isPublishedLine, publishedConversation, writeLiteralUtf8 } from "../../src/formats/published-line.js";
import { toPippa } from "../../src/model/pippa-record.js";
import { pippaRecord, sampleRecord } from "../helpers/records.js";

const encoder = new TextEncoder();

/** What the writer makes of the record a line holds, or null if the line is not a record. */
function rewritten(bytes: Uint8Array): string | null {
  const parsed = parsePippaLineBytes(bytes);
  return parsed.ok ? writePippaLine(toPippa(parsed.record)) : null;
}

/** Small edits of a line: other spacing, escapes, key order, raw UTF-8, number forms. */
const edits: [RegExp | string, string][] = [
  [", ", ","], [": ", ":"], ["\\u00e9", "é"], ["\\u", "\\U"], ["\\n", "\\u000a"], ["/", "\\/"], ["\"is_human\": true", "\"is_human\": 1"],
  ["null", "[]"], ["{", "{ "], ["}", "} "], ["\"categories\": null", "\"categories\": []"], ["16", "016"], ["a", "\\u0061"], ["\\ud83d", "\\uD83D"],
];

describe("published lines", () => {
  it("finds each turn's message literal and the record without its conversation", () => {
    fc.assert(
      fc.property(pippaRecord, (record) => {
        const bytes = encoder.encode(writePippaLine(record));
        const turns: { start: number; end: number; isHuman: boolean }[] = [];
        const at = publishedConversation(bytes, { turn: (start, end, isHuman) => turns.push({ start, end, isHuman }) });
        const { conversation, ...head } = record;
        assert.deepEqual(JSON.parse(`${new TextDecoder().decode(bytes.subarray(0, at))}}`), JSON.parse(JSON.stringify(head)));
        assert.deepEqual(turns.map((turn) => turn.isHuman), conversation.map((turn) => turn.is_human));
        for (const [i, turn] of turns.entries()) {
          // Unescaped in place: the UTF-8 TextEncoder gives for the text JSON.parse reads.
          const out = new Uint8Array(turn.end - turn.start);
          const written = writeLiteralUtf8(bytes, turn.start, turn.end, out, 0);
          assert.deepEqual(out.subarray(0, written), encoder.encode(conversation[i].message));
        }
      }),
      { numRuns: 500 },
    );
    assert.equal(publishedConversation(encoder.encode(JSON.stringify(sampleRecord())), null), -1);
  });

  it("accepts every line the writer writes", () => {
    fc.assert(
      fc.property(pippaRecord, (record) => {
        assert.equal(isPublishedLine(encoder.encode(writePippaLine(record))), true);
      }),
      { numRuns: 500 },
    );
  });

  it("accepts a line only when writing its record again gives the same bytes", () => {
    fc.assert(
      fc.property(pippaRecord, fc.array(fc.tuple(fc.constantFrom(...edits), fc.nat()), { maxLength: 3 }), (record, chosen) => {
        let line = writePippaLine(record);
        for (const [[from, to], at] of chosen) {
          const index = line.indexOf(from as string, at % Math.max(1, line.length));
          if (index >= 0) line = line.slice(0, index) + to + line.slice(index + (from as string).length);
        }
        const bytes = encoder.encode(line);
        if (isPublishedLine(bytes)) assert.equal(rewritten(bytes), line);
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses lines a different writer made", () => {
    const record = sampleRecord({ bot_name: "Zoë", categories: ["Anime"] });
    assert.equal(isPublishedLine(encoder.encode(writePippaLine(record))), true);
    assert.equal(isPublishedLine(encoder.encode(JSON.stringify(record))), false);
    assert.equal(isPublishedLine(encoder.encode(writePippaLine(record).replace("\\u00eb", "ë"))), false);
    assert.equal(isPublishedLine(encoder.encode(`${writePippaLine(record)} `)), false);
    assert.equal(isPublishedLine(encoder.encode(writePippaLine(record).replace('"submission_timestamp": 1675002668639', '"submission_timestamp": "1675002668639"'))), false);
  });
});
