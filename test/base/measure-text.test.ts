import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isWhitespaceCodePoint, measureText } from "../../src/base/measure-text.js";

describe("measureText", () => {
  // Expected values are Python's len(s) and len(s.split()).
  const cases: [string, number, number][] = [
    ["", 0, 0],
    ["   ", 3, 0],
    ["hello world", 11, 2],
    ["  lead and trail  ", 18, 3],
    ["hi 👋", 4, 2],
    ["a\u00a0b\u3000c\u2028d", 7, 4],
    ["x\u0085y\u001cz", 5, 3],
    ["zero\u200bwidth", 10, 1],
    ["bom\ufeffinside", 10, 1],
    ["lone \ud800 surrogate", 16, 3],
    ["*smiles* {{user}}!\n\nNew paragraph.", 34, 4],
  ];
  for (const [text, chars, words] of cases) {
    it(`counts ${JSON.stringify(text)} as ${chars} characters, ${words} words`, () => {
      assert.deepEqual(measureText(text), { chars, words });
    });
  }

  it("uses Python's whitespace set", () => {
    const python = [9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
    for (const cp of python) assert.ok(isWhitespaceCodePoint(cp), cp.toString(16));
    for (const cp of [0, 8, 33, 0x7f, 0x200b, 0xfeff, 0x180e]) assert.ok(!isWhitespaceCodePoint(cp), cp.toString(16));
  });
});
