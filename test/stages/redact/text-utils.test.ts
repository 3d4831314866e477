import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { isCapitalised, isUpperCaseWord, oocRegions } from "../../../src/stages/redact/text-utils.js";

const letters = fc.constantFrom("a", "Z", "é", "É", "ß", "ǅ", "İ", "ı", "'", "-", "1", "Ω", "ω", "𝓐", "\ud835", "ﬁ", "Ⅻ", "ⓐ");
const words = fc.array(letters, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));

describe("case tests", () => {
  it("agree with their definitions by case mapping", () => {
    fc.assert(
      fc.property(fc.oneof(words, fc.string({ unit: "binary", minLength: 1, maxLength: 8 })), (word) => {
        assert.equal(isUpperCaseWord(word), word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase());
        const first = word.charAt(0);
        assert.equal(isCapitalised(word), first !== first.toLowerCase() && first === first.toUpperCase());
      }),
      { numRuns: 5000 },
    );
  });
});

describe("out-of-character regions", () => {
  it("start after an ooc or // marker and end at the line's end or the closing parenthesis", () => {
    const text = "*waves* (OOC: brb, dinner) hi\nok // my cat says hi\nnothing here";
    assert.deepEqual(oocRegions(text).map(({ start, end }) => text.slice(start, end)), [": brb, dinner", " my cat says hi"]);
    assert.deepEqual(oocRegions("no markers at all, not even ooze"), []);
  });
});
