/**
 * The reference table of how people state a young person's age and school year, by language
 * (`age-table-data.ts`), compiled into what the `minor` detector runs:
 * - each age statement ("jag är {N} år", "{N}살이야") becomes a cue: the text before the number,
 *   read backwards from it (a lookbehind tried at that one place), and the text after it;
 * - each school year with a grade number ("går i {G}:an") the same, up to the highest grade
 *   every pupil of that system is still under 18 in; with an ordinal word ("går i {ORD} klass")
 *   a pattern of its own, run only where its fixed words are;
 * - the age questions join those `ageAnswers` reads, and the words for minors and for school
 *   stages only minors attend join the minor words.
 * Each cue and pattern names the one word that gates it (its longest: every match holds it), so
 * that a text tries only the cues of the words it holds; at a number, the text after it is tried
 * first (anchored, it fails at once).
 */
import { escapeRegExp } from "../../base/escape-regexp.js";
import { AGE_TABLE, type AgeTableLanguage } from "./age-table-data.js";
import { CARDINAL_WORDS, YEAR_WORDS } from "./age-words.js";
import { hasUnspacedLetter } from "./triggers.js";

/** CLDR's words for years: a number with one of them alone after it is as often a span of time ("15 anos", "15 lat"). */
const YEARS_ALONE = new Set(YEAR_WORDS);
/** Numbers in words: a "word for a minor" holding one is an age statement, read by the cues ("Sixteen-year-old", "Quince años"). */
const NUMBER_WORD = new Set(CARDINAL_WORDS.keys());
/**
 * Words for minors that are other words too, and are left out whatever a table says: English "minor" (a key, a league, an
 * injury) and "kind", Spanish and Portuguese "menor" (smaller), French "mineur" (a miner; a key), Italian "minore" and Romanian
 * "minoră" (younger, smaller), words said of adults as often ("mija", "pelajar" a university student too, "gyerek", "ילד"),
 * "minor" written in Tamil, Telugu or Hindi letters.
 */
const NOT_MINOR_WORDS = new Set(["pelajar", "mtoto", "watoto", "mija", "mijo", "mijita", "mijito", "மைனர்", "మైనర్", "माइनर", "เด็ก", "ילד", "ילדה", "ילדים", "minoră", "minora", "minore", "minori", "gyerek", "gyerekek", "göre", "minor", "minors", "kind", "kinder", "menor", "menores", "mineur", "mineurs", "mineure", "niño", "niña", "kid", "kids", "child", "girl", "boy", "baby"]);

/**
 * The languages whose statements and school years are compiled: all but English, which the minor detector's own patterns read
 * (with the exceptions written for English: "grade 8 piano", "a 12-year-old whisky"), and which most texts are in, so that its
 * cues would be tried on nearly every number. Its questions, words and traps still serve.
 */
const READ_LANGUAGES = AGE_TABLE.filter((language) => language.code !== "en");

/** A cue around a number: the text before it (a sticky lookbehind) and after it (anchored), and the largest value it takes as a minor's. */
export interface NumberCue {
  before: RegExp;
  after: RegExp;
  max: number;
  language: string;
  /** The template's fixed words as the quick pass cuts them (lower case); none for scripts written without spaces. */
  words: string[];
  /** The one of them that gates the cue (the longest); "" when there is none. */
  gate: string;
  /** Written in a script without spaces. */
  unspaced: boolean;
  /** No word of a person before the number ("{N} years old", "de {N} años"): read as the patterns read a bare age. */
  bare: boolean;
  /** Longer forms of the same template with a lower highest grade: "w {G} klasie" up to 8, but "w {G} klasie liceum" up to 2. */
  narrower: { after: RegExp; max: number }[];
  /**
   * A school year read from the first grade: a template in a script without spaces that names the school in two letters or more
   * before the number ("고등학교 {G}학년", "中学{G}年"), which no train's or ticket's class is.
   */
  fromFirst: boolean;
}

