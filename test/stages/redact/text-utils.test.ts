import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { allMatches, isCapitalised, isUpperCaseWord, oocRegions } from "../../../src/stages/redact/text-utils.js";

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

describe("allMatches", () => {
  const patterns = [/\p{Lu}\p{L}*/gu, /a*/g, /(?:)/gu, /(?<=\s)\w+/g, /x?/gu, /(\d+)(?<unit>kg|m)?/dg, /^\w+:/gim];
  it("gives what matchAll gives, empty matches and surrogate pairs included, and leaves the expression reset", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "B", " ", "7", "kg", "😀", "\ud800", "é", "\n", "x:") }), fc.constantFrom(...patterns), (text, pattern) => {
        const expected = [...text.matchAll(pattern)];
        const actual = allMatches(pattern, text);
        assert.deepEqual(actual.map((m) => [m.index, [...m], m.groups, (m as { indices?: unknown }).indices]), expected.map((m) => [m.index, [...m], m.groups, (m as { indices?: unknown }).indices]));
        assert.equal(pattern.lastIndex, 0);
      }),
      { numRuns: 500 },
    );
    assert.throws(() => allMatches(/a/, "a"), /global/);
  });
});
