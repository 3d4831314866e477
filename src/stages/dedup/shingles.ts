/**
 * What dedup compares: a conversation's messages without the greeting (every chat with a bot
 * shares it) and without the bot fields, as lower-case words, hashed five at a time (word 5-grams).
 */
import type { PippaMessage } from "../../model/pippa-record.js";
import { whitespaceUnits, type TextMeasure } from "../../base/measure-text.js";
import { withRoom } from "../../base/growable.js";
import { wordUnits } from "../char-tables.js";
import { combine, mix32 } from "../../base/hashing.js";

export const SHINGLE_WORDS = 5;

/** The messages dedup looks at: all but a leading greeting. */
export function comparableMessages(conversation: readonly PippaMessage[], greeting: string): readonly PippaMessage[] {
  return greetingTurns(conversation, greeting) === 1 ? conversation.slice(1) : conversation;
}

/** 1 when the conversation opens with the bot's greeting (left out of near comparison), else 0. */
export function greetingTurns(conversation: readonly PippaMessage[], greeting: string): 0 | 1 {
  return conversation.length > 0 && !conversation[0].is_human && conversation[0].message === greeting ? 1 : 0;
}

const TURN_HUMAN = 0x68756d61;
const TURN_BOT = 0x626f7421;
/** The multiplier of the rolling 5-gram hash (an odd 32-bit constant). */
const BASE = 0x01000193;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * A growable list of 32-bit word hashes, reused between conversations. Its own class, not a
 * `NumberList`: pushed once per word of every message, it must stay monomorphic.
 */
export class WordHashes {
  data = new Uint32Array(1024);
  length = 0;

  push(hash: number): void {
    if (this.length === this.data.length) this.data = withRoom(this.data, this.length, 1);
    this.data[this.length++] = hash;
  }
}

/**
 * One pass over a message: appends the hash of every word (letters and digits, lower case, an
 * apostrophe inside a word kept when a letter follows) to `words`, and returns the FNV-1a hash of
 * the whole text (as `fnv1a`), so a message is read once for both. Given `measure`, the same pass
 * also counts its characters and words as `measureText` does.
 */
export function scanMessageWords(text: string, words: WordHashes | null, measure: TextMeasure | null = null): number {
  const table = wordUnits();
  const spaces = whitespaceUnits();
  const counting = measure !== null;
  const length = text.length;
  let whole = FNV_OFFSET;
  let hash = 0;
  let inWord = false;
  // measureText's counts by code unit: every whitespace is one unit, a surrogate pair one character.
  let pairs = 0;
  let spaceWords = 0;
  let afterSpace = 1;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    whole = Math.imul(whole ^ code, FNV_PRIME);
    if (counting) {
      if ((code & 0xfc00) === 0xdc00 && (previous & 0xfc00) === 0xd800) pairs++;
      previous = code;
      if (spaces[code] === 1) afterSpace = 1;
      else {
        spaceWords += afterSpace;
        afterSpace = 0;
      }
    }
    let unit = table[code];
    if (unit === 0 && inWord && i + 1 < length) {
      // An apostrophe joins two words' letters ("don't"); the typographic one any letter or digit.
      const next = text.charCodeAt(i + 1);
      if (code === APOSTROPHE && ((next >= 65 && next <= 90) || (next >= 97 && next <= 122))) unit = APOSTROPHE;
      else if (code === RIGHT_QUOTE && table[next] !== 0) unit = RIGHT_QUOTE;
    }
    if (unit !== 0) {
      if (!inWord) {
        hash = FNV_OFFSET;
        inWord = true;
      }
      hash = Math.imul(hash ^ unit, FNV_PRIME);
    } else if (inWord) {
      words?.push(hash >>> 0);
      inWord = false;
    }
  }
  if (inWord) words?.push(hash >>> 0);
  if (measure) {
    measure.chars = length - pairs;
    measure.words = spaceWords;
  }
  return whole >>> 0;
}

/** Marks the end of a turn among the word hashes, so "a|b c" and "a b|c" differ. */
export function pushTurnBoundary(words: WordHashes, isHuman: boolean): void {
  words.push(isHuman ? TURN_HUMAN : TURN_BOT);
}

/**
 * The distinct 5-gram hashes of the messages' words (shorter texts give one shingle of all their
 * words), sorted. A rolling polynomial hash over word hashes, then a final mix: one pass, no
 * strings, no sets.
 */
export function shingleSet(messages: readonly PippaMessage[], size = SHINGLE_WORDS): Uint32Array {
  const words = new WordHashes();
  for (const message of messages) {
    scanMessageWords(message.message, words);
    pushTurnBoundary(words, message.is_human);
  }
  return shinglesOfWords(words, size);
}

/** The sorted distinct 5-gram hashes of a list of word hashes (see `shingleSet`). */
export function shinglesOfWords(words: WordHashes, size = SHINGLE_WORDS): Uint32Array {
  const hashes = shingleHashes(words, size);
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[unique++] = hashes[i];
  return hashes.slice(0, unique);
}

/**
 * Every 5-gram hash of a list of word hashes, in text order, repeats included: what MinHash needs
 * (a minimum does not care for order or repeats), without the sort a set costs.
 */
export function shingleHashes(wordHashes: WordHashes, size = SHINGLE_WORDS): Uint32Array {
  const words = wordHashes.data;
  const count = wordHashes.length;
  if (count === 0) return new Uint32Array(0);
  if (count < size) {
    let hash = 0;
    for (let k = 0; k < count; k++) hash = combine(hash, words[k]);
    return Uint32Array.of(hash);
  }
  let power = 1; // BASE^(size-1)
  for (let k = 1; k < size; k++) power = Math.imul(power, BASE);
  const hashes = new Uint32Array(count - size + 1);
  let rolling = 0;
  for (let k = 0; k < size; k++) rolling = (Math.imul(rolling, BASE) + words[k]) | 0;
  hashes[0] = mix32(rolling);
  for (let i = size; i < count; i++) {
    rolling = (Math.imul(rolling - Math.imul(words[i - size], power), BASE) + words[i]) | 0;
    hashes[i - size + 1] = mix32(rolling);
  }
  return hashes;
}

/** Whether `values` holds at least `wanted` distinct numbers (stops as soon as it does). */
export function hasDistinct(values: Uint32Array, wanted: number): boolean {
  if (values.length < wanted) return false;
  const seen: number[] = [];
  for (let i = 0; i < values.length && seen.length < wanted; i++) if (!seen.includes(values[i])) seen.push(values[i]);
  return seen.length >= wanted;
}

/** Exact Jaccard similarity of two sorted shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}
