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