/**
 * The longer templates of a language that begin as `pattern` does and allow fewer grades ("w {ORD} klasie liceum" beside
 * "w {ORD} klasie"): what follows the shorter one's match, and that lower highest grade. The longer, more particular match wins.
 */
function narrowerForms(language: AgeTableLanguage, pattern: string, max: number): { rest: string; max: number }[] {
  return language.school_years
    .filter((other) => other.pattern.length > pattern.length && other.pattern.toLowerCase().startsWith(pattern.toLowerCase()) && other.max_minor_grade < max)
    .map((other) => ({ rest: other.pattern.slice(pattern.length), max: other.max_minor_grade }));
}

/** The longest of some words (the rarest, most often), "" for none. */
function longest(words: readonly string[]): string {
  return words.reduce((a, b) => ([...b].length > [...a].length ? b : a), "");
}

/** A template's fixed words of two letters or more, lower case. */
function fixedWords(pattern: string): string[] {
  return pattern.replace(/\{[A-Z]+\}/g, " ").toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter((word) => word.length >= 2);
}

/** Literal text of a template as a pattern: any run of blanks for a space, any case. */
function literal(text: string): string {
  return escapeRegExp(text.trim()).replace(/\s+/g, "\\s+");
}

/** Whether a template's fixed text is enough to make a number an age or a grade: some letters beside the number. */
function hasWords(text: string): boolean {
  // Letters with their vowel signs (Gurmukhi "ਸਾਲ", Khmer "ឆ្នាំ" hold marks between letters).
  return /\p{L}[\p{L}\p{M}]*\p{L}|\p{L}\p{M}|\p{Script=Han}|\p{Script=Hangul}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Thai}/u.test(text);
}

/**
 * What may follow a number that ends a statement ("jag är {N}"): the clause's end or a word that goes on with it, not a unit
 * ("jag är 15 minuter sen"); `clauseGoesOn` is the minor detector's list of such words.
 */
function endOfStatement(notAUnit: string, clauseGoesOn: string): string {
  return `${notAUnit}(?=\\s*(?:[,.!?;:)~(\\-]|\\p{Extended_Pictographic}|$|${clauseGoesOn}))`;
}

/** A template's text cut into words as the quick pass cuts a text, lower-cased. */
function tokensOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u);
}

