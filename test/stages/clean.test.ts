import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { cleanEpisode, cleanText, DEFAULT_CLEAN_OPTIONS, fixMojibake, stripZalgo } from "../../src/stages/clean.js";
import { replaceRedactionTokens } from "../../src/formats/chats/redaction-tokens.js";
import { chatText, sampleRecord } from "../helpers/records.js";

describe("clean", () => {
  const cases: [string, string][] = [
    ["hi [NAME_IN_MESSAGE_REDACTED], [REDACTED] says hi", "hi {{user}}, {{user}} says hi"],
    ["wait.... what......", "wait... what..."],
    ["ze\u200Bro\u200D wi\uFEFFdth", "zero width"],
    ["  padded \n", "padded"],
    ["donâ€™t go, cafÃ© â€” please", "don’t go, café — please"],
    ["{{char}}: hello {{random_user_1}}", "{{char}}: hello {{random_user_1}}"],
    ["NÃO é ÃO", "NÃO é ÃO"],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.equal(cleanText(input), expected));

  it("gives what every step applied in turn gives (the quick tests skip only texts no step changes)", () => {
    const pieces = fc.constantFrom(
      "é", "éé", "Ã©", "donâ€™t", "â€", "\u200b", "\ufeff", "e\u0301", "e\u0301\u0302", "a\u0301\u0302\u0303\u0304", "[NAME_REDACTED]", "[x]", "....", "...", " ", "word", "Zoë", "ï", "\u00c2\u00a0",
      // Marks outside the Latin combining blocks (Thai, Hebrew, an astral one), lone surrogates.
      "\u0e17\u0e35\u0e48", "\u0e34\u0e48\u0e49", "\u05d1\u05bc\u05b8\u0591", "\ud834\udd65", "\ud834\udd65\ud834\udd66\ud834\udd67", "\ud834", "\udd65",
    );
    const text = fc.oneof(chatText, fc.array(pieces, { maxLength: 10 }).map((parts) => parts.join("")));
    const stepByStep = (input: string, maxMarks: number) => {
      const visible = fixMojibake(input).replace(/[\u200B\u200C\u200D\u2060\uFEFF\u180E]/g, "");
      return replaceRedactionTokens(maxMarks >= 0 ? stripZalgo(visible, maxMarks) : visible).replace(/\.{4,}/g, "...").trim();
    };
    fc.assert(
      fc.property(text, fc.constantFrom(-1, 0, 1, 2, 3), (input, maxMarks) => {
        assert.equal(cleanText(input), stepByStep(input, 2));
        assert.equal(cleanText(input, { ...DEFAULT_CLEAN_OPTIONS, maxCombiningMarks: maxMarks }), stepByStep(input, maxMarks));
      }),
      { numRuns: 3000 },
    );
  });

  it("strips Zalgo stacks but keeps ordinary accents", () => {
    const zalgo = `Z${"\u0301\u0302\u0303\u0304\u0305\u0306"}algo`;
    assert.equal(stripZalgo(zalgo, 2), `Z\u0301\u0302algo`);
    assert.equal(cleanText("e\u0301te\u0301"), "e\u0301te\u0301");
  });

  it("leaves correct text alone (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), (text) => {
        const once = cleanText(text);
        assert.equal(cleanText(once), once, "cleaning is idempotent");
      }),
    );
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (text) => assert.equal(fixMojibake(text), text)));
  });

  it("cleans every text of an episode and keeps the definitions' layout", () => {
    const episode = sampleRecord({
      bot_definitions: "{{char}}: hi....\n\n{{random_user_1}}: [NAME_REDACTED]  \n",
      conversation: [{ message: "  hey [USERNAME_REDACTED]..... ", is_human: false }],
    });
    const cleaned = cleanEpisode(episode);
    assert.equal(cleaned.conversation[0].message, "hey {{user}}...");
    assert.equal(cleaned.bot_definitions, "{{char}}: hi...\n\n{{random_user_1}}: {{user}}  \n");
    const untouched = sampleRecord();
    assert.equal(cleanEpisode(untouched), untouched, "nothing to clean: the same object comes back");
  });
});
