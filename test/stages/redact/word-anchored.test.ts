import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { RELATION_NAME } from "../../../src/stages/redact/relation-phrases.js";
import { WordAnchoredPattern } from "../../../src/stages/redact/word-anchored.js";

const summary = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, ...match]);

const words = fc.constantFrom(
  "my", "My", "MY", "our", "her", "little", "big", "brother", "bro", "Mom", "co-worker", "fiancé", "friend", "is", "named", "mr", "Mrs.", "dr", "herr",
  "Tyler", "rick", "ann-marie", "o'neil", "said", "x", "hmm", "mrs", "sister", "bestie", "😀", "𝓐",
  "in", "In", "at", "from", "to", "into", "near", "live", "lives", "grew", "up", "born", "moved", "visiting", "the", "The", "Leeds", "New", "York", "São", "Paulo", "st.",
);
const separators = fc.constantFrom(" ", " ", "  ", "\t", "\n", ", ", ". ", "-", "", "*", "(", "'");
const texts = fc.array(fc.tuple(words, separators), { maxLength: 14 }).map((parts) => parts.flat().join(""));

describe("word-anchored patterns", () => {
  it("find the relation names a scan of the whole text finds", () => {
    fc.assert(
      fc.property(texts, (text) => {
        assert.deepEqual(summary(RELATION_NAME.matches(text)), summary(text.matchAll(RELATION_NAME.scan)));
      }),
      { numRuns: 4000 },
    );
  });

  it("find what a case-sensitive pattern with match indices finds", () => {
    const pattern = new WordAnchoredPattern("(?<![\\p{L}])(?:in|at|from|grew up in)[ \\t]+([\\p{Lu}][\\p{L}'’-]+)", "du", ["in", "at", "from", "grew"]);
    fc.assert(
      fc.property(texts, (text) => {
        const fast = pattern.matches(text);
        const scanned = [...text.matchAll(pattern.scan)];
        assert.deepEqual(summary(fast), summary(scanned));
        assert.deepEqual(fast.map((match) => match.indices), scanned.map((match) => match.indices));
      }),
      { numRuns: 3000 },
    );
  });

  it("find the name after a relation word or an honorific", () => {
    assert.deepEqual(
      RELATION_NAME.matches("so my little brother Tyler and our teacher mr okafor met herr Vogel, my co-worker dana").map((match) => match[1]),
      ["Tyler", "okafor", "Vogel", "dana"],
    );
  });

  it("refuse a pattern that does not start after a non-letter", () => {
    assert.throws(() => new WordAnchoredPattern("(?:in|at) x", "u", ["in", "at"]), /non-letter/);
  });
});
