/**
 * Person names: honorifics ("Mr. Nielsen"), first name + surname, first names from the name lists
 * (capitalised, ALL CAPS, or lower case with a relation word near: "my mom linda"), speaker labels
 * at a line start ("Dana: hey"), and unknown capitalised words only with context. English words
 * that are also names ("Will", "May", "Hope") and the allow-listed story names are never taken.
 * A name inside an `*action*` of a human turn is most likely a character, so it scores lower.
 */
import { letterClasses, letterLengthAt, nextLetter } from "../../char-tables.js";
import type { Candidate, DetectionContext, Detector } from "../types.js";
import { SURNAME_SHAPE, WORD_SURNAMES } from "../name-data.js";
import { insideAsterisks, isCapitalised, isUpperCaseWord, allMatches, oocRegions } from "../text-utils.js";
import { COMMON_WORDS, FIELD_LABELS, HONORIFICS, RELATION_WORDS, TOWN_PREFIXES, WEEKDAYS_AND_MONTHS } from "../word-lists.js";
import { isMisspeltStoryName, isNeverAName, isTypoOfWord } from "../word-shapes.js";
import { isForeignFunctionWord } from "../function-words.js";

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Relation words that, right before a lower-case word, make it a name ("my sister ana"). */
const RELATION_BEFORE = new Set(["mom", "mum", "mother", "dad", "father", "sister", "sis", "brother", "bro", "friend", "bestie", "bf", "gf", "boyfriend", "girlfriend", "wife", "husband", "cousin", "aunt", "uncle", "grandma", "grandpa", "teacher", "boss", "coworker", "classmate", "roommate", "neighbor", "son", "daughter", "crush", "named", "mr", "mrs", "ms", "miss", "dr"]);
/** "and" and "with" are too common to lift a name on their own. */
const PERSON_CONTEXT = RELATION_WORDS.filter((word) => word !== "and" && word !== "with");
/**
 * At the default threshold: taken alone unless the corpus shows it to be a story name. Lower (0.4,
 * needing a cue) cost 35 points of F2 on real tweets and 4 on generated text.
 */
const UNKNOWN_CAPITALISED_SCORE = 0.5;
/** After these a capitalised word is a town's name, which the place rules take whole (see places.ts). */
const PLACE_PREFIXES: ReadonlySet<string> = new Set(TOWN_PREFIXES);
/** Prepositions after which an unknown capitalised word is a place, in text analysed on its own. */
const PLACE_PREPOSITIONS = new Set(["in", "near", "outside", "around"]);
const SPEAKER_LABEL = /^[ \t]*([\p{Lu}][\p{L}'’-]{1,30}(?: [\p{Lu}][\p{L}'’-]{1,30})?):[ \t]/gmu;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;

/**
 * The words of a text as `[\p{L}][\p{L}'’-]*` runs, each without a possessive "'s" (unless that
 * leaves one letter) and without trailing hyphens and apostrophes. A character loop over a class
 * table: several times faster than the regular expression on the many short turns people write.
 */
export function nameTokens(text: string): Token[] {
  const classes = letterClasses();
  const tokens: Token[] = [];
  const length = text.length;
  for (let i = nextLetter(text, 0, classes); i < length; i = nextLetter(text, i, classes)) {
    const start = i;
    let end = i + letterLengthAt(text, i, classes);
    for (;;) {
      const c = text.charCodeAt(end);
      if (c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) end++;
      else {
        const letter = end < length ? letterLengthAt(text, end, classes) : 0;
        if (letter === 0) break;
        end += letter;
      }
    }
    i = end;
    // A possessive: "'s", "’s" or a lone final apostrophe.
    let tokenEnd = end;
    const last = text.charCodeAt(end - 1);
    if (last === APOSTROPHE || last === RIGHT_QUOTE) tokenEnd = end - 1;
    else if (last === 115 && end - start >= 2 && (text.charCodeAt(end - 2) === APOSTROPHE || text.charCodeAt(end - 2) === RIGHT_QUOTE)) tokenEnd = end - 2;
    if (tokenEnd - start < 2) tokenEnd = end;
    while (tokenEnd > start) {
      const c = text.charCodeAt(tokenEnd - 1);
      if (c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) tokenEnd--;
      else break;
    }
    const value = text.slice(start, tokenEnd);
    tokens.push({ text: value, lower: value.toLowerCase(), start, end: tokenEnd });
  }
  return tokens;
}

