import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LETTER, UPPER, letterClasses, wordUnits } from "../../src/stages/char-tables.js";

describe("character tables", () => {
  it("agree with Unicode regular expressions on every code unit", () => {
    const classes = letterClasses();
    const words = wordUnits();
    for (let unit = 0; unit < 0x10000; unit++) {
      const char = String.fromCharCode(unit);
      assert.equal((classes[unit] & LETTER) !== 0, /^\p{L}$/u.test(char), `letter U+${unit.toString(16)}`);
      assert.equal((classes[unit] & UPPER) !== 0, /^\p{Lu}$/u.test(char), `upper U+${unit.toString(16)}`);
      const wordChar = unit > 0 && /^[\p{L}\p{N}]$/u.test(char);
      assert.equal(words[unit], wordChar ? char.toLowerCase().charCodeAt(0) : 0, `word U+${unit.toString(16)}`);
    }
  });

  it("lower-cases letters for words and leaves punctuation out", () => {
    const words = wordUnits();
    assert.equal(String.fromCharCode(words["Ä".charCodeAt(0)]), "ä");
    assert.equal(String.fromCharCode(words["7".charCodeAt(0)]), "7");
    assert.equal(words["'".charCodeAt(0)], 0);
    assert.equal(words["\ud835".charCodeAt(0)], 0);
  });
});
