/**
 * Street addresses: a house number and a street word ("221B Baker Street", "8 wressle road suite
 * 771"), or a street name carrying its word as a suffix and a number after it ("Nassaustraat 123",
 * "Ziegelgasse 26", "Rue Abdelaziz 107"), each with an optional unit, city, region and postcode
 * following on the same or the next lines; and postcodes with a context word.
 */
import type { Candidate, Detector } from "../types.js";
import { COMMON_WORDS, STREET_WORDS, UNIT_WORDS } from "../word-lists.js";
import { allMatches } from "../text-utils.js";
import { escapeRegExp } from "../../../base/escape-regexp.js";

function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w)).join("|");
}

const STREET = alternation(STREET_WORDS);
const UNIT = alternation(UNIT_WORDS);
const WORD = "[\\p{L}][\\p{L}'’.-]*";
/**
 * What may trail an address: after a comma or a line break anything shaped like a unit, a place or
 * a postcode ("\n Gleniti\n, nan\n Canada 32586"); after a plain space only a unit, a postcode
 * or capitalised words (", Los Angeles, CA 90027" but not "and text the receipt").
 */
const UNIT_PART = `(?:(?:${UNIT})\\.?[ \\t]*#?[ \\t]*[\\p{L}\\p{N}-]{1,6}|\\d{1,2}[º°ª](?:[ \\t]*(?:[A-Za-z]{1,3}|izq|izda|dcha|der)\\.?)?(?![\\p{L}]))`;
const POSTCODE_PART = `\\d{4,6}(?:-\\d{3,4})?(?![\\d:])|[A-Z]{2}[ \\t]+\\d{5}(?:-\\d{4})?(?!\\d)|[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]\\d[A-Z]{2}(?![\\p{L}\\p{N}])|[A-Z]\\d{2}[ \\t](?=[A-Z]*\\d)[A-Z\\d]{4}(?![\\p{L}\\p{N}])`;
const CAPITALISED_PART = `[\\p{Lu}][\\p{L}'’.-]*(?:[ \\t]+[\\p{Lu}][\\p{L}'’.-]*){0,3}(?:[ \\t]+\\d{4,6}(?:-\\d{4})?(?![\\d:]))?`;
const ANY_PART = `${WORD}(?:[ \\t]+${WORD}){0,3}(?:[ \\t]+\\d{4,6}(?:-\\d{4})?(?![\\d:]))?`;
const TAIL = `(?:(?:[ \\t]*(?:,|\\n[ \\t]*\\n?)[ \\t]*(?:${UNIT_PART}|${POSTCODE_PART}|${ANY_PART}))|(?:[ \\t]+(?:${UNIT_PART}|${POSTCODE_PART}|${CAPITALISED_PART}))){0,4}`;
const NUMBER_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}:.])\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,4})?,?[ \\t]+(?:\\d{1,5}[ \\t]+)?(?:[NSEW]\\.?[ \\t]+|(?:north|south|east|west)[ \\t]+)?(?:(?:${WORD}|\\d{1,3}(?:st|nd|rd|th))[ \\t]+){0,4}?(?<![\\p{L}])(?:${STREET})\\.?(?![\\p{L}])(?:[ \\t]+(?:[NSEW]|NE|NW|SE|SW)\\.?(?![\\p{L}]))?${TAIL}`,
  "giu",
);
const SUFFIX_STREETS = "straße|strasse|str\\.|gasse|weg|platz|allee|straat|laan|gracht|plein|plantsoen|kade|singel|dreef|steeg|dijk|markt|burgwal|vej|gade|gatan|vägen|veien|katu|tie|utca|útja|ulica|ulitsa";
/** A house number as Europe writes it: "14", "14a", "156-2" (a flat of number 156). */
const EUROPEAN_NUMBER = "\\d{1,5}[a-zA-Z]?(?:-\\d{1,3}(?![\\d.]))?";
const SUFFIX_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\d{1,4}[ \\t]+)?[\\p{L}][\\p{L}'’-]*(?:${SUFFIX_STREETS})[ \\t]+${EUROPEAN_NUMBER}(?![\\p{L}\\p{N}])${TAIL}`, "giu");
/**
 * Street types written first in Spanish, Portuguese, Italian and French that are also English words
 * or common nouns ("Passage des Panoramas 12", "Strada Spanò 4", "Rua Augusta, 1500"): only
 * capitalised, with a capitalised name, and the number after an optional comma.
 */
