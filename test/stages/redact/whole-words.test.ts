/** Whole-word search for a conversation's known names and values. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { WholeWordFinder } from "../../../src/stages/redact/whole-words.js";

const found = (words: string[], text: string) => new WholeWordFinder(words).find(text).map((match) => `${match.start}:${match.text}`);

describe("whole-word finder", () => {
  it("finds every occurrence in any letter case, as written", () => {
    assert.deepEqual(found(["dana"], "Dana? DANA! dana."), ["0:Dana", "6:DANA", "12:dana"]);
  });

  it("takes only whole words: no letter, digit or underscore may touch a hit", () => {
    assert.deepEqual(found(["ana"], "Banana, ana_1, ana2, (ana)"), ["22:ana"]);
    assert.deepEqual(found(["jo"], "Jo's here, jo-jo too"), ["0:Jo", "11:jo", "14:jo"]);
  });

  it("prefers the longest where several start, and never overlaps", () => {
    assert.deepEqual(found(["mary", "mary ann"], "Mary Ann and Mary"), ["0:Mary Ann", "13:Mary"]);
  });

  it("finds values with marks in them", () => {
    assert.deepEqual(found(["vexx#2231", "14 birch road"], "add vexx#2231 at 14 Birch Road."), ["4:vexx#2231", "17:14 Birch Road"]);
  });

  it("judges letters beyond the Basic Multilingual Plane whole, and keeps offsets where lower case changes length", () => {
    assert.deepEqual(found(["li"], "𝒜li li"), ["5:li"]);
    assert.deepEqual(found(["dana"], "İstanbul, Dana"), ["10:Dana"]);
  });
});
