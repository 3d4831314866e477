/**
 * The words ages are written with, by language, taken from maintained sources where they exist:
 * numbers in words from `n2words` (its cardinals, 45 languages written with spaces), the word for "years" from
 * CLDR's unit names (through `Intl`, every plural form). What no source gives (the adjectives
 * that make a number an age: "-jährige", "-letnia", "-vuotias", "quindicenne") is listed here.
 */
import { toCardinal as am } from "n2words/am-ET";
import { toCardinal as ar } from "n2words/ar-SA";
import { toCardinal as az } from "n2words/az-AZ";
import { toCardinal as bn } from "n2words/bn-BD";
import { toCardinal as cs } from "n2words/cs-CZ";
import { toCardinal as da } from "n2words/da-DK";
import { toCardinal as de } from "n2words/de-DE";
import { toCardinal as el } from "n2words/el-GR";
import { toCardinal as en } from "n2words/en-US";
import { toCardinal as es } from "n2words/es-ES";
import { toCardinal as fa } from "n2words/fa-IR";
import { toCardinal as fi } from "n2words/fi-FI";
import { toCardinal as fil } from "n2words/fil-PH";
import { toCardinal as fr } from "n2words/fr-FR";
import { toCardinal as he } from "n2words/he-IL";
import { toCardinal as hi } from "n2words/hi-IN";
import { toCardinal as hr } from "n2words/hr-HR";
import { toCardinal as hu } from "n2words/hu-HU";
import { toCardinal as id } from "n2words/id-ID";
import { toCardinal as it } from "n2words/it-IT";
import { toCardinal as lt } from "n2words/lt-LT";
import { toCardinal as lv } from "n2words/lv-LV";
import { toCardinal as ms } from "n2words/ms-MY";
import { toCardinal as nb } from "n2words/nb-NO";
import { toCardinal as nl } from "n2words/nl-NL";
import { toCardinal as pl } from "n2words/pl-PL";
import { toCardinal as pt } from "n2words/pt-PT";
import { toCardinal as ro } from "n2words/ro-RO";
import { toCardinal as ru } from "n2words/ru-RU";
import { toCardinal as srCyrl } from "n2words/sr-Cyrl-RS";
import { toCardinal as srLatn } from "n2words/sr-Latn-RS";
import { toCardinal as sv } from "n2words/sv-SE";
import { toCardinal as sw } from "n2words/sw-KE";
import { toCardinal as tr } from "n2words/tr-TR";
import { toCardinal as uk } from "n2words/uk-UA";
import { toCardinal as ur } from "n2words/ur-PK";
import { toCardinal as vi } from "n2words/vi-VN";
import { toCardinal as gu } from "n2words/gu-IN";
import { toCardinal as ha } from "n2words/ha-NG";
import { toCardinal as ka } from "n2words/ka-GE";
import { toCardinal as kn } from "n2words/kn-IN";
import { toCardinal as mr } from "n2words/mr-IN";
import { toCardinal as pa } from "n2words/pa-IN";
import { toCardinal as ta } from "n2words/ta-IN";
import { toCardinal as te } from "n2words/te-IN";
import { toCardinal as yo } from "n2words/yo-NG";

/** Languages written with spaces between words (the unspaced scripts' ages are matched on their own). */
const CARDINALS: readonly ((value: number) => string)[] = [am, ar, az, bn, cs, da, de, el, en, es, fa, fi, fil, fr, gu, ha, he, hi, hr, hu, id, it, ka, kn, lt, lv, mr, ms, nb, nl, pa, pl, pt, ro, ru, srCyrl, srLatn, sv, sw, ta, te, tr, uk, ur, vi, yo];

/** English numbers in words, six to seventeen: English writes an age apart ("fifteen-year-old"), never glued to an adjective. */
export const ENGLISH_NUMBER_WORDS: ReadonlySet<string> = new Set(Array.from({ length: 12 }, (_, i) => en(i + 6)));

/** A word as people also type it: without its accents ("dieciséis", "pietnascie", "muoi lam", "δεκαπεντε"). */
export function withoutAccents(word: string): string {
  return foldAccents(word.normalize("NFC"));
}

/** Latin letters that slipped into a Cyrillic word (one source writes Ukrainian "і" as Latin "i"). */
function cyrillicOnly(word: string): string {
  return /\p{Script=Cyrillic}/u.test(word) ? word.replace(/i/g, "і") : word;
}