/** Only a single space (or a period and space after an honorific) between two tokens. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === " " || gap === ". ";
}

/** "I'd", "I'm", "I'll". */
function isContractedI(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  return (first === 105 || first === 73) && (second === 39 || second === 0x2019);
}

function isWordLike(token: Token): boolean {
  return COMMON_WORDS.has(token.lower) || WEEKDAYS_AND_MONTHS.has(token.lower);
}

export const detectPersonNames: Detector = (text, context: DetectionContext) => {
  // A bot's names are the story's; a real name it repeats is found as a known name.
  if (!context.isHuman) return [];
  const { first, last } = context.names;
  const found: Candidate[] = [];
  const tokens = nameTokens(text);
  const allowed = (token: Token) => context.allowNames.has(token.lower) || token.lower === "user" || token.lower === "char";
  const isWord = (word: string) => COMMON_WORDS.has(word) || WEEKDAYS_AND_MONTHS.has(word) || context.dictionary.has(word);
  // The turn's out-of-character parts, found once, when a rule first asks.
  let ooc: { start: number; end: number }[] | null = null;
  const inOoc = (at: number) => (ooc ??= oocRegions(text)).some((region) => at >= region.start && at < region.end);
  const push = (start: number, end: number, score: number, rule: string) => {
    // A story name misspelt is still the story's ("hi gerald!!" to Geralt).
    if (isMisspeltStoryName(text.slice(start, end).toLowerCase(), context.allowNames)) return;
    const penalty = context.isHuman && insideAsterisks(text, start) ? 0.2 : 0;
    found.push({ start, end, type: "PERSON", score: score - penalty, rule, context: PERSON_CONTEXT });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // "I'd", "I'm", "I'll" are no names, nor is "Mr" itself.
    // A common word is never a name, not even after "Mr" (tested first: it is most words).
    if (isWordLike(token) || allowed(token) || token.text.length < 2 || isContractedI(token.text) || HONORIFICS.has(token.lower)) continue;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const nextIsName = next && adjacent(text, token, next) && !allowed(next) && !isWordLike(next) && (isCapitalised(next.text) || isUpperCaseWord(next.text));
    const cased = isCapitalised(token.text);
    const shouting = isUpperCaseWord(token.text);

    // "Mr. Nielsen", "Dr Amy Kupcová".
    if (previous && HONORIFICS.has(previous.lower) && /^\.?\s$/.test(text.slice(previous.end, token.start)) && cased) {
      const end = nextIsName && (last.has(next.lower) || SURNAME_SHAPE.test(next.lower)) ? next.end : token.end;
      push(token.start, end, 0.85, "person/honorific");
      if (end === next?.end) i++;
      continue;
    }

    const isFirst = first.has(token.lower);
    const isLast = last.has(token.lower);
    // Stutters, contractions, drawn-out interjections: role-play's words, never its people (asked
    // only of the tokens a rule below could take, not of every word).
    if ((cased || shouting || isFirst) && isNeverAName(token.lower, isWord)) continue;
    // "Brian Brown", "Paul White": a first name, then a capitalised word that is also a surname.
    const wordSurname = isFirst && cased && next && adjacent(text, token, next) && isCapitalised(next.text) && WORD_SURNAMES.has(next.lower) && !allowed(next);
    if (wordSurname) {
      push(token.start, next.end, 0.75, "person/full-name");
      i++;
      continue;
    }
    // "Della Q. Robel": a listed first name, a middle initial, a capitalised surname.
    const afterInitial = tokens[i + 2];
    if (cased && isFirst && next && afterInitial && next.text.length === 1 && isCapitalised(next.text) && text.slice(token.end, next.start) === " " && text.slice(next.end, afterInitial.start) === ". " && isCapitalised(afterInitial.text) && !isWordLike(afterInitial) && !allowed(afterInitial)) {
      push(token.start, afterInitial.end, 0.8, "person/full-name");
      i += 2;
      continue;
    }
    if (cased || shouting) {
      // First name + surname: "Megan Payne", "Jessica Solomina", "BRIAN ANDERSSON".
      const nextUnknown = nextIsName && !context.dictionary.has(next.lower);
      if (nextIsName && (isFirst || isLast) && (last.has(next.lower) || first.has(next.lower) || SURNAME_SHAPE.test(next.lower) || nextUnknown)) {
        push(token.start, next.end, shouting ? 0.6 : 0.8, "person/full-name");
        i++;
        continue;
      }
      const inDictionary = context.dictionary.has(token.lower);
      // A name people write to many unrelated bots is the story's (a fandom's), not evidence alone.
      if (context.storyNames?.has(token.lower)) continue;
      if (isFirst) push(token.start, token.end, shouting ? 0.4 : inDictionary ? 0.35 : 0.55, "person/first-name");
      else if (isLast) push(token.start, token.end, inDictionary ? 0.3 : 0.5, "person/surname");
      // After "North", "Lake", "Port" it is a town's name, which the place rules take whole.
      else if (previous && PLACE_PREFIXES.has(previous.text) && text.slice(previous.end, token.start) === " ") continue;
      // "stuck in Brakeville": after "in" or "near" an unknown word is a place (see places.ts).
      else if (!context.rolePlay && previous && PLACE_PREPOSITIONS.has(previous.lower) && text.slice(previous.end, token.start) === " ") continue;
      else if (!shouting && !context.names.places.has(token.lower) && !inDictionary && !isTypoOfWord(token.lower, isWord)) {
        // A capitalised word no dictionary or list knows is most often a name in a person's text
        // (in a bot's it is the story's); a typo of a word is not, nor is a name the corpus shows
        // to be a story's (`storyNames`, above).
        // In a role-play turn it is the story's unless the person steps out of character: no
        // nearby word ("my girlfriend Kequing") lifts it, since characters have girlfriends too.
        if (!context.rolePlay || inOoc(token.start)) push(token.start, token.end, UNKNOWN_CAPITALISED_SCORE, "person/unknown-capitalised");
      }
      continue;
    }
    // Lower case: only list names, and only with a relation word near ("my friend jake"); an
    // English word ("job", "rune") only right after a relation word ("my brother drew").
    const relationBefore = previous && RELATION_BEFORE.has(previous.lower) && text.slice(previous.end, token.start) === " ";
    if (isFirst && token.text.length >= 3 && (!context.dictionary.has(token.lower) || relationBefore) && !isForeignFunctionWord(token.text)) {
      const lowerNext = next && adjacent(text, token, next) && !isWordLike(next) && (last.has(next.lower) || SURNAME_SHAPE.test(next.lower));
      // "ethan miller": a surname a dictionary also knows still makes a full name, if no common word.
      const lowerFullName = lowerNext && (!context.dictionary.has(next.lower) || (last.has(next.lower) && !COMMON_WORDS.has(next.lower)));
      const score = relationBefore ? 0.6 : lowerFullName ? 0.55 : lowerNext ? 0.45 : 0.2;
      push(token.start, lowerNext ? next.end : token.end, score, relationBefore ? "person/lowercase-after-relation" : lowerNext ? "person/lowercase-full-name" : "person/lowercase");
      if (lowerNext) i++;
    }
  }

  for (const match of allMatches(SPEAKER_LABEL, text)) {
    const name = match[1];
    const lower = name.toLowerCase();
    if (context.allowNames.has(lower) || COMMON_WORDS.has(lower) || FIELD_LABELS.has(lower) || /^(?:narrator|system)$/i.test(name)) continue;
    const firstWord = lower.split(" ")[0];
    if (context.dictionary.has(firstWord) && !context.names.first.has(firstWord)) continue;
    const start = match.index! + match[0].indexOf(name);
    found.push({ start, end: start + name.length, type: "PERSON", score: 0.6, rule: "person/speaker-label" });
  }
  return found;
};
