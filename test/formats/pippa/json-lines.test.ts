import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readJsonLines, type JsonLineResult } from "../../../src/formats/pippa/json-lines.js";
import { parseJson } from "../../../src/model/json.js";
import { PippaError } from "../../../src/model/errors.js";

const encoder = new TextEncoder();

async function readAll(bytes: Uint8Array, maxLineBytes?: number): Promise<JsonLineResult[]> {
  const results: JsonLineResult[] = [];
  for await (const result of readJsonLines([bytes.subarray(0, 5), bytes.subarray(5)], { source: "notes.jsonl", maxLineBytes })) results.push(result);
  return results;
}

describe("parseJson", () => {
  it("returns the value, or throws PIPPA_E_JSON saying where", () => {
    assert.deepEqual(parseJson('{"a": [1, null]}'), { a: [1, null] });
    assert.throws(
      () => parseJson("{oops", { source: "chat.jsonl", line: 3 }),
      (error: unknown) => error instanceof PippaError && error.code === "PIPPA_E_JSON" && /^chat\.jsonl:3: not valid JSON \(.+\)$/.test(error.message),
    );
  });
});

describe("readJsonLines", () => {
  it("yields each line's value, skips blank lines, and refuses lines that are not JSON or not UTF-8", async () => {
    const text = encoder.encode('\ufeff{"id": 1, "text": "a"}\r\n\n  \n{oops\n[2]');
    const bytes = new Uint8Array([...text, 0x0a, 0x7b, 0xff, 0x7d, 0x0a]);
    const results = await readAll(bytes);
    assert.deepEqual(results.map((r) => [r.ok, r.line]), [[true, 1], [false, 4], [true, 5], [false, 6]]);
    assert.ok(results[0].ok && results[2].ok);
    assert.deepEqual(results[0].value, { id: 1, text: "a" });
    assert.equal(results[0].raw, '{"id": 1, "text": "a"}');
    assert.deepEqual(results[2].value, [2]);
    const [json, utf8] = results.filter((r): r is Extract<JsonLineResult, { ok: false }> => !r.ok);
    assert.equal(json.error.code, "PIPPA_E_JSON");
    assert.match(json.error.message, /^notes\.jsonl:4: not valid JSON/);
    assert.equal(json.raw, "{oops");
    assert.equal(utf8.error.code, "PIPPA_E_UTF8");
  });

  it("refuses a line over the cap, keeping its head", async () => {
    const results = await readAll(encoder.encode(`{"text": "${"x".repeat(100)}"}\n[1]\n`), 32);
    assert.deepEqual(results.map((r) => [r.ok, r.line]), [[false, 1], [true, 2]]);
    assert.ok(!results[0].ok && results[0].error.code === "PIPPA_E_LINE_TOO_LONG");
  });
});
