import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { nameTokens } from "../../../src/stages/redact/detectors/names.js";

/** The definition the character loop must keep: the regular expression it replaced. */
function referenceTokens(text: string) {
  return [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((match) => {
    let value = match[0];
    const bare = value.replace(/['’]s?$/, "");
    if (bare.length >= 2) value = bare;
    value = value.replace(/[-'’]+$/, "");
    return { text: value, lower: value.toLowerCase(), start: match.index, end: match.index + value.length };
  });
}

const pieces = fc.constantFrom("a", "Z", "é", "Ä", "ß", "'", "’", "-", "s", "S", " ", "\t", "\n", ".", "1", "𝓐", "😀", "\ud835", "\udc00", "Ω", "ʼ", "İ", "_");

describe("name tokens", () => {
  it("are the words a Unicode regular expression finds, possessives and trailing marks dropped", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join("")), (text) => {
        assert.deepEqual(nameTokens(text), referenceTokens(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => assert.deepEqual(nameTokens(text), referenceTokens(text))), { numRuns: 2000 });
  });

  it("keeps a name's own apostrophe and hyphen", () => {
    assert.deepEqual(
      nameTokens("O'Brien's cat, Mary-Jane’s and 'Sam' -- Jo's").map((token) => token.text),
      ["O'Brien", "cat", "Mary-Jane", "and", "Sam", "Jo"],
    );
  });
});