/** Each language's cardinals from `from` to `to` that `keep` accepts, as written and with accents folded, the first value kept for a form. */
function cardinalMap(from: number, to: number, keep: (word: string, value: number, cardinal: (value: number) => string) => boolean): Map<string, number> {
  const words = new Map<string, number>();
  for (const cardinal of CARDINALS) {
    for (let value = from; value <= to; value++) {
      const word = cyrillicOnly(cardinal(value).toLowerCase());
      if (!keep(word, value, cardinal)) continue;
      for (const form of [word, withoutAccents(word)]) if (!words.has(form)) words.set(form, value);
    }
  }
  return words;
}

/**
 * The numbers of adult ages in words, 18 to 99, accents folded: each whole (glued) and each word of those written apart
 * ("trente", "dvadeset", "twenty"). A stem of a child's age must not begin one of them ("tredi(ci)" begins "tredive").
 */
function adultNumberWords(): Set<string> {
  const small = new Set(CARDINALS.flatMap((cardinal) => Array.from({ length: 18 }, (_, value) => withoutAccents(cyrillicOnly(cardinal(value).toLowerCase())))));
  const words = new Set<string>();
  for (const cardinal of CARDINALS) {
    for (let value = 18; value <= 99; value++) {
      const word = withoutAccents(cyrillicOnly(cardinal(value).toLowerCase()));
      words.add(word);
      // The tens of a number written apart ("dvadeset", "twenty"), not its units ("sekiz" of "on sekiz").
      for (const part of word.split(/[\s-]+/)) if (part.length >= 3 && !small.has(part)) words.add(part);
    }
  }
  return words;
}

/** The languages whose unit words are read from CLDR: those above and Slovak (spaced), then Japanese, Korean, Chinese and Thai. */
const UNIT_LOCALES = ["ar", "az", "bn", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fil", "fr", "he", "hi", "hr", "hu", "id", "it", "lt", "lv", "ms", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sr", "sv", "sw", "tr", "uk", "ur", "vi"];
const UNSPACED_UNIT_LOCALES = ["ja", "ko", "th", "zh", "zh-Hant"];

/** CLDR's words for these units (every plural form, through `Intl`) in these languages: "Jahre", "lat", "år", "meses", "개월". */
function cldrUnitWords(units: readonly string[], locales: readonly string[]): string[] {
  const words = new Set<string>();
  for (const locale of locales) {
    for (const unit of units) {
      const format = new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" });
      for (const value of [1, 2, 3, 5, 6, 11, 15, 21, 100]) {
        const word = format.formatToParts(value).filter((part) => part.type === "unit").map((part) => part.value.trim()).join(" ");
        if (word !== "") words.add(word.toLowerCase());
      }
    }
  }
  return [...words];
}

/**
 * Adjectives and nouns that make a number an age, written after it or glued to it, by language: "15-jährige",
 * "fünfzehnjährige", "15-jarige", "15-årig", "femtonåring", "15-vuotias", "tizenötéves", "piętnastoletnia",
 * "15letá", "15-ročná", "petnaestogodišnja", "пятнадцатилетняя", "п'ятнадцятирічна", "δεκαπεντάχρονη",
 * "quindicenne", "15 ساله", "15 वर्षीय". Each is a stem: the word goes on with any ending.
 */
export const AGE_ADJECTIVE_STEMS = [
  "jährig", "jahrig", "jarig", "årig", "arig", "åring", "aring", "vuotia", "éves", "eves",
  "letni", "letnia", "letnie", "letnią", "letá", "letý", "leté", "letou", "letého", "ročn", "rocn",
  "godišnj", "godisnj", "годишњ", "летн", "річн", "χρον", "enne", "ساله", "वर्षीय",
];

/** The text with each accented letter as its base letter, one code unit for one (offsets hold): "piętnastoletnia" → "pietnastoletnia". */
export function foldAccents(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xc0) continue;
    const base = FOLDED.get(code);
    if (base === undefined) continue;
    out += text.slice(from, i) + base;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Each accented BMP letter (Latin, Greek, Cyrillic, Vietnamese) whose first decomposed unit is a plain letter: that letter. */
const FOLDED = (() => {
  const table = new Map<number, string>();
  const codes = [...Array.from({ length: 0x0500 - 0xc0 }, (_, i) => 0xc0 + i), ...Array.from({ length: 0x2000 - 0x1e00 }, (_, i) => 0x1e00 + i)];
  for (const code of codes) {
    const char = String.fromCharCode(code);
    const base = char.normalize("NFD")[0];
    if (base !== char && /\p{L}/u.test(base)) table.set(code, base);
  }
  for (const [from, to] of [["ł", "l"], ["Ł", "L"], ["ı", "i"], ["đ", "d"], ["Đ", "D"], ["ø", "o"], ["Ø", "O"]]) table.set(from.charCodeAt(0), to);
  return table;
})();

