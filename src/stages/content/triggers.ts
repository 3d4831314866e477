/**
 * One quick pass over a text tells which rule families could match in it, so that each exact
 * pattern (Unicode word boundaries, many alternatives: slow) runs only where its words are.
 * Each family registers the words its matches must contain (a phrase: all of its words) or the
 * stems its words begin with; the pass cuts the text into words of letters, marks and digits, as
 * the gated patterns' `[\p{L}\p{M}]` boundaries do (a vowel sign is inside a Gurmukhi or Devanagari
 * word, not a break in it), lower-cases and hashes each as it reads it, and looks the hash up. A hash
 * collision only runs a pattern for nothing; a word a pattern needs is never missed
 * (astral-plane letters aside, which the cut treats as boundaries).
 */

import { fnv1a } from "../../base/hashing.js";

/** The families present in a text: bit `family` of the set. */
export type Triggers = Uint32Array;

/** Present when the text holds any digit (for the families that match numbers). */
export const DIGIT = 0;
/**
 * Present when the text holds letters of a script written without spaces between words (Chinese,
 * Japanese kana and kanji, Korean, Thai): there a word is found inside a run of letters, so its
 * patterns match substrings and run whenever such letters are there.
 */
export const UNSPACED = 1;
/** Present when the text holds decimal digits of another script (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width…). */
export const OTHER_DIGITS = 2;

/** Whether a UTF-16 code unit is a letter of a script written without spaces (Thai, Lao, Burmese, Khmer, Chinese, Japanese; Korean glues particles on). */
export function isUnspacedLetter(code: number): boolean {
  return (code >= 0x0e01 && code <= 0x0eff) || (code >= 0x1000 && code <= 0x109f) || (code >= 0x1780 && code <= 0x17ff) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff);
}

/** Whether a text holds any letter of a script written without spaces. */
export function hasUnspacedLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isUnspacedLetter(text.charCodeAt(i))) return true;
  return false;
}

/** A phrase of several words: its family, and the ids of the words it needs. */
interface Phrase {
  family: number;
  words: number[];
}

interface WordEntry {
  id: number;
  /** Families a lone occurrence of the word makes present. */
  families: number[];
  /** Phrases this word anchors (their longest word, the rarest most often): checked when it is seen. */
  anchors: number[];
}

const wordsByHash = new Map<number, WordEntry>();
/** Stems (a word's first 4 to 6 letters, for inflected forms: "transa", "gozar") by hash: their families. */
const stemsByHash = new Map<number, number[]>();
/** The hashes of the stems' first four letters: a word that begins with none of them begins with no stem. */
const stemPrefixes = new Map<number, true>();
const STEM_LENGTHS = [4, 5, 6];
const phrases: Phrase[] = [];
let families = 3;

/** A word or stem hash to what it starts: an open-addressing table (a Map lookup per word is most of a pass). */
class HashTable<T> {
  private readonly keys: Uint32Array;
  private readonly values: (T | undefined)[];
  /**
   * One bit per hash (Fibonacci-hashed to `filterShift`'s width), sixteen bits or more per key: a word the table lacks (most
   * words of a text) is turned away by a bitset that stays in cache, not by a probe of the larger table.
   */
  private readonly filter: Uint32Array;
  private readonly filterShift: number;

