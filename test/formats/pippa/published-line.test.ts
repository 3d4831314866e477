import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parsePippaLineBytes, writePippaLine } from "../../../src/formats/pippa/pippa-jsonl.js";
import { isPublishedLine, literalOut, publishedConversation, writeLiteral, type TurnSink } from "../../../src/formats/pippa/published-line.js";
import { toPippa } from "../../../src/model/pippa-record.js";
import { pippaRecord, sampleRecord } from "../../helpers/records.js";

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
  it("hands on each turn's message, unescaped as it is checked, and finds the record without its conversation", () => {
    fc.assert(
      fc.property(pippaRecord, (record) => {
        const bytes = encoder.encode(writePippaLine(record));
        const turns: { text: Uint8Array; isHuman: boolean }[] = [];
        const sink: TurnSink = {
          message: (line, start) => {
            const out = new Uint8Array(line.length - start);
            const end = writeLiteral(line, start, out, 0);
            if (end >= 0) turns.push({ text: out.slice(0, literalOut.written), isHuman: false });
            return end;
          },
          speaker: (isHuman) => (turns[turns.length - 1].isHuman = isHuman),
        };
        const at = publishedConversation(bytes, sink);
        const { conversation, ...head } = record;
        assert.deepEqual(JSON.parse(`${new TextDecoder().decode(bytes.subarray(0, at))}}`), JSON.parse(JSON.stringify(head)));
        assert.deepEqual(turns.map((turn) => turn.isHuman), conversation.map((turn) => turn.is_human));
        // The UTF-8 TextEncoder gives for the text JSON.parse reads.
        turns.forEach((turn, i) => assert.deepEqual(turn.text, encoder.encode(conversation[i].message)));
      }),
      { numRuns: 500 },
    );
    assert.equal(publishedConversation(encoder.encode(JSON.stringify(sampleRecord())), null), -1);
  });

  it("reads a literal only as the published form writes it (the same verdict as the line check)", () => {
    const literal = fc.array(fc.constantFrom("a", " ", "\\n", "\\u00e9", "\\u00E9", "\\u0041", "\\/", "\\u000a", "\\u001f", "\\ud83d\\ude00", "\\ud800", "\\x", "\u00e9", "\u0001", "\\", "\\u12", "\u007f"), { maxLength: 6 }).map((parts) => `"${parts.join("")}"`);
    fc.assert(
      fc.property(literal, (text) => {
        const record = sampleRecord();
        const line = encoder.encode(writePippaLine(record).replace('"Who are you?"', () => text));
        const start = writePippaLine(record).indexOf('"Who are you?"');
        const end = writeLiteral(line, start, new Uint8Array(line.length), 0);
        // Read as the literal it was put in as exactly when the line is in published form.
        assert.equal(end === start + encoder.encode(text).length, isPublishedLine(line), text);
      }),
      { numRuns: 1000 },
    );
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