/**
 * Built once: the minor detector and the table's compiler both read them. Numbers in words from six to seventeen; six to
 * eleven only when at least five letters long (shorter ones, "ni", "on", "sei", "elf", "once", "neuf", are common words in
 * some other language).
 */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = cardinalMap(6, 17, (word, value) => value > 11 || [...word].length >= 5);
/** English numbers in words from one to sixty ("nineteen", "twenty-four"), for ages compared ("three years younger than her brother, who's nineteen"). */
export const ENGLISH_CARDINALS: ReadonlyMap<string, number> = cardinalMap(1, 60, (_word, _value, cardinal) => cardinal === en);
/**
 * Every language's single-word cardinals from two to seventeen, English's left out: the numbers glued to an age adjective
 * ("tioåriga", "trzyletni", "hároméves", "δεκάχρονος"), where even a short or common word is an age.
 */
export const GLUED_CARDINALS: ReadonlyMap<string, number> = cardinalMap(2, 17, (word, _value, cardinal) => cardinal !== en && !/[\s-]/.test(word));
/** CLDR's words for "years" (every plural form): "Jahre", "lat", "let", "år", "godina", "שנים", "miaka", "سال", "বছর". */
export const YEAR_WORDS: readonly string[] = cldrUnitWords(["year"], UNIT_LOCALES);
/** Every language's cardinals from one to eighteen (English's too): a baby's months. */
export const SMALL_CARDINALS: ReadonlyMap<string, number> = cardinalMap(1, 18, () => true);
/** CLDR's words for "months" and "weeks", in the unspaced scripts too: "meses", "Monate", "miesięcy", "개월". */
export const MONTH_WORDS: readonly string[] = cldrUnitWords(["month", "week"], [...UNIT_LOCALES, ...UNSPACED_UNIT_LOCALES]);
export const ADULT_NUMBER_WORDS: ReadonlySet<string> = adultNumberWords();
/** Every language's cardinals from eleven to forty, accents folded too: another's age beside a difference ("Ему двадцать, а я на шесть лет младше"). */
export const ELEVEN_TO_FORTY: ReadonlyMap<string, number> = cardinalMap(11, 40, () => true);

/** The reference table's languages (`age-table-data.ts` codes) whose cardinals n2words holds. */
const TABLE_LANGUAGE_CARDINALS: Readonly<Record<string, (value: number) => string>> = {
  es, pt, fr, de, it, nl, pl, cs, "hbs-Latn": hr, "sr-Cyrl": srCyrl, ru, uk, ro, hu, fi, lv, lt, sv, no: nb, da, el, tr, az, he,
  ar, arz: ar, apc: ar, afb: ar, ary: ar, fa, ur, hi, bn, ta, te, mr, gu, pa, id, ms, tl: fil, vi, sw, yo, ha, ka,
  // Amharic is left out: its tens are spelled with either of two letters for one sound ("ሠላሳ", "ሰላሳ"), so that "ሠላሳ ሁለት"
  // (thirty-two) would not be known for a compound.
};

/** Arabic's numbers as an age puts them before "سنوات" ("خمس سنوات"). */
const ARABIC_BEFORE_YEARS: readonly (readonly [string, number])[] = [["ثلاث", 3], ["أربع", 4], ["خمس", 5], ["ست", 6], ["سبع", 7], ["ثماني", 8], ["تسع", 9], ["عشر", 10]];

/**
 * Forms of one to eleven that an age takes and n2words does not give: the feminine ("una", "dvě", "două", "две"), the form
 * before a noun (Hungarian "két", Tagalog's linked "tatlong", Swahili's agreeing with "miaka", "mitatu"), the genitive of Greek ages ("τριών χρονών"), Arabic's form
 * before "سنوات", fuller Hebrew spellings; and the numbers of table languages n2words lacks (Slovak, Slovenian, Bulgarian,
 * Estonian, Afrikaans). Written for this project: no maintained source lists them.
 */
