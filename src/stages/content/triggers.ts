/**
 * One quick pass over a text tells which rule families could match in it, so that each exact
 * pattern (Unicode word boundaries, many alternatives: slow) runs only where one of its words is.
 * Each family registers the words its matches must contain (a phrase: all of its words); the
 * pass lower-cases the text, cuts it into words as the patterns' `\p{L}\p{N}` boundaries do, and
 * looks each word's hash up. A hash collision only runs a pattern for nothing; a word a pattern
 * needs is never missed (astral-plane letters aside, which the cut treats as boundaries).
 */

/** Set when the text holds any digit (for the families that match numbers). */
export const DIGIT = 1;

/** A phrase of several words: its family, and how many distinct words it needs. */
interface Phrase {
  family: number;
  parts: number;
}

/** Each word's hash: the families a lone word of it starts, and the phrases it is part of (with its bit in each). */
const wordsByHash = new Map<number, { families: number; phrases: [phrase: number, bit: number][] }>();
const phrases: Phrase[] = [];
let nextBit = 2;
/** A word or stem hash to what it starts: an open-addressing table (a Map lookup per word is most of a pass). */
class HashTable<T> {
  private keys = new Uint32Array(0);
  private values: (T | undefined)[] = [];

  constructor(private readonly merge: (a: T, b: T) => T) {}

  static build<T>(entries: Map<number, T>, merge: (a: T, b: T) => T): HashTable<T> {
    const table = new HashTable<T>(merge);
    let size = 64;
    while (size < entries.size * 4) size *= 2;
    table.keys = new Uint32Array(size);
    table.values = new Array<T | undefined>(size);
    for (const [hash, value] of entries) {
      // 0 marks an empty slot; a hash of 0 is kept as 1 (a collision only costs a pattern run).
      const key = hash === 0 ? 1 : hash;
      let slot = key & (size - 1);
      while (table.keys[slot] !== 0 && table.keys[slot] !== key) slot = (slot + 1) & (size - 1);
      table.keys[slot] = key;
      const existing = table.values[slot];
      table.values[slot] = existing === undefined ? value : merge(existing, value);
    }
    return table;
  }

  get(hash: number): T | undefined {
    const key = hash === 0 ? 1 : hash;
    const mask = this.keys.length - 1;
    for (let slot = key & mask; this.keys[slot] !== 0; slot = (slot + 1) & mask) if (this.keys[slot] === key) return this.values[slot];
    return undefined;
  }
}

function hashWord(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function entryOf(word: string): WordEntry {
  const hash = hashWord(word, 0, word.length);
  let entry = wordsByHash.get(hash);
  if (!entry) wordsByHash.set(hash, (entry = { families: 0, phrases: [] }));
  return entry;
}

type WordEntry = { families: number; phrases: [number, number][] };
const mergeWords = (a: WordEntry, b: WordEntry): WordEntry => ({ families: a.families | b.families, phrases: [...a.phrases, ...b.phrases] });

/** Stems (the first 4 to 6 letters of a word, for inflected forms: "transa", "gozar") by hash: their families. */
const stemsByHash = new Map<number, number>();
const STEM_LENGTHS = [4, 5, 6];

let tables: { words: HashTable<WordEntry>; stems: HashTable<number> } | null = null;

function tablesOf(): { words: HashTable<WordEntry>; stems: HashTable<number> } {
  return (tables ??= { words: HashTable.build(wordsByHash, mergeWords), stems: HashTable.build(stemsByHash, (a, b) => a | b) });
}

/** A new family whose matches each contain a word beginning with one of these stems (4 to 6 letters); its bit. */
export function triggerStems(stems: readonly string[]): number {
  const family = newFamily();
  for (const stem of stems) {
    const lower = stem.toLowerCase();
    if (!STEM_LENGTHS.includes(lower.length) || /[^\p{L}\p{N}]/u.test(lower)) throw new Error(`a stem is 4 to 6 letters: "${stem}"`);
    const hash = hashWord(lower, 0, lower.length);
    stemsByHash.set(hash, (stemsByHash.get(hash) ?? 0) | family);
  }
  return family;
}

function newFamily(): number {
  if (nextBit > 2 ** 30) throw new Error("too many trigger families");
  tables = null;
  const family = nextBit;
  nextBit *= 2;
  return family;
}

/** A new family whose matches each contain one of these words, or every word of one of these phrases; its bit. */
export function triggerFamily(words: readonly string[]): number {
  const family = newFamily();
  for (const phrase of words) {
    const parts = [...new Set(phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
    if (parts.length === 0) throw new Error(`no word in trigger "${phrase}"`);
    if (parts.length === 1) {
      entryOf(parts[0]).families |= family;
      continue;
    }
    if (parts.length > 30) throw new Error(`trigger "${phrase}" has too many words`);
    const index = phrases.push({ family, parts: parts.length }) - 1;
    parts.forEach((part, i) => entryOf(part).phrases.push([index, 1 << i]));
  }
  return family;
}

/**
 * For each BMP code unit that is a letter or digit as `\p{L}\p{N}` says, its lower case (itself
 * when lower-casing gives more than one unit); 0 for every other unit. Built once.
 */
const WORD_LOWER = (() => {
  const table = new Uint16Array(0x10000);
  const wordChar = /[\p{L}\p{N}]/u;
  for (let code = 1; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (!wordChar.test(char)) continue;
    const lower = char.toLowerCase();
    table[code] = lower.length === 1 ? lower.charCodeAt(0) : code;
  }
  return table;
})();

/** The families (bits) that could match somewhere in `text`. */
export function triggersOf(text: string): number {
  const { words, stems } = tablesOf();
  let families = 0;
  let seen: Map<number, number> | null = null;
  let length = 0;
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? WORD_LOWER[text.charCodeAt(i)] : 0;
    if (code !== 0) {
      // The word's hash grows as it is read (FNV-1a, as hashWord computes it): after 4 to 6
      // letters it is the hash of the word's stem.
      hash = Math.imul((length > 0 ? hash : 0x811c9dc5) ^ code, 0x01000193);
      length++;
      if (length >= 4 && length <= 6) families |= stems.get(hash >>> 0) ?? 0;
      if (code >= 48 && code <= 57) families |= DIGIT;
    } else if (length > 0) {
      length = 0;
      const entry = words.get(hash >>> 0);
      if (entry === undefined) continue;
      families |= entry.families;
      for (const [phrase, bit] of entry.phrases) {
        seen ??= new Map();
        seen.set(phrase, (seen.get(phrase) ?? 0) | bit);
      }
    }
  }
  // A phrase's family holds when every one of its words was seen (in any order: enough for a quick pass).
  if (seen) for (const [phrase, bits] of seen) if (bits === 2 ** phrases[phrase].parts - 1) families |= phrases[phrase].family;
  return families;
}