/** Cues from templates holding `placeholder` ("{N}", "{G}"), each taking values up to `max`. */
function cuesOf(language: AgeTableLanguage, templates: readonly { pattern: string; max: number }[], placeholder: string, notAUnit: string, clauseGoesOn: string): NumberCue[] {
  const narrower = (pattern: string, max: number) => (placeholder === "{G}" ? narrowerForms(language, pattern, max).map(({ rest, max: lower }) => ({ after: new RegExp(`^\\s*${literal(rest)}`, "iu"), max: lower })) : []);
  const cues: NumberCue[] = [];
  for (const { pattern, max } of templates) {
    const parts = pattern.split(placeholder);
    if (parts.length !== 2 || /\{[A-Z]+\}/.test(parts.join(""))) continue;
    const [before, after] = parts;
    // A bare number, or one beside punctuation only, says nothing; in English a grade number beside one word ("grade 8",
    // "year 10") is as often an exam's, a war's or a bolt's (other languages' words for a school class are not).
    if (!hasWords(before) && !hasWords(after)) continue;
    const unspaced = hasUnspacedLetter(pattern);
    if (placeholder === "{G}" && !unspaced && fixedWords(pattern).length < 2 && language.code === "en") continue;
    // "{N} anos", "de {N} años": with no person's word before it, a number and the word for years alone is as often a span of
    // time or a thing's age ("un Glenfarclas de 12 años").
    if (placeholder === "{N}" && !/\p{L}{3,}/u.test(before) && YEARS_ALONE.has(after.trim().toLowerCase())) continue;
    // Scripts written without spaces have no word boundaries to ask for.
    const beforeBoundary = hasUnspacedLetter(before.trim()[0] ?? "") ? "" : "(?<![\\p{L}\\p{M}])";
    const afterBoundary = /\p{L}$/u.test(after.trim()) && !hasUnspacedLetter(after.trim().at(-1) ?? "") ? "(?![\\p{L}\\p{M}])" : "";
    const beforeSource = before.trim() === "" ? "(?<![\\p{L}\\p{N}])" : `${beforeBoundary}${literal(before)}${/\s$/.test(before) ? "\\s*" : ""}`;
    // After the word for years alone, the statement must end there too: "ho quindici anni di esperienza" is a career.
    const yearsAlone = YEARS_ALONE.has(after.trim().toLowerCase());
    const afterSource =
      after.trim() === "" ? endOfStatement(notAUnit, clauseGoesOn) : `${/^\s/.test(after) ? "\\s*" : ""}${literal(after)}${afterBoundary}${yearsAlone ? `(?=\\s*(?:[,.!?;:)~(\\-]|\\p{Extended_Pictographic}|$|${clauseGoesOn}))` : ""}`;
    // The words a text cut as the quick pass cuts it holds: letters glued to the number ("{G}th") are no word of their own.
    const beforeTokens = tokensOf(before).slice(0, /[\p{L}\p{N}]$/u.test(before) ? -1 : undefined);
    const afterTokens = tokensOf(after).slice(/^[\p{L}\p{N}]/u.test(after) ? 1 : 0);
    const words = unspaced ? [] : [...new Set([...beforeTokens, ...afterTokens].filter((word) => word.length >= 2 && /\p{L}/u.test(word)))];
    cues.push({
      before: new RegExp(`(?<=${beforeSource})`, "iuy"),
      after: new RegExp(`^(?:${afterSource})`, "iu"),
      max,
      language: language.code,
      words,
      gate: longest(words),
      unspaced,
      bare: !/\p{L}{3,}/u.test(before),
      narrower: narrower(pattern, max),
      fromFirst: placeholder === "{G}" && unspaced && [...before.replace(/\s+/g, "")].filter((letter) => hasUnspacedLetter(letter)).length >= 2,
    });
  }
  return cues;
}

/** Every language's age statements ({N}, values up to 17) and school years with a grade number ({G}, up to each one's highest minor grade). */
export function numberCues(notAUnit: string, clauseGoesOn: string): NumberCue[] {
  return READ_LANGUAGES.flatMap((language) => [
    ...cuesOf(language, language.age_statements.map((pattern) => ({ pattern, max: 17 })), "{N}", notAUnit, clauseGoesOn),
    ...cuesOf(language, language.school_years.filter((year) => year.pattern.includes("{G}")).map((year) => ({ pattern: year.pattern, max: year.max_minor_grade })), "{G}", notAUnit, clauseGoesOn),
  ]);
}

/**
 * School years told with an ordinal word, a pattern per template: "går i åttonde klass", "v osmé třídě". Each is gated by its
 * longest fixed word; those in scripts written without spaces ("初二", "八年级") are found inside runs of letters instead.
 */
