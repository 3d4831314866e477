import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { buildAllowNames, SeenWords } from "../../../src/stages/redact/allow-list.js";

/** The story names of bot turns by the definition: capitalised words, possessive and trailing marks dropped, lower case. */
function referenceNames(turns: string[]): Set<string> {
  const names = new Set<string>();
  for (const turn of turns) {
    for (const [word] of turn.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}'’-]*/gu)) {
      let end = word.length;
      if (end > 2 && (word.endsWith("'s") || word.endsWith("’s"))) end -= 2;
      while (end > 1 && "-'’".includes(word[end - 1])) end--;
      names.add(word.slice(0, end).toLowerCase());
    }
  }
  return names;
}

describe("story names", () => {
  it("are the capitalised words of the bot's turns, however often each repeats", () => {
    const words = fc.constantFrom("Aria", "aria", "ARIA", "Aria's", "Kael’s", "Dana-", "Jo", "O'Neil", "Émile", "éMILE", "Zoë", "the", "The", "I", "x", "Ärger", "Σοφία", "İzmir");
    const separators = fc.constantFrom(" ", "  ", "\n", ", ", ". ", "*", "(", "-", "'", "");
    const turn = fc.array(fc.tuple(words, separators), { maxLength: 16 }).map((parts) => parts.flat().join(""));
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 6 }), (turns) => {
        const names = buildAllowNames({ bot_name: "Bot", botTurns: turns });
        const expected = referenceNames(turns);
        for (const name of expected) assert.ok(names.has(name), `${name} from ${JSON.stringify(turns)}`);
        for (const word of ["aria", "kael", "dana", "jo", "o'neil", "émile", "zoë", "the", "i", "ärger", "σοφία", "i̇zmir", "nobody"]) {
          assert.equal(names.has(word), expected.has(word) || word === "bot" || ["user", "char"].includes(word), `${word} from ${JSON.stringify(turns)}`);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe("seen words", () => {
  it("know a repeat by its characters, not by its hash alone", () => {
    const seen = new SeenWords();
    assert.equal(seen.repeat("Aria", 0, 4, 7), false);
    assert.equal(seen.repeat("hi Aria", 3, 7, 7), true, "the same word elsewhere");
    assert.equal(seen.repeat("Kael", 0, 4, 7), false, "another word of the same hash and length");
    assert.equal(seen.repeat("Ari", 0, 3, 7), false, "another word of the same hash, shorter");
    assert.equal(seen.repeat("Aria", 0, 4, 8), false, "a hash not seen yet");
  });
});