const CAPITALISED_TYPE_THEN_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,4}(?:[ \\t]+bis)?[ \\t]+)?(?:Strada|Passage|Pasaje|Paseo|Camino|Colonia|Ronda|Travesía|Travesia|Glorieta|Callejón|Alameda|Praça|Praca|Travessa|Estrada|Largo|Corso|Vicolo|Piazzale|Rambla|Avinguda|Caserío|Caserio|Impasse|Allée|Quai|Cours|Polígono|Poligono|Urbanización|Urbanizacion|Masía|Masia|Carretera|Cuesta|Barrio|Partida)(?:[ \\t]+(?:de|del|de la|des|du|da|do|di|della)?[ \\t]*[\\p{Lu}][\\p{L}'’.-]*){1,4}(?:,?[ \\t]+${EUROPEAN_NUMBER}(?![\\p{L}\\p{N}]))?${TAIL}`,
  "gu",
);
const NAME_THEN_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,4}[ \\t]+)?(?:rue|calle|via|viale|avenida|rua|piazza|plaza|ulica|ul\\.|carrer|avenue|boulevard|chemin|place)[ \\t]+(?:${WORD}[ \\t]+){0,4}?(?:${WORD},[ \\t]*)?${EUROPEAN_NUMBER}(?![\\p{L}\\p{N}])${TAIL}`,
  "giu",
);
/**
 * The rest of the postal services' street suffixes ("134 Jerel Ways", "180 Amiya Fort", "9 Sunset
 * Ridge"): everyday words too, so taken only capitalised, after a capitalised name and a number.
 */
const CAPITALISED_SUFFIXES = "Rise|Parade|Wharf|Chase|Grange|Green|Vale|Mead|End|Dam|Fall|Light|Dale|Ways|Fort|Crossing|Run|Point|Ridge|View|Valley|Creek|Shores|Springs|Harbor|Harbour|Haven|Meadows|Mills|Estates|Falls|Forge|Glen|Hollow|Junction|Knoll|Landing|Manor|Mount|Orchard|Pass|Pines|Plains|Port|Prairie|Ranch|Rapids|Spur|Summit|Trace|Turnpike|Vista|Cove|Corner|Corners|Flats|Ford|Fork|Forks|Gateway|Isle|Lakes|Mall|Oval|Shore|Skyway|Stravenue|Village|Villages|Ville|Wells|Causeway|Expressway|Freeway|Bypass|Commons|Extension";
const NUMBER_NAME_SUFFIX = new RegExp(`(?<![\\p{L}\\p{N}:.])\\d{1,6}[A-Za-z]?[ \\t]+(?:[\\p{Lu}][\\p{L}'’.-]*[ \\t]+){1,3}(?:${CAPITALISED_SUFFIXES})(?![\\p{L}])${TAIL}`, "gu");
/** "11 Školní 939", "46 velký průhon 426": a number, a few words in any script, a number. */
const NUMBER_WORDS_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}:.])\\d{1,4}[ \\t]+(?:[\\p{L}][\\p{L}'’.-]*[ \\t]+){1,4}\\d{1,5}[a-zA-Z]?\\.?(?![\\p{L}\\p{N}:])${TAIL}`, "giu");
/** Words that do not make a street name ("12 at 03"). */
const FILLER = /^(?:at|in|on|to|of|and|or|the|a|an|by|for|from|with|x|times|hp|mp|gold|points|pts|lvl|level|out|per|vs|minus|plus)$/i;
const POSTCODE = /(?<![\p{L}\p{N}])(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\p{L}\p{N}])/gu;
/**
 * Postcodes whose shape alone says what they are: British ("E2 2AA", "LS6 3HQ"), Canadian
 * ("H7N 2K4") and Irish ("D02 X285"), also the Canadian forward part alone after a postcode word ("starts with V2X").
 */
const DISTINCT_POSTCODE = /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[ABCEGHJ-NPRSTVXY]\d[A-Z][ \t-]?\d[A-Z]\d|[A-Z]\d{2}[ \t](?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{4})(?![\p{L}\p{N}])/gu;
const POSTCODE_PREFIX = /(?<![\p{L}])(?:postal code|postcode|post code|zip|code postal|cep|plz)\b[^.!?\n]{0,25}?(?<![\p{L}\p{N}])([ABCEGHJ-NPRSTVXY]\d[A-Z]|[A-Z]{1,2}\d[A-Z\d]?|\d{4,5}(?:-\d{3,4})?)(?![\p{L}\p{N}])/giud;
const ZIP_PLUS_FOUR = /(?<![\p{L}\p{N}-])\d{5}-\d{4}(?![\p{L}\p{N}-])/gu;
/** A street named by its ordinal: "on 5th Avenue", "W 34th St". */
const ORDINAL_STREET = new RegExp(`(?<![\\p{L}\\p{N}])(?:[NSEW]\\.?[ \\t]+)?\\d{1,3}(?:st|nd|rd|th)[ \\t]+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Place|Pl|Terrace|Way)\\.?(?![\\p{L}])`, "gu");
const CONTEXT = ["live", "lives", "living", "address", "addresses", "house", "home", "street", "apartment", "apt", "ship", "ships", "shipped", "shipping", "deliver", "delivery", "send", "mail", "billing", "moved", "located", "at", "on", "visit", "zip", "postcode", "postal", "return"];

/**
 * Streets as Indonesia, Russia and the Philippines write them: "Jl. Melati No. 12", "jalan kenanga
 * gg. 3 no 7", "ул. Ленина, д. 5, кв. 12", "Blk 4 Lot 17 Phase 2".
 */
const STREETS_ELSEWHERE = new RegExp(
  [
    `(?<![\\p{L}])(?:jl\\.?|jln\\.?|jalan|gg\\.|gang)[ \\t]+(?:${WORD}[ \\t]+){0,4}?(?:gg\\.?[ \\t]*\\d{1,3}[ \\t]+)?no\\.?[ \\t]*\\d{1,4}[a-zA-Z]?(?:[ \\t]*,?[ \\t]*(?:rt|rw)[ \\t.]*\\d{1,3}(?:[ \\t]*/[ \\t]*(?:rw[ \\t.]*)?\\d{1,3})?)*`,
    `(?<![\\p{L}])(?:ул\\.|улица|пр\\.|пр-т|проспект|пер\\.|переулок|бульвар|б-р|шоссе|наб\\.)[ \\t]*(?:[\\p{L}][\\p{L}.-]*[ \\t]*){1,3},?[ \\t]*(?:д\\.|дом)?[ \\t]*\\d{1,4}[а-я]?(?:[ \\t]*,?[ \\t]*(?:корп\\.|к\\.|стр\\.|кв\\.|квартира)[ \\t]*\\d{1,4})*`,
    `(?<![\\p{L}])(?:blk|block)\\.?[ \\t]*\\d{1,4}[a-zA-Z]?,?[ \\t]*lot[ \\t]*\\d{1,4}(?:,?[ \\t]*(?:phase|ph)\\.?[ \\t]*\\d{1,2})?`,
  ].join("|"),
  "giu",
);

/** A flat or unit written before the house number: "Flat 24, 102 Loretta End". */
const UNIT_BEFORE = new RegExp(`(?<![\\p{L}])(?:flat|apt|apartment|unit|suite|ste)\\.?[ \\t]*#?[ \\t]*[\\p{N}][\\p{L}\\p{N}-]{0,4},?[ \\t]*$`, "iu");
/** A postcode beside a town a list knows: "83646 Burgos", "Zaragoza 31600". */
const POSTCODE_BESIDE_TOWN = /(?<![\p{L}\p{N}])(?:(\d{5})[ \t]+([\p{Lu}][\p{L}'’-]+)|([\p{Lu}][\p{L}'’-]+)[ \t]+(\d{5}))(?![\p{L}\p{N}])/gu;

/** Street words that are also everyday English ("that way", "then close the door", "in the park"). */
const EVERYDAY_STREET_WORDS = new Set(["way", "close", "row", "walk", "hill", "park", "place", "pl", "path", "loop", "grove", "ring", "court", "ct", "drive", "dr", "square", "sq", "route", "trail", "circle", "heights", "gardens", "mews", "pike", "terrace", "plaza", "alley", "lane", "ln", "st"]);
/** Words just before a number that say an address follows ("i live at 7 juniper close"). */
const ADDRESS_CUE_BEFORE = /(?:\blive|\bliving|\blives|\baddress|\bmoved|\bship|\bshipping|\bdeliver|\bsend|\bmail)\b[^.!?\n]{0,20}$/i;
const STREET_SET = new Set(STREET_WORDS.map((word) => word.toLowerCase()));
const ORDINAL_OR_NUMBER = /^(?:\d+(?:st|nd|rd|th)?|[NSEW]\.?)$/i;

/**
 * Address grammar for "number … street word": a street word in lower case that is also an everyday
 * word ("2 blocks that way", "room 208 then close the door") makes an address only when the words
 * before it name a street (capitalised, an ordinal, or no English word: "12 wressle close").
 */
function namesAStreet(value: string, isWord: (word: string) => boolean): boolean {
  const words = value.split("\n")[0].split(/[ \t,]+/).filter(Boolean);
  const streetAt = words.findIndex((word, i) => i > 0 && STREET_SET.has(word.replace(/\.$/, "").toLowerCase()));
  if (streetAt < 0) return true;
  const street = words[streetAt].replace(/\.$/, "");
  if (street !== street.toLowerCase() || !EVERYDAY_STREET_WORDS.has(street)) return true;
  const name = words.slice(1, streetAt).filter((word) => !/^\d+[A-Za-z]?$/.test(word));
  return name.length > 0 && name.every((word) => /^\p{Lu}/u.test(word) || ORDINAL_OR_NUMBER.test(word) || !isWord(word.toLowerCase()));
}

/** Trims a trailing run of lower-case words the tail pattern swallowed ("... road and then we"). */
function trimTail(value: string): string {
  const lines = value.split("\n");
  const last = lines[lines.length - 1];
  const words = last.split(/([ \t,]+)/);
  while (words.length > 1) {
    const word = words[words.length - 1];
    if (word === "" || /^[ \t,]+$/.test(word)) {
      words.pop();
      continue;
    }
    // A street word ends the street ("7 juniper close"), it is no trailing chatter.
    if (/^\p{Ll}{2,}$/u.test(word) && lines.length === 1 && words.length > 3 && !/^(?:apt|suite|unit|ste|floor|fl|room)$/i.test(word) && !STREET_SET.has(word)) {
      words.pop();
      continue;
    }
    break;
  }
  lines[lines.length - 1] = words.join("");
  return lines.join("\n").replace(/[\s,]+$/, "");
}

/** A unit ("apt 4b", "Wohnung 3") somewhere in an address. */
const WITH_UNIT = new RegExp(`(?<![\\p{L}])${UNIT_PART}`, "iu");

export const detectAddresses: Detector = (text, context) => {
  const isWord = (word: string) => context.dictionary.has(word) || COMMON_WORDS.has(word);
  if (!/\d/.test(text)) return [];
  const found: Candidate[] = [];
  for (const [pattern, score, rule] of [
    [NUMBER_FIRST, 0.6, "address/number-street"],
    [SUFFIX_FIRST, 0.6, "address/street-number"],
    [NAME_THEN_NUMBER, 0.5, "address/street-number"],
    [CAPITALISED_TYPE_THEN_NUMBER, 0.5, "address/street-number"],
    [STREETS_ELSEWHERE, 0.65, "address/street-number"],
    [NUMBER_WORDS_NUMBER, 0.3, "address/number-words-number"],
    [NUMBER_NAME_SUFFIX, 0.5, "address/number-street"],
  ] as const) {
    for (const match of allMatches(pattern, text)) {
      const value = trimTail(match[0]);
      if (pattern === NUMBER_WORDS_NUMBER) {
        const words = value.split("\n")[0].split(/[ \t]+/).slice(1, -1);
        if (words.every((word) => FILLER.test(word) || word.length < 3)) continue;
      }
      if (pattern === NUMBER_FIRST && !namesAStreet(match[0], isWord) && !ADDRESS_CUE_BEFORE.test(text.slice(Math.max(0, match.index! - 40), match.index))) continue;
      const multiLine = value.includes("\n") || /,/.test(value);
      const unitBefore = UNIT_BEFORE.exec(text.slice(Math.max(0, match.index! - 20), match.index!));
      const withUnit = unitBefore !== null || WITH_UNIT.test(value.slice(1));
      const start = match.index! - (unitBefore?.[0].length ?? 0);
      found.push({ start, end: match.index! + value.length, type: "ADDRESS", score: score + (multiLine ? 0.15 : 0) + (withUnit ? 0.15 : 0), rule, context: CONTEXT });
    }
  }
  for (const match of allMatches(POSTCODE_BESIDE_TOWN, text)) {
    const town = (match[2] ?? match[3]).toLowerCase();
    if (!context.names.places.has(town) || context.allowNames.has(town)) continue;
    const code = match[1] ?? match[4];
    const start = match.index! + match[0].indexOf(code);
    found.push({ start, end: start + code.length, type: "ADDRESS", score: 0.6, rule: "address/postcode-beside-town" });
  }
  for (const match of allMatches(DISTINCT_POSTCODE, text)) found.push({ start: match.index!, end: match.index! + match[0].length, type: "ADDRESS", score: 0.6, rule: "address/postcode-shape" });
  for (const match of allMatches(POSTCODE_PREFIX, text)) {
    const [start, end] = (match as RegExpMatchArray & { indices: [number, number][] }).indices[1];
    // The word says what the number is: it wins over a phone number's shape ("CEP 01310-100").
    found.push({ start, end, type: "ADDRESS", score: 0.8, rule: "address/postcode-after-word" });
  }
  for (const match of allMatches(ORDINAL_STREET, text)) found.push({ start: match.index!, end: match.index! + match[0].length, type: "ADDRESS", score: 0.5, rule: "address/ordinal-street", context: CONTEXT });
  // ZIP+4 has a shape of its own.
  for (const match of allMatches(ZIP_PLUS_FOUR, text)) found.push({ start: match.index!, end: match.index! + match[0].length, type: "ADDRESS", score: 0.45, rule: "address/zip-plus-four", context: CONTEXT });
  for (const match of allMatches(POSTCODE, text)) {
    found.push({ start: match.index!, end: match.index! + match[0].length, type: "ADDRESS", score: 0.2, rule: "address/postcode", context: ["zip", "postcode", "postal", "post code", "zipcode", "zip code", "ship", "ships", "shipped", "shipping", "deliver", "delivery", "mail", "billing", "address"] });
  }
  return found;
};
