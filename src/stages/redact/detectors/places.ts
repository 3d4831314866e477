/**
 * Real places a person mentions: countries, regions and cities from the gazetteer, and an unknown
 * capitalised word after "in/at/from/to/near" with a travel or home word near it ("grew up in
 * Monroe", "returned to Blaketown"). Human turns only: a bot's places are the story's.
 */
import type { Candidate, Detector } from "../types.js";
import { COMMON_WORDS, MAJOR_PLACE_SET, TOWN_PREFIXES, WEEKDAYS_AND_MONTHS } from "../word-lists.js";
import { allMatches, insideOoc } from "../text-utils.js";

const CAPITALISED_RUN = /(?<![\p{L}])[\p{Lu}][\p{L}'’.-]*(?:[ \t](?:[\p{Lu}][\p{L}'’.-]*|de|del|la|le|nad|am|upon|on|sur|of))*/gu;
const AFTER_PREPOSITION = /(?<![\p{L}])(?:in|at|from|to|near|around|outside|into)[ \t]+([\p{Lu}][\p{L}'’-]+(?:[ \t][\p{Lu}][\p{L}'’-]+)?)/gdu;
/** "from toronto", "i live in ohio": home words before a gazetteer place in any letter case. */
const HOME_PLACE = /(?<![\p{L}])(?:from|in|live in|lives in|living in|moved to|born in|grew up in|based in|visiting|near)[ \t]+((?:the[ \t]+)?[\p{L}][\p{L}'’.-]*(?:[ \t][\p{L}][\p{L}'’.-]*){0,2})/gdiu;
const CONTEXT = ["live", "lives", "living", "lived", "grew", "grow", "born", "moved", "move", "city", "town", "state", "country", "visit", "visiting", "trip", "flew", "fly", "drove", "arrived", "returned", "travel", "travelling", "traveling", "based", "located", "from", "home", "hometown", "near", "stay", "staying", "vacation", "holiday", "went", "going"];

/** Marks dropped from the end of a place name: "Leeds." and "Texas'". */
const TRAILING_MARKS = new Set([0x2e, 0x27, 0x2019]);

const US_STATE_CODES = "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE";
/** "Portland, VA", "Port Ofelia, Kentucky": capitalised words right before a state or a country. */
const CITY_BEFORE_REGION = new RegExp(`(?<![\\p{L}])([\\p{Lu}][\\p{L}'’.-]+(?:[ \\t][\\p{Lu}][\\p{L}'’.-]+){0,2}),[ \\t]+(?:(?:${US_STATE_CODES})(?![\\p{L}])|([\\p{Lu}][\\p{L}]+(?:[ \\t][\\p{Lu}][\\p{L}]+)?))`, "gdu");

/**
 * "US", "U.S.", "UK" in capitals: the country (in lower case, "us" is the pronoun); not in a
 * shouted run ("LET US GO").
 */
const COUNTRY_INITIALS = /(?<![\p{L}\p{N}.])(?:U\.S\.(?:A\.)?|U\.K\.|US|USA|UK)(?![\p{L}\p{N}]|\.[\p{L}])/gu;
const SHOUTED_WORD = /^[\p{Lu}]{2,}$/u;
/**
 * Towns named with a direction or a feature first ("North Platte", "Lake Charles", "Port Ofelia"):
 * the prefix says place, the name after it is no English word.
 */
const PREFIXED_TOWN = new RegExp(`(?<![\\p{L}])(?:${TOWN_PREFIXES.join("|")}|St\\.)[ \\t]([\\p{Lu}][\\p{Ll}'’-]{2,})(?![\\p{L}])`, "gu");

function isShouted(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start).trim().split(/\s+/).pop() ?? "";
  const after = text.slice(end, end + 20).trim().split(/\s+/)[0] ?? "";
  return SHOUTED_WORD.test(before.replace(/[^\p{L}]/gu, "")) || SHOUTED_WORD.test(after.replace(/[^\p{L}]/gu, ""));
}