const SMALL_FORMS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  es: [["una", 1], ["un", 1]],
  pt: [["uma", 1], ["duas", 2]],
  fr: [["une", 1]],
  de: [["ein", 1], ["eine", 1]],
  it: [["una", 1], ["un", 1]],
  nl: [["een", 1]],
  pl: [["jedna", 1], ["dwie", 2]],
  cs: [["jeden", 1], ["dvě", 2], ["dve", 2]],
  "hbs-Latn": [["jedna", 1], ["dvije", 2], ["dve", 2]],
  ru: [["одна", 1], ["две", 2]],
  uk: [["одна", 1], ["дві", 2]],
  ro: [["un", 1], ["două", 2], ["doua", 2]],
  hu: [["két", 2], ["ket", 2]],
  sv: [["en", 1]],
  no: [["ett", 1]],
  da: [["en", 1]],
  el: [["ενός", 1], ["δυο", 2], ["τριών", 3], ["τριων", 3], ["τεσσάρων", 4], ["τεσσαρων", 4]],
  he: [["שתיים", 2], ["שלוש", 3]],
  ar: ARABIC_BEFORE_YEARS, arz: ARABIC_BEFORE_YEARS, apc: ARABIC_BEFORE_YEARS, afb: ARABIC_BEFORE_YEARS, ary: ARABIC_BEFORE_YEARS,
  sw: [["miwili", 2], ["mitatu", 3], ["minne", 4], ["mitano", 5], ["minane", 8]],
  tl: [["dalawang", 2], ["tatlong", 3], ["limang", 5], ["pitong", 7], ["walong", 8], ["sampung", 10]],
  sk: [["jeden", 1], ["jedna", 1], ["dva", 2], ["dve", 2], ["tri", 3], ["štyri", 4], ["päť", 5], ["šesť", 6], ["sedem", 7], ["osem", 8], ["deväť", 9], ["desať", 10], ["jedenásť", 11]],
  sl: [["ena", 1], ["dve", 2], ["tri", 3], ["štiri", 4], ["pet", 5], ["šest", 6], ["sedem", 7], ["osem", 8], ["devet", 9], ["deset", 10], ["enajst", 11]],
  bg: [["една", 1], ["две", 2], ["три", 3], ["четири", 4], ["пет", 5], ["шест", 6], ["седем", 7], ["осем", 8], ["девет", 9], ["десет", 10], ["единадесет", 11]],
  et: [["üks", 1], ["kaks", 2], ["kolm", 3], ["neli", 4], ["viis", 5], ["kuus", 6], ["seitse", 7], ["kaheksa", 8], ["üheksa", 9], ["kümme", 10], ["üksteist", 11]],
  af: [["een", 1], ["twee", 2], ["drie", 3], ["vier", 4], ["vyf", 5], ["ses", 6], ["sewe", 7], ["agt", 8], ["nege", 9], ["tien", 10], ["elf", 11]],
};

/**
 * Each table language's numbers from one to eleven in words, every length, as written and with accents folded: read only
 * inside that language's own age statements ("tiene tres años", "are doi ani", "drie jaar oud"), where the statement's words
 * make even a short or common one ("un", "en", "ba") a number. With them, every word its bigger numbers are written with
 * (`PART_SAMPLES`; folded, lower case: "treinta", "mươi", "trăm", "dalawampu't"), so that a small one inside a bigger number ("treinta y
 * cinco", "dix-huit", "năm trăm") is known for a part.
 */
/** Numbers whose words hold every word a bigger number is built of: the teens and twenties (with the unit forms a compound takes, "lăm", "mốt"), the tens, the hundreds. */
const PART_SAMPLES = [...Array.from({ length: 19 }, (_, i) => i + 11), ...Array.from({ length: 7 }, (_, i) => (i + 3) * 10), ...Array.from({ length: 9 }, (_, i) => (i + 1) * 100)];
export const SMALL_NUMBERS_BY_LANGUAGE: ReadonlyMap<string, { words: ReadonlyMap<string, number>; parts: ReadonlySet<string> }> = (() => {
  const byLanguage = new Map<string, { words: Map<string, number>; parts: Set<string> }>();
  for (const code of new Set([...Object.keys(TABLE_LANGUAGE_CARDINALS), ...Object.keys(SMALL_FORMS)])) {
    const words = new Map<string, number>();
    const parts = new Set<string>();
    const cardinal = TABLE_LANGUAGE_CARDINALS[code];
    const forms: (readonly [string, number])[] = [...(cardinal ? Array.from({ length: 11 }, (_, i) => [cyrillicOnly(cardinal(i + 1).toLowerCase()), i + 1] as const) : []), ...(SMALL_FORMS[code] ?? [])];
    for (const [word, value] of forms) for (const form of [word, withoutAccents(word)]) if (!words.has(form)) words.set(form, value);
    const written = cardinal ? PART_SAMPLES.map((value) => cyrillicOnly(cardinal(value).toLowerCase())) : [];
    for (const number of [...written, ...words.keys()]) {
      for (const part of withoutAccents(number).split(/[\s-]+/)) if ([...part].length >= 2) parts.add(part);
    }
    byLanguage.set(code, { words, parts });
  }
  return byLanguage;
})();
