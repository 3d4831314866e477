/**
 * Self-disclosure in a human turn: "my name is …" / "call me …" (the contributor's own name,
 * which becomes `{{user}}`), "I'm 17" (age), "I live in …" / "I'm from …" (location), "I go to …
 * High" / "I work at …" (school, workplace). Each pattern names the part to redact.
 */
import type { Candidate, DetectionContext, Detector, PiiType } from "../types.js";
import { COMMON_WORDS, WEEKDAYS_AND_MONTHS } from "../word-lists.js";

const NAME_INTRO = /(?<![\p{L}])(?:my name(?:'s|’s| is| was)|call me|name's|name’s|i am|i'm|i’m|im|this is|it'?s me|its me|me llamo|je m'appelle|ich bin|ich heiße)[ \t,:-]+([\p{L}][\p{L}'’-]+)(?:[ \t]+([\p{L}][\p{L}'’-]+))?/giu;
const AGE = /(?<![\p{L}\p{N}])(?:i'?m|i’m|i am|im|age|aged|turning|turned|just turned)[ \t]+(?:a[ \t]+|only[ \t]+|like[ \t]+)?(\d{1,2})(?![\d:.,]?\d)(?![ \t]*(?:min|mins|minutes|hours?|hrs?|secs?|seconds|days?|weeks?|months?|feet|ft|foot|inch|inches|cm|mm|m|km|miles?|kg|lbs?|pounds|percent|%|dollars|bucks|\$|am|pm|k|x|times|steps|levels?|hp|th|st|nd|rd|:\d))/giu;
const AGE_UNIT = /(?<![\p{L}\p{N}])(\d{1,2})[ \t]*(?:yo|y\/o|y\.o\.|yrs? old|years? old|year-old)(?![\p{L}])/giu;
const LOCATION = /(?<![\p{L}])(?:i live in|i live near|i live at|i'?m from|i’m from|i am from|im from|i'?m in|im in|i'?m based in|living in|i moved to|we moved to|i grew up in|grew up in|i was born in|born in|i'?m located in|i reside in|my hometown is|my town is|my city is|i live)[ \t]+(?:the[ \t]+)?([\p{L}][\p{L}.'’-]*(?:(?:[ \t]+|,[ \t]*)[\p{L}][\p{L}.'’-]*){0,3})/giu;
const SCHOOL_OR_WORK = /(?<![\p{L}])(?:i go to|i attend|i study at|i'?m at|i’m at|im at|i work at|i work for|i work in|i'?m working at|my school is|my school's|my job is at|i intern at|i'?m a student at|i teach at|i graduated from)[ \t]+(?:the[ \t]+)?([\p{L}\p{N}][\p{L}\p{N}.'’&-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}.'’&-]*){0,5})/giu;
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
const LOCATION_D = withIndices(LOCATION);
const SCHOOL_OR_WORK_D = withIndices(SCHOOL_OR_WORK);

/** Words of `value` up to the first stop word (school words kept for schools). */
function leadingPhrase(value: string, keepSchoolWords: boolean): string {
  const words = value.split(/([ \t,]+)/);
  let end = 0;
  let kept = "";
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i];
    const lower = word.toLowerCase().replace(/[.'’]+$/, "");
    const isSchool = keepSchoolWords && SCHOOL_WORDS.test(lower);
    if (!isSchool && (STOP_WORDS.has(lower) || (i > 0 && COMMON_WORDS.has(lower) && word === lower))) break;
    kept = words.slice(0, i + 1).join("");
    end = i;
  }
  void end;
  return kept.replace(/[.,'’]+$/, "");
}

export const detectSelfDisclosure: Detector = (text, context: DetectionContext) => {
  if (!context.isHuman) return [];
  const found: Candidate[] = [];
  const add = (start: number, value: string, type: PiiType, score: number, rule: string) => {
    if (value.length > 0) found.push({ start, end: start + value.length, type, score, rule });
  };
  const lower = text.toLowerCase();

  if (/\b(?:name|call|i'?m|i’m|i am|im|this is|it'?s me|its me|llamo|appelle|bin|heiße)\b/.test(lower)) {
    for (const match of text.matchAll(NAME_INTRO_D)) {
      const first = captured(match, 1);
      if (!first) continue;
      const firstLower = first.text.toLowerCase();
      if (context.allowNames.has(firstLower) || COMMON_WORDS.has(firstLower) || WEEKDAYS_AND_MONTHS.has(firstLower)) continue;
      const listed = context.names.first.has(firstLower) || context.names.last.has(firstLower);
      const capitalised = first.text[0] !== first.text[0].toLowerCase();
      const strongIntro = /^(?:my name|call me|name)/i.test(match[0]);
      // "i'm tired" is no name; "i'm Dana" or "my name is wijtze" is.
      if (!listed && !(strongIntro || capitalised)) continue;
      let value = first.text;
      const second = captured(match, 2);
      if (second) {
        const secondLower = second.text.toLowerCase();
        const surname = context.names.last.has(secondLower) || (second.text[0] !== second.text[0].toLowerCase() && !COMMON_WORDS.has(secondLower));
        if (surname && !context.allowNames.has(secondLower)) value = text.slice(first.start, second.start + second.text.length);
      }
      add(first.start, value, "USER", strongIntro ? 0.9 : listed ? 0.75 : 0.55, "disclosure/name");
    }
  }
  if (/\d/.test(text)) {
    for (const pattern of [AGE_D, AGE_UNIT_D]) {
      for (const match of text.matchAll(pattern)) {
        const age = captured(match, 1);
        if (age && Number(age.text) >= 5 && Number(age.text) <= 99) add(age.start, age.text, "AGE", 0.75, "disclosure/age");
      }
    }
  }
  if (/\b(?:live|from|in|moved|grew|born|based|located|reside|hometown|town|city)\b/.test(lower)) {
    for (const match of text.matchAll(LOCATION_D)) {
      const place = captured(match, 1);
      if (!place) continue;
      const value = leadingPhrase(place.text, false);
      if (!value || NOT_A_PLACE.has(value.toLowerCase()) || context.allowNames.has(value.toLowerCase())) continue;
      if (COMMON_WORDS.has(value.toLowerCase().split(/[ ,]/)[0]) && value[0] === value[0].toLowerCase()) continue;
      add(place.start, value, "LOCATION", 0.75, "disclosure/location");
    }
  }
  if (/\b(?:go|attend|study|at|work|school|job|intern|student|teach|graduated)\b/.test(lower)) {
    for (const match of text.matchAll(SCHOOL_OR_WORK_D)) {
      const place = captured(match, 1);
      if (!place) continue;
      const value = leadingPhrase(place.text, true);
      if (!value || NOT_A_PLACE.has(value.toLowerCase()) || context.allowNames.has(value.toLowerCase())) continue;
      if (/^(?:work|school|home|the)$/i.test(value)) continue;
      add(place.start, value, "ORG", 0.7, "disclosure/school-or-work");
    }
  }
  return found;
};
