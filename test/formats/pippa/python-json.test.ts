import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { stringifyPython, stringifyPythonString } from "../../../src/formats/pippa/python-json.js";

describe("stringifyPython (Python json.dumps defaults)", () => {
  // Expected strings are what CPython's json.dumps prints for the same values.
  const cases: [unknown, string][] = [
    ["plain", '"plain"'],
    ["é", '"\\u00e9"'],
    ["😀", '"\\ud83d\\ude00"'],
    ["日本", '"\\u65e5\\u672c"'],
    ["\u001f\u0000", '"\\u001f\\u0000"'],
    ["\b\f\n\r\t", '"\\b\\f\\n\\r\\t"'],
    ['"\\/', '"\\"\\\\/"'],
    ["\u007f", '"\u007f"'],
    ["\u2028", '"\\u2028"'],
    ["\ud800", '"\\ud800"'],
    [{ a: [1, null, true], b: "x" }, '{"a": [1, null, true], "b": "x"}'],
    [[], "[]"],
    [{}, "{}"],
  ];
  for (const [value, expected] of cases) {
    it(`writes ${JSON.stringify(value)} as ${expected}`, () => assert.equal(stringifyPython(value), expected));
  }

  it("writes only ASCII and parses back to the same value", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const written = stringifyPythonString(value);
        assert.match(written, /^[\x00-\x7f]*$/);
        assert.equal(JSON.parse(written), value);
      }),
    );
  });

  it("refuses values JSON cannot hold", () => {
    assert.throws(() => stringifyPython(Number.NaN), TypeError);
    assert.throws(() => stringifyPython(() => 1), TypeError);
  });
});
