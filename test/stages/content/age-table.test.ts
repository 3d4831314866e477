import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AGE_TABLE } from "../../../src/stages/content/age-table-data.js";
import { classifyContent } from "../../../src/stages/content/classify.js";

// The table's cases are neutral statements of age and school year; nothing here pairs them with anything sexual.
const isMinor = (text: string) => classifyContent({ bot_description: text, bot_greeting: "", bot_definitions: null, conversation: [] }).tags.minor !== undefined;

/** Traps the rules still read as a minor: fragments too short to tell (a past told after them, a subject after "mineure en", slang used as an adjective). */
const KNOWN_TRAPS = new Set(["in 9th grade I", "une mineure en", "általánosban még", "ඉස්කෝලේ යන කාලේ", "好中學雞"]);

describe("content: the reference table of ages and school years", () => {
  it("holds the languages it is said to, each with age statements, questions, school years and ordinals", () => {
    assert.ok(AGE_TABLE.length >= 20, `${AGE_TABLE.length} languages`);
    for (const language of AGE_TABLE) {
      assert.ok(language.age_statements.length > 0 && language.age_statements.every((statement) => statement.includes("{N}")), language.code);
      assert.ok(language.age_questions.length > 0, language.code);
      for (const year of language.school_years) assert.ok(/\{G\}|\{ORD\}/.test(year.pattern) && year.max_minor_grade >= 1 && year.max_minor_grade <= 12, `${language.code}: ${year.pattern}`);
    }
  });

  it("reads most of each language's age statements at fourteen, and none at thirty", () => {
    for (const language of AGE_TABLE) {
      const read = language.age_statements.filter((statement) => isMinor(`${statement.replace("{N}", "14")}.`));
      // Some templates are left out on purpose (a bare number beside the word for years is as often a span of time).
      assert.ok(read.length >= 0.7 * language.age_statements.length, `${language.code}: ${read.length} of ${language.age_statements.length}`);
      for (const statement of language.age_statements) assert.ok(!isMinor(`${statement.replace("{N}", "30")}.`), `${language.code}: ${statement} at 30`);
    }
  });

  it("reads school years with a grade number or an ordinal at the eighth grade where that is a minor's", () => {
    for (const language of AGE_TABLE) {
      // In English a grade beside one word ("grade 8", "year 8") is left out on purpose: an exam's, a war's, a bolt's.
      const years = language.school_years.filter((year) => year.max_minor_grade >= 8 && (language.code !== "en" || year.pattern.replace(/\{[A-Z]+\}/g, " ").split(/[^\p{L}]+/u).filter((word) => word.length >= 2).length >= 2));
      const eighth = language.ordinals["8"]?.[0];
      const read = years.filter((year) => isMinor(year.pattern.replace("{G}", "8").replace("{ORD}", eighth ?? "8")));
      assert.ok(years.length === 0 || read.length >= 0.5 * years.length, `${language.code}: ${read.length} of ${years.length}`);
    }
  });

  it("leaves each language's traps alone: teachers' classes, universities' years, idioms, memories, words in other senses", () => {
    const flagged = AGE_TABLE.flatMap((language) => language.adult_traps.filter((trap) => isMinor(trap)).map((trap) => trap));
    assert.deepEqual(flagged.filter((trap) => !KNOWN_TRAPS.has(trap)), []);
  });
});
