import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { firstInvalidUtf8Offset, parsePippaLine, readPippaJsonl, writePippaLine, type PippaLineResult } from "../../../src/formats/pippa/pippa-jsonl.js";
import { pippaRecord, sampleRecord } from "../../helpers/records.js";

const encoder = new TextEncoder();

async function readAll(text: string | Uint8Array, chunkSize = 7, source = "pippa.jsonl", maxLineBytes?: number): Promise<PippaLineResult[]> {
  const bytes = typeof text === "string" ? encoder.encode(text) : text;
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const results: PippaLineResult[] = [];
  for await (const result of readPippaJsonl(chunks, { source, maxLineBytes })) results.push(result);
  return results;
}

describe("readPippaJsonl", () => {
  const good = writePippaLine(sampleRecord());

  it("reads what real files contain: BOM, CRLF, blank lines, no final newline", async () => {
    const results = await readAll(`\ufeff${good}\r\n\r\n${good}\n   \n${good}`);
    assert.deepEqual(results.map((r) => [r.ok, r.line]), [[true, 1], [true, 3], [true, 5]]);
    for (const result of results) assert.ok(result.ok && result.record.bot_name === "Kamisato Ayaka");
  });

  it("refuses a bad line with file, line and JSON path, and goes on", async () => {
    const bad = good.replace('"is_human": true', '"is_human": "yes"');
    const results = await readAll(`${good}\n${good}\n${bad}\n{not json\n${good}\n`);
    assert.deepEqual(results.map((r) => r.ok), [true, true, false, false, true]);
    const [field, json] = results.filter((r): r is Extract<PippaLineResult, { ok: false }> => !r.ok);
    assert.equal(field.error.message, 'pippa.jsonl:3: conversation[1].is_human: expected boolean, got "yes"');
    assert.equal(field.error.toString(), 'PIPPA_E_FIELD pippa.jsonl:3: conversation[1].is_human: expected boolean, got "yes"');
    assert.equal(field.raw, bad);
    assert.equal(json.error.code, "PIPPA_E_JSON");
    assert.match(json.error.message, /^pippa\.jsonl:4: not valid JSON/);
  });

  it("refuses invalid UTF-8 and says where", async () => {
    const bytes = new Uint8Array([...encoder.encode(good.slice(0, 20)), 0xff, ...encoder.encode(good.slice(20))]);
    const [result] = await readAll(bytes);
    assert.ok(!result.ok);
    assert.equal(result.error.code, "PIPPA_E_UTF8");
    assert.match(result.error.message, /byte 21 of the line/);
  });

  it("refuses an over-long line without holding it", async () => {
    const results = await readAll(`${good}\n${good}\n`, 64, "big.jsonl", 100);
    assert.ok(results.every((r) => !r.ok && r.error.code === "PIPPA_E_LINE_TOO_LONG" && r.raw.length <= 1024));
  });

  it("round-trips generated records byte for byte (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pippaRecord, { maxLength: 4 }), fc.integer({ min: 1, max: 50 }), async (records, chunkSize) => {
        const text = records.map((record) => `${writePippaLine(record)}\n`).join("");
        const results = await readAll(text, chunkSize);
        assert.equal(results.length, records.length);
        results.forEach((result, i) => {
          assert.ok(result.ok, !result.ok ? result.error.message : "");
          assert.deepEqual(result.record, records[i]);
          assert.equal(writePippaLine(result.record), writePippaLine(records[i]));
        });
        assert.equal(results.map((r) => (r.ok ? `${writePippaLine(r.record)}\n` : "")).join(""), text);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on mangled lines, and every refusal names its line (fuzz)", async () => {
    await fc.assert(
      fc.asyncProperty(
        pippaRecord,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("set", "delete", "insert"))),
        async (record, edits) => {
          const bytes = Array.from(encoder.encode(writePippaLine(record)));
          for (const [at, value, kind] of edits) {
            const i = bytes.length === 0 ? 0 : at % bytes.length;
            if (kind === "set") bytes[i] = value;
            else if (kind === "delete") bytes.splice(i, 1);
            else bytes.splice(i, 0, value);
          }
          const results = await readAll(new Uint8Array(bytes), 5);
          for (const result of results) {
            if (!result.ok) assert.match(result.error.message, /^pippa\.jsonl:\d+: /);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("parsePippaLine / writePippaLine", () => {
  it("normalises a string timestamp to the published integer", () => {
    const line = writePippaLine(sampleRecord()).replace("1675002668639", '"1675002668639"');
    const result = parsePippaLine(line);
    assert.ok(result.ok);
    assert.equal(writePippaLine(result.record), writePippaLine(sampleRecord()));
  });

  it("writes the published key order and separators", () => {
    assert.ok(writePippaLine(sampleRecord()).startsWith('{"submission_timestamp": 1675002668639, "categories": null, "bot_id": "1lYx'));
    assert.ok(writePippaLine(sampleRecord()).endsWith('"is_human": false}]}'));
  });
});

describe("firstInvalidUtf8Offset", () => {
  it("agrees with a strict decoder", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        assert.equal(firstInvalidUtf8Offset(bytes) < 0, valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("lines written with raw UTF-8 (ensure_ascii=False)", () => {
  it("round-trips any record in either style, and the styles differ only in how non-ASCII is written", () => {
    fc.assert(
      fc.property(pippaRecord, (record) => {
        // Lone surrogates stay escaped in both styles: UTF-8 cannot hold them.
        const raw = writePippaLine(record, "utf8");
        const parsed = parsePippaLine(raw);
        assert.ok(parsed.ok);
        assert.equal(writePippaLine(parsed.record, "utf8"), raw);
        assert.equal(writePippaLine(parsed.record), writePippaLine(record));
      }),
    );
  });

  it("writes what Python's json.dumps(ensure_ascii=False) writes", () => {
    const record = sampleRecord({ bot_name: "Ayaka 神里", conversation: [{ message: "é\n\"ok\" 😀 \u2028", is_human: true }] });
    const line = writePippaLine(record, "utf8");
    assert.ok(line.includes('"bot_name": "Ayaka 神里"'));
    assert.ok(line.includes('{"message": "é\\n\\"ok\\" 😀 \u2028", "is_human": true}'));
    assert.ok(writePippaLine(record).includes('"bot_name": "Ayaka \\u795e\\u91cc"'));
  });
});
