/**
 * Self-disclosure in a human turn: "my name is …" / "call me …" (the contributor's own name,
 * which becomes `{{user}}`), "I'm 17" (age), "I live in …" / "I'm from …" (location), "I go to …
 * High" / "I work at …" (school, workplace). Each pattern names the part to redact.
 */
import type { Candidate, DetectionContext, Detector, PiiType } from "../types.js";
import { COMMON_WORDS, MAJOR_PLACE_SET, WEEKDAYS_AND_MONTHS } from "../word-lists.js";
import { allMatches } from "../text-utils.js";
import { WORD_SURNAMES } from "../name-data.js";
import { detectDisclosurePhrases } from "./disclosure-languages.js";

const NAME_INTRO = /(?<![\p{L}])(?:my (?:(?:first|real|full|actual|irl|legal|last|middle|given)[ \t]+)?name(?:'s|’s| is| was)|call me|name's|name’s|names|i am|i'm|i’m|im|this is|it'?s me|its me|it'?s|its|me llamo|je m'appelle|ich bin|ich heiße)[ \t,:-]+([\p{L}][\p{L}'’-]+)(?:[ \t]+([\p{L}][\p{L}'’-]+))?/giu;
/** After a strong introduction even an English word is a name ("my name is drew"), but not these. */
const NOT_NAMES = new Set(["back", "later", "now", "tomorrow", "tonight", "when", "if", "whenever", "anytime", "maybe", "sometime", "soon", "again", "asap", "please", "pls", "plz", "crazy", "whatever", "anything", "babe", "baby", "honey", "dude", "bro", "not", "a", "an", "the", "so", "literally", "actually", "just", "kinda", "like", "also", "really", "very", "too", "secret", "private", "unknown", "none", "nothing", "weird", "long", "short", "hard", "on", "in", "at", "what", "who", "here", "there", "fine", "ok", "okay"]);
const AGE = /(?<![\p{L}\p{N}])(?:i'?m|i’m|i am|im|age|aged|turning|turned|just turned)[ \t]+(?:a[ \t]+|only[ \t]+|like[ \t]+)?(\d{1,2})(?![\d:.,]?\d)(?![ \t]*(?:min|mins|minutes|hours?|hrs?|secs?|seconds|days?|weeks?|months?|feet|ft|foot|inch|inches|cm|mm|m|km|miles?|kg|lbs?|pounds|percent|%|dollars|bucks|\$|am|pm|k|x|times|steps|levels?|hp|th|st|nd|rd|:\d))/giu;
/** "im Kaito, 23," and "hes 9": an age right after a name or a pronoun. */
const AGE_AFTER = /(?<![\p{L}])(?:i'?m|i’m|im|i am)[ \t]+[\p{L}][\p{L}'’-]+,[ \t]*(\d{1,2})(?=[ \t]*[,.;)]|[ \t]+(?:and|from|in|yo|years))|(?<![\p{L}])(?:he'?s|she'?s|he’s|she’s|hes|shes|they'?re|theyre)[ \t]+(?:only[ \t]+|like[ \t]+|almost[ \t]+|turning[ \t]+)?(\d{1,2})(?![\d:.,]?\d)(?![ \t]*(?:min|mins|minutes|hours?|hrs?|secs?|seconds|days?|weeks?|months?|feet|ft|foot|inch|inches|cm|mm|m|km|miles?|kg|lbs?|pounds|percent|%|dollars|bucks|\$|am|pm|k|x|times|steps|levels?|hp|:\d))|(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)[ \t]+(?:bday|b-day|birthday)/gimu;
const AGE_UNIT = /(?<![\p{L}\p{N}])(\d{1,2})[ \t]*(?:yo|y\/o|y\.o\.|yrs? old|years? old|year-old)(?![\p{L}])/giu;
const LOCATION = /(?<![\p{L}])(?:(?:he|she|they|who|and)[ \t]+(?:lives?|moved)[ \t]+(?:in|to)|i live in|i live near|i live at|i'?m from|i’m from|i am from|im from|i'?m in|im in|i'?m based in|living in|i moved to|we moved to|i grew up in|grew up in|i was born in|born in|i'?m located in|i reside in|my hometown is|my town is|my city is|i live)[ \t]+(?:the[ \t]+)?(?=([\p{L}][\p{L}.'’-]*(?:(?:[ \t]+|,[ \t]*)[\p{L}][\p{L}.'’-]*){0,3}))/giu;
const SCHOOL_OR_WORK = /(?<![\p{L}])(?:i go to|i attend|i study at|i'?m at|i’m at|im at|i work(?:[ \t]+\p{L}+){0,2}[ \t]+(?:at|for)|i work in|i'?m working at|my school is|my school's|my job is at|i intern at|i'?m a student at|i teach at|i graduated from|(?:i'?m|im|i’m)[ \t]+on[ \t]+(?:break|shift|lunch)[ \t]+at|my shift at|my job at|applying to|i applied to|i got into|accepted to|i study at)[ \t]+(?:the[ \t]+)?(?=([\p{L}\p{N}][\p{L}\p{N}'’&-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’&-]*){0,5}))/giu;
/** "based in glasgow", "living in osaka": a place in any letter case after a home phrase. */
const BASED_IN = /(?<![\p{L}])(?:based|living|located|staying)[ \t]+(?:in|near)[ \t]+([\p{L}][\p{L}'’-]+(?:[ \t][\p{L}][\p{L}'’-]+)?)/giu;
const SCHOOL_WORDS = /^(?:high|school|highschool|middle|elementary|academy|university|uni|college|institute|prep|secondary|primary|hs|ms|jr|junior|senior)$/i;
/** Words that end what a pattern captured ("i live in ohio lol", "i work at target rn"). */
const STOP_WORDS = new Set(["and", "but", "so", "because", "cause", "cuz", "lol", "lmao", "rn", "now", "today", "tho", "though", "too", "haha", "btw", "and", "or", "with", "which", "where", "who", "when", "if", "as", "like", "since", "until", "for", "to", "at", "on", "in", "near", "by", "of", "the", "a", "an", "is", "was", "but"]);
const NOT_A_PLACE = new Set(["bed", "class", "school", "town", "love", "trouble", "pain", "here", "there", "home", "the", "a", "my", "your", "this", "that", "it", "so", "too", "fact", "general", "public", "private", "shock", "awe", "charge", "danger", "luck", "time"]);

