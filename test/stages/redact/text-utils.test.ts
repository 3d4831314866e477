import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { allMatches, isCapitalised, isUpperCaseWord, oocRegions, prefixTree } from "../../../src/stages/redact/text-utils.js";

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

describe("prefixTree", () => {
  it("matches exactly what the plain alternation matches, anywhere in a text", () => {
    const atom = fc.constantFrom("a", "b", "ab", "ba", "a b", "a.b", "é", "1");
    const wordList = fc.uniqueArray(fc.array(atom, { minLength: 1, maxLength: 4 }).map((parts) => parts.join("")), { minLength: 1, maxLength: 12 });
    const text = fc.array(fc.constantFrom("a", "b", "A", "B", " ", ".", "é", "É", "1", "_", "x"), { maxLength: 24 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(wordList, fc.array(text, { minLength: 1, maxLength: 8 }), (words, texts) => {
        const plain = new RegExp(`\\b(?:${words.join("|")})\\b`, "i");
        const tree = new RegExp(`\\b(?:${prefixTree(words)})\\b`, "i");
        const whole = new RegExp(`^(?:${prefixTree(words)})$`);
        for (const word of words) assert.ok(whole.test(word), word);
        for (const sample of texts) {
          assert.equal(tree.test(sample), plain.test(sample), sample);
          assert.equal(whole.test(sample), new RegExp(`^(?:${words.join("|")})$`).test(sample), sample);
        }
      }),
      { numRuns: 3000 },
    );
    assert.equal(prefixTree(["discord", "dc", "insta", "instagram"]), "(?:d(?:iscord|c)|insta(?:gram)?)");
  });

  it("refuses words with other characters than letters, digits, spaces and dots", () => {
    assert.throws(() => prefixTree(["a|b"]), /prefixTree takes/);
    assert.throws(() => prefixTree(["a+"]), /prefixTree takes/);
  });
});