export const detectPlaces: Detector = (text, context) => {
  if (!context.isHuman) return [];
  const found: Candidate[] = [];
  if (/U\.?[SK]/.test(text)) {
    for (const match of allMatches(COUNTRY_INITIALS, text)) {
      const end = match.index! + match[0].length;
      if (!isShouted(text, match.index!, end)) found.push({ start: match.index!, end, type: "LOCATION", score: 0.5, rule: "location/country-initials", context: CONTEXT });
    }
  }
  const { places } = context.names;
  for (const match of allMatches(CAPITALISED_RUN, text)) {
    const run = match[0];
    // Where each of the first four words ends (words are one space or tab apart).
    const wordEnds: number[] = [];
    for (let k = 0; k < run.length && wordEnds.length < 4; k++) {
      const c = run.charCodeAt(k);
      if (c === 32 || c === 9) wordEnds.push(k);
    }
    if (wordEnds.length < 4) wordEnds.push(run.length);
    // The longest run of words (from the start of the match) that the gazetteer knows.
    for (let n = wordEnds.length; n >= 1; n--) {
      let end = wordEnds[n - 1];
      while (end > 0 && TRAILING_MARKS.has(run.charCodeAt(end - 1))) end--;
      const candidate = n > 1 ? run.slice(0, end).replace(/\t/g, " ") : run.slice(0, end);
      const lower = candidate.toLowerCase();
      if (places.has(lower) && !context.allowNames.has(lower) && !COMMON_WORDS.has(lower)) {
        // A place of several words ("São Paulo") says more than the name-like words in it.
        const score = n > 1 ? 0.6 : candidate.length >= 5 && !context.dictionary.has(lower) ? 0.5 : 0.4;
        found.push({ start: match.index!, end: match.index! + candidate.length, type: "LOCATION", score, rule: "location/gazetteer", context: CONTEXT });
        break;
      }
    }
  }
  for (const match of allMatches(PREFIXED_TOWN, text)) {
    const name = match[1].toLowerCase();
    if (context.dictionary.has(name) || COMMON_WORDS.has(name) || context.allowNames.has(name) || context.allowNames.has(match[0].toLowerCase())) continue;
    // In a role-play turn it may be the story's ("East Eldoria"): a candidate a cue must lift.
    found.push({ start: match.index!, end: match.index! + match[0].length, type: "LOCATION", score: context.rolePlay ? 0.3 : 0.55, rule: "location/prefixed-town" });
  }
  if (text.includes(", ")) {
    for (const match of allMatches(CITY_BEFORE_REGION, text)) {
      // After a state code, or a region or country a list knows ("…, Kentucky", "…, England").
      if (match[2] !== undefined && !MAJOR_PLACE_SET.has(match[2].toLowerCase())) continue;
      const [start, end] = (match as RegExpMatchArray & { indices: [number, number][] }).indices[1];
      const city = text.slice(start, end);
      if (context.allowNames.has(city.toLowerCase()) || COMMON_WORDS.has(city.toLowerCase())) continue;
      // The region goes with the town: "Portland, VA" names a place the town alone does not.
      found.push({ start, end: match.index! + match[0].length, type: "LOCATION", score: 0.6, rule: "location/city-before-region" });
    }
  }
  for (const match of allMatches(HOME_PLACE, text)) {
    const [start] = (match as RegExpMatchArray & { indices: [number, number][] }).indices[1];
    const words = match[1].replace(/^the[ \t]+/i, "").split(/[ \t]/);
    const offset = match[1].length - match[1].replace(/^the[ \t]+/i, "").length;
    for (let n = words.length; n >= 1; n--) {
      const candidate = words.slice(0, n).join(" ").replace(/[.'’]+$/, "");
      const lower = candidate.toLowerCase();
      // Written in lower case, an English word is that word ("in front of", "from home"), unless
      // it is a place people say they live in ("in phoenix", "from reading").
      if (candidate === lower && (context.dictionary.has(lower) || COMMON_WORDS.has(lower)) && !MAJOR_PLACE_SET.has(lower)) continue;
      if (places.has(lower) && !context.allowNames.has(lower)) {
        const plainIn = /^in[ \t]/i.test(match[0]);
        found.push({ start: start + offset, end: start + offset + candidate.length, type: "LOCATION", score: plainIn ? 0.5 : 0.7, rule: "location/home-place" });
        break;
      }
    }
  }
  for (const match of allMatches(AFTER_PREPOSITION, text)) {
    const [start, end] = (match as RegExpMatchArray & { indices: [number, number][] }).indices[1];
    const value = match[1];
    const lower = value.toLowerCase();
    const firstWord = lower.split(" ")[0];
    if (context.allowNames.has(firstWord) || COMMON_WORDS.has(firstWord) || WEEKDAYS_AND_MONTHS.has(firstWord)) continue;
    if (context.names.first.has(firstWord) && !places.has(lower)) continue;
    if (context.dictionary.has(firstWord) && !places.has(lower)) continue;
    // In character, travel words are the story's ("sailing home to Veyrith"): no list knows the
    // place, so only stepping out of character makes it the person's.
    if (context.rolePlay && !insideOoc(text, start)) continue;
    // On its own, a text's unknown capitalised word after "in" or "near" is a place as surely as a
    // name elsewhere is a name (see names.ts); after "to", "at" or "from" it may be a person.
    const placeWord = !context.rolePlay && /^(?:in|near|outside|around)[ \t]/i.test(match[0]) && !context.names.first.has(firstWord);
    found.push({ start, end, type: "LOCATION", score: placeWord ? 0.5 : 0.2, rule: "location/after-preposition", context: CONTEXT });
  }
  return found;
};