  constructor(entries: Map<number, T>) {
    let size = 64;
    while (size < entries.size * 4) size *= 2;
    this.keys = new Uint32Array(size);
    this.values = new Array<T | undefined>(size);
    let bits = 16;
    while (1 << bits < entries.size * 16 && bits < 22) bits++;
    this.filter = new Uint32Array(1 << (bits - 5));
    this.filterShift = 32 - bits;
    for (const [hash, value] of entries) {
      const bit = Math.imul(hash === 0 ? 1 : hash, 0x9e3779b1) >>> this.filterShift;
      this.filter[bit >>> 5] |= 1 << (bit & 31);
      // 0 marks an empty slot; a hash of 0 is kept as 1 (a collision only costs a pattern run).
      const key = hash === 0 ? 1 : hash;
      let slot = key & (size - 1);
      while (this.keys[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.keys[slot] = key;
      this.values[slot] = value;
    }
  }

  /** Whether the table may hold the hash (false: it surely does not). */
  has(hash: number): boolean {
    const bit = Math.imul(hash === 0 ? 1 : hash, 0x9e3779b1) >>> this.filterShift;
    return (this.filter[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  get(hash: number): T | undefined {
    const key = hash === 0 ? 1 : hash;
    const bit = Math.imul(key, 0x9e3779b1) >>> this.filterShift;
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return undefined;
    const mask = this.keys.length - 1;
    for (let slot = key & mask; this.keys[slot] !== 0; slot = (slot + 1) & mask) if (this.keys[slot] === key) return this.values[slot];
    return undefined;
  }
}

interface Tables {
  words: HashTable<WordEntry>;
  stems: HashTable<number[]>;
  stemPrefixes: HashTable<true>;
}

let tables: Tables | null = null;

function tablesOf(): Tables {
  return (tables ??= { words: new HashTable(wordsByHash), stems: new HashTable(stemsByHash), stemPrefixes: new HashTable(stemPrefixes) });
}


function entryOf(word: string): WordEntry {
  const hash = fnv1a(word);
  let entry = wordsByHash.get(hash);
  if (!entry) wordsByHash.set(hash, (entry = { id: wordsByHash.size, families: [], anchors: [] }));
  return entry;
}

function newFamily(): number {
  tables = null;
  return families++;
}

/** Families already made, by their words: the same words make the same family (a table's templates share many). */
const familiesByWords = new Map<string, number>();

/** A family whose matches each contain one of these words, or every word of one of these phrases. */
export function triggerFamily(words: readonly string[]): number {
  const key = [...new Set(words.map((word) => word.toLowerCase()))].sort().join("\u0000");
  const known = familiesByWords.get(key);
  if (known !== undefined) return known;
  const family = newFamily();
  familiesByWords.set(key, family);
  for (const phrase of words) {
    const parts = [...new Set(phrase.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean))];
    if (parts.length === 0) throw new Error(`no word in trigger "${phrase}"`);
    if (parts.length === 1) {
      entryOf(parts[0]).families.push(family);
      continue;
    }
    const index = phrases.push({ family, words: parts.map((part) => entryOf(part).id) }) - 1;
    const anchor = parts.reduce((a, b) => (b.length > a.length ? b : a));
    entryOf(anchor).anchors.push(index);
  }
  return family;
}

/** A new family whose matches each contain a word beginning with one of these stems (4 to 6 letters). */
export function triggerStems(stems: readonly string[]): number {
  const family = newFamily();
  for (const stem of stems) {
    const lower = stem.toLowerCase();
    if (!STEM_LENGTHS.includes(lower.length) || /[^\p{L}\p{M}\p{N}]/u.test(lower)) throw new Error(`a stem is 4 to 6 letters: "${stem}"`);
    const hash = fnv1a(lower);
    stemsByHash.set(hash, [...(stemsByHash.get(hash) ?? []), family]);
    stemPrefixes.set(fnv1a(lower.slice(0, 4)), true);
  }
  return family;
}

/** Whether a family is present in a text's triggers. */
export function hasFamily(triggers: Triggers, family: number): boolean {
  return (triggers[family >>> 5] & (1 << (family & 31))) !== 0;
}

/** Whether a field may hold a family's words: its triggers hold the family, or it has no triggers read (every pattern runs). */
export function mayHold(field: { triggers?: Triggers }, family: number): boolean {
  return field.triggers === undefined || hasFamily(field.triggers, family);
}

/** Each BMP decimal digit's value (0 to 9), -1 for any other code unit: digits of every script read as one. */
const DIGIT_VALUE = (() => {
  const table = new Int8Array(0x10000).fill(-1);
  const decimal = /\p{Nd}/u;
  for (let code = 1; code < 0x10000; code++) {
    if ((code >= 0xd800 && code <= 0xdfff) || !decimal.test(String.fromCharCode(code))) continue;
    // Unicode puts each script's digits in a run of ten, zero first.
    table[code] = table[code - 1] >= 0 && table[code - 1] < 9 ? table[code - 1] + 1 : 0;
  }
  return table;
})();

/**
 * For each BMP code unit that is a letter, mark or digit as `\p{L}\p{M}\p{N}` says, its lower case (itself
 * when lower-casing gives more than one unit; a decimal digit of any script as the ASCII one);
 * 0 for every other unit. Built once.
 */
export const WORD_LOWER = (() => {
  const table = new Uint16Array(0x10000);
  const wordChar = /[\p{L}\p{M}\p{N}]/u;
  for (let code = 1; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (!wordChar.test(char)) continue;
    const lower = char.toLowerCase();
    table[code] = DIGIT_VALUE[code] >= 0 ? 48 + DIGIT_VALUE[code] : lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return table;
})();

/**
 * The text with every decimal digit of another script written as the ASCII one, unit for unit (offsets
 * hold): "١٥ سنة", "۱۵ ساله", "১৫ বছর", "１５歳" are read as "15 سنة"… by the patterns, which match ASCII digits.
 */
export function asciiDigits(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || DIGIT_VALUE[code] < 0) continue;
    out += text.slice(from, i) + String.fromCharCode(48 + DIGIT_VALUE[code]);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The words seen in the text that anchor phrases (each once): reused from pass to pass, as is `seenAt`. */
const anchorsSeen: WordEntry[] = [];
/** When each word was last seen (the pass's stamp), by word id: reused from pass to pass. */
let seenAt = new Uint32Array(0);
let stamp = 0;

/**
 * A zeroed array of `size` words, cut from a larger block: one allocation serves thousands of texts (allocating a typed
 * array for each was the quick pass's largest single cost once the families numbered a thousand).
 */
let block = new Uint32Array(0);
let blockUsed = 0;
function freshTriggers(size: number): Uint32Array {
  if (blockUsed + size > block.length) {
    block = new Uint32Array(Math.max(size, 1 << 12));
    blockUsed = 0;
  }
  const slice = block.subarray(blockUsed, blockUsed + size);
  blockUsed += size;
  return slice;
}

function markStem(found: Uint32Array, stemFamilies: number[] | undefined): void {
  if (stemFamilies) for (const family of stemFamilies) found[family >>> 5] |= 1 << (family & 31);
}

/** The families that could match somewhere in `text`. */
export function triggersOf(text: string): Triggers {
  const { words, stems, stemPrefixes: prefixes } = tablesOf();
  if (seenAt.length < wordsByHash.size) seenAt = new Uint32Array(wordsByHash.size);
  if (++stamp === 0xffffffff) {
    seenAt.fill(0);
    stamp = 1;
  }
  const found = freshTriggers((families + 31) >>> 5);
  let anchorCount = 0;
  let length = 0;
  let hash = 0;
  // The hash after the word's fourth, fifth and sixth letters: the hashes of the stems it may begin with.
  let hash4 = 0;
  let hash5 = 0;
  let hash6 = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? WORD_LOWER[text.charCodeAt(i)] : 0;
    if (code !== 0) {
      // The word's hash grows as it is read (FNV-1a, as base/hashing.ts computes it).
      hash = Math.imul((length > 0 ? hash : 0x811c9dc5) ^ code, 0x01000193);
      length++;
      if (length === 4) hash4 = hash;
      else if (length === 5) hash5 = hash;
      else if (length === 6) hash6 = hash;
      if (code >= 48 && code <= 57) {
        found[DIGIT >>> 5] |= 1 << (DIGIT & 31);
        if (text.charCodeAt(i) > 0x7f) found[OTHER_DIGITS >>> 5] |= 1 << (OTHER_DIGITS & 31);
      }
      else if (code >= 0x0e01 && isUnspacedLetter(code)) found[UNSPACED >>> 5] |= 1 << (UNSPACED & 31);
    } else if (length > 0) {
      // Stems are looked up once a word is whole, and only when its first four letters begin one (most words begin none):
      // one look in a small bitset per word instead of three.
      if (length >= 4 && prefixes.has(hash4 >>> 0)) {
        markStem(found, stems.get(hash4 >>> 0));
        if (length >= 5) markStem(found, stems.get(hash5 >>> 0));
        if (length >= 6) markStem(found, stems.get(hash6 >>> 0));
      }
      length = 0;
      const entry = words.get(hash >>> 0);
      // A word seen before in this text has set its families and queued its phrases already.
      if (entry === undefined || seenAt[entry.id] === stamp) continue;
      seenAt[entry.id] = stamp;
      for (const family of entry.families) found[family >>> 5] |= 1 << (family & 31);
      if (entry.anchors.length > 0) anchorsSeen[anchorCount++] = entry;
    }
  }
  // A phrase's family is present when every one of its words was seen (in any order: enough for a quick pass).
  for (let a = 0; a < anchorCount; a++) {
    for (const index of anchorsSeen[a].anchors) {
      const phrase = phrases[index];
      if (phrase.words.every((id) => seenAt[id] === stamp)) found[phrase.family >>> 5] |= 1 << (phrase.family & 31);
    }
  }
  return found;
}