function captured(match: RegExpMatchArray, group: number): { start: number; text: string } | null {
  const indices = (match as RegExpMatchArray & { indices?: [number, number][] }).indices;
  if (!indices?.[group] || match[group] === undefined) return null;
  return { start: indices[group][0], text: match[group] };
}

function withIndices(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags}d`);
}

const NAME_INTRO_D = withIndices(NAME_INTRO);
const AGE_D = withIndices(AGE);
const AGE_UNIT_D = withIndices(AGE_UNIT);
const AGE_AFTER_D = withIndices(AGE_AFTER);
const LOCATION_D = withIndices(LOCATION);
const SCHOOL_OR_WORK_D = withIndices(SCHOOL_OR_WORK);
const BASED_IN_D = withIndices(BASED_IN);

/** Words of `value` up to the first stop word (school words kept for schools). */
function leadingPhrase(value: string, keepSchoolWords: boolean): string {
  const words = value.split(/([ \t,]+)/);
  let kept = "";
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i];
    const lower = word.toLowerCase().replace(/[.'’]+$/, "");
    const isSchool = keepSchoolWords && SCHOOL_WORDS.test(lower);
    if (!isSchool && (STOP_WORDS.has(lower) || (i > 0 && COMMON_WORDS.has(lower) && word === lower))) break;
    // After a capitalised word, a lower-case one is the sentence going on ("in Boise, Hans moved"):
    // a place's region is capitalised too ("Boise, Idaho").
    if (i > 0 && word === lower && words[i - 2] !== words[i - 2].toLowerCase()) break;
    kept = words.slice(0, i + 1).join("");
  }
  return kept.replace(/[.,'’]+$/, "");
}

/** What the patterns find in a text, whatever the context: the same for every detection in it. */
interface PatternMatches {
  nameIntros: RegExpExecArray[];
  ages: RegExpExecArray[];
  locations: RegExpExecArray[];
  basedIn: RegExpExecArray[];
  schoolsOrWork: RegExpExecArray[];
}

const NONE: RegExpExecArray[] = [];

/** The patterns' matches in `text`, from the conversation's memo when it was read before (this detector is its only user). */
function patternMatches(text: string, memo: Map<string, unknown> | undefined): PatternMatches {
  const known = memo?.get(text) as PatternMatches | undefined;
  if (known) return known;
  const lower = text.toLowerCase();
  // Each pattern only where a plain search finds the word it needs.
  const matches: PatternMatches = {
    nameIntros: /\b(?:name|names|call|i'?m|i’m|i am|im|this is|it'?s|its|llamo|appelle|bin|heiße)\b/.test(lower) ? allMatches(NAME_INTRO_D, text) : NONE,
    ages: /\d/.test(text) ? [AGE_D, AGE_UNIT_D, AGE_AFTER_D].flatMap((pattern) => allMatches(pattern, text)) : NONE,
    locations: /\b(?:live|lives|from|in|moved|grew|born|based|located|reside|hometown|town|city)\b/.test(lower) ? allMatches(LOCATION_D, text) : NONE,
    basedIn: /\b(?:based|living|located|staying)\b/.test(lower) ? allMatches(BASED_IN_D, text) : NONE,
    schoolsOrWork: /\b(?:go|attend|study|at|work|school|job|intern|student|teach|graduated)\b/.test(lower) ? allMatches(SCHOOL_OR_WORK_D, text) : NONE,
  };
  memo?.set(text, matches);
  return matches;
}

export const detectSelfDisclosure: Detector = (text, context: DetectionContext) => {
  if (!context.isHuman) return [];
  const found: Candidate[] = [];
  const add = (start: number, value: string, type: PiiType, score: number, rule: string) => {
    if (value.length > 0) found.push({ start, end: start + value.length, type, score, rule });
  };
  const { nameIntros, ages, locations, basedIn, schoolsOrWork } = patternMatches(text, context.memo);

  for (const match of nameIntros) {
    const first = captured(match, 1);
    if (!first) continue;
    const firstLower = first.text.toLowerCase();
    const strongIntro = /^(?:my |call me|name)/i.test(match[0]);
    const weakIntro = /^(?:it'?s|its)(?![ \t]*me)/i.test(match[0]);
    if (context.allowNames.has(firstLower) || NOT_NAMES.has(firstLower) || WEEKDAYS_AND_MONTHS.has(firstLower)) continue;
    if (!strongIntro && COMMON_WORDS.has(firstLower)) continue;
    // "my name is slowly fading": an English word is a name only if some list knows it as one.
    if (strongIntro && context.dictionary.has(firstLower) && !context.names.first.has(firstLower) && !context.names.wordNames.has(firstLower)) continue;
    const listed = context.names.first.has(firstLower) || context.names.last.has(firstLower);
    // "i'm tired" is no name; "i'm Dana" or "my name is wijtze" is. "im Aric, a squire" is a
    // character being introduced; "its ellie btw" needs a listed first name.
    if (!strongIntro && !listed) continue;
    // "i am slowly…": after a weak introduction a dictionary word is no name, nor is a surname alone.
    if (!strongIntro && (context.dictionary.has(firstLower) || !context.names.first.has(firstLower))) continue;
    if (weakIntro && (!context.names.first.has(firstLower) || context.dictionary.has(firstLower))) continue;
    if (!strongIntro && /^[ \t]*,?[ \t]*(?:a|an|the|your)[ \t]/i.test(text.slice(first.start + first.text.length))) continue;
    let value = first.text;
    const second = captured(match, 2);
    if (second) {
      const secondLower = second.text.toLowerCase();
      const capitalised = second.text[0] !== second.text[0].toLowerCase();
      const surname = context.names.last.has(secondLower) || (capitalised && (!COMMON_WORDS.has(secondLower) || WORD_SURNAMES.has(secondLower)));
      if (surname && !context.allowNames.has(secondLower)) value = text.slice(first.start, second.start + second.text.length);
    }
    add(first.start, value, "USER", strongIntro ? 0.9 : listed ? 0.75 : 0.55, "disclosure/name");
  }
  for (const match of ages) {
    const age = captured(match, 1) ?? captured(match, 2) ?? captured(match, 3);
    if (age && Number(age.text) >= 5 && Number(age.text) <= 99) add(age.start, age.text, "AGE", 0.75, "disclosure/age");
  }
  // The place a pattern captured, cut at its first stop word, unless it is no place or a story name.
  const placeOf = (match: RegExpExecArray, keepSchoolWords: boolean) => {
    const place = captured(match, 1);
    let value = place ? leadingPhrase(place.text, keepSchoolWords) : "";
    // "Boise, Idaho" but not "Boise, Hans": what follows a comma is a region a list knows.
    const comma = value.indexOf(",");
    if (comma > 0) {
      const region = value.slice(comma + 1).trim().toLowerCase();
      if (!context.names.places.has(region) && !MAJOR_PLACE_SET.has(region) && !/^[a-z]{2}$/.test(region)) value = value.slice(0, comma);
    }
    if (!place || !value || NOT_A_PLACE.has(value.toLowerCase()) || context.allowNames.has(value.toLowerCase())) return null;
    return { start: place.start, text: place.text, value };
  };
  for (const match of locations) {
    const place = placeOf(match, false);
    if (!place || (COMMON_WORDS.has(place.value.toLowerCase().split(/[ ,]/)[0]) && place.value[0] === place.value[0].toLowerCase())) continue;
    add(place.start, place.value, "LOCATION", 0.75, "disclosure/location");
  }
  for (const match of basedIn) {
    const place = placeOf(match, false);
    if (place) add(place.start, place.value, "LOCATION", 0.6, "disclosure/based-in");
  }
  for (const match of schoolsOrWork) {
    const place = placeOf(match, true);
    if (!place || /^(?:work|school|home|the)$/i.test(place.value)) continue;
    // "the walmart on 5th", "the Kroger on Broad St": the branch is part of what identifies.
    const branch = /^[ \t]+on[ \t]+(?:\d+(?:st|nd|rd|th)|[\p{Lu}][\p{L}.]*(?:[ \t][\p{Lu}][\p{L}.]*){0,2})/u.exec(place.text.slice(place.value.length));
    add(place.start, branch ? place.value + branch[0].replace(/[.]+$/, "") : place.value, "ORG", 0.7, "disclosure/school-or-work");
  }
  // The same kinds in other languages and informal registers.
  found.push(...detectDisclosurePhrases(text, context));
  return found;
};