export function ordinalSchoolYears(): { source: string; gates: string[]; language: string; unspaced: boolean }[] {
  const found: { source: string; gates: string[]; language: string; unspaced: boolean }[] = [];
  for (const language of READ_LANGUAGES) {
    for (const year of language.school_years) {
      const parts = year.pattern.split("{ORD}");
      if (parts.length !== 2 || /\{[A-Z]+\}/.test(parts.join(""))) continue;
      const fixed = fixedWords(year.pattern);
      // "{ORD} year" is a university's too: in English one short word beside an ordinal is not enough.
      if (fixed.length === 0 || (fixed.length === 1 && [...fixed[0]].length < 5 && language.code === "en")) continue;
      const narrower = narrowerForms(language, year.pattern, year.max_minor_grade);
      // One alternative per grade, from the third (the first and second are also a train's or a ticket's class: "in der
      // ersten Klasse", "primer grado" of a burn); a grade above a longer form's highest is refused where that form follows.
      const alternatives: string[] = [];
      const glued: string[] = [];
      // An ordinal standing apart ends there: Hebrew "י" is not the start of "י״ב" (the twelfth, not a minor's year).
      const wholeOrdinal = parts[1] === "" || /^\s/.test(parts[1]) ? `(?!["״׳']?[\\p{L}\\p{M}])` : "";
      for (const [grade, forms] of Object.entries(language.ordinals)) {
        const ordinals = forms.filter((form) => /\p{L}/u.test(form));
        if (Number(grade) < 3 || Number(grade) > year.max_minor_grade || ordinals.length === 0) continue;
        for (const ordinal of ordinals) glued.push(`${parts[0]}${ordinal}${parts[1]}`);
        const refused = narrower.filter((form) => Number(grade) > form.max).map((form) => literal(form.rest));
        const guard = refused.length > 0 ? `(?!\\s*(?:${refused.join("|")}))` : "";
        alternatives.push(`${literal(parts[0])}${/\s$/.test(parts[0]) ? "\\s+" : ""}(?:${[...new Set(ordinals)].sort((a, b) => b.length - a.length).map(literal).join("|")})${wholeOrdinal}${/^\s/.test(parts[1]) ? "\\s+" : ""}${literal(parts[1])}${guard}`);
      }
      // Each template is a pattern of its own (a whole language's, gated by any of its words, would run on most texts: one
      // common word, Portuguese "no" or "ano", is enough).
      // The gate is the longest fixed word standing apart; one glued to the ordinal ("{ORD}luokkalainen") is no word of its own
      // in the quick pass, which sees "ysiluokkalainen": then each whole filled-in template is a gate.
      const standing = [...tokensOf(parts[0]).slice(0, /[\p{L}\p{N}]$/u.test(parts[0]) ? -1 : undefined), ...tokensOf(parts[1]).slice(/^[\p{L}\p{N}]/u.test(parts[1]) ? 1 : 0)].filter((word) => word.length >= 2 && /\p{L}/u.test(word));
      if (alternatives.length > 0) found.push({ source: alternatives.join("|"), gates: standing.length > 0 ? [longest(standing)] : glued, language: language.code, unspaced: hasUnspacedLetter(year.pattern) });
    }
  }
  return found;
}

/** Every language's words for minors and for school stages only minors attend. */
export function tableMinorWords(): string[] {
  // School stages only in two words or more, or one long word ("högstadiet", "Grundschule"): "middle" or "primary" alone are other things.
  // English school stages are read by the minor detector's own patterns, with the pupil they need ("I'm in high school", not "high school sweetheart").
  const schoolNames = AGE_TABLE.filter((language) => language.code !== "en").flatMap((language) => language.school_names).filter((name) => hasUnspacedLetter(name) || name.trim().split(/\s+/).length >= 2 || [...name.trim()].length >= 8);
  return [
    ...new Set(
      [...AGE_TABLE.flatMap((language) => language.minor_words), ...schoolNames]
        .map((word) => word.trim())
        .filter((word) => [...word].length >= 3 || hasUnspacedLetter(word))
        .filter((word) => !NOT_MINOR_WORDS.has(word.toLowerCase()) && !/\d/.test(word) && !word.toLowerCase().split(/[^\p{L}]+/u).some((part) => NUMBER_WORD.has(part))),
    ),
  ];
}

/** Every language's questions about someone's age, as one alternation. */
export function tableAgeQuestions(): string {
  return [...new Set(AGE_TABLE.flatMap((language) => language.age_questions).map((question) => question.trim().replace(/[?？]+$/u, "")).filter((question) => [...question].length >= 8 || hasUnspacedLetter(question)))]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join("|");
}
