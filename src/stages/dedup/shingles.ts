/**
 * What dedup compares: a conversation's messages without the greeting (every chat with a bot
 * shares it) and without the bot fields, as lower-case words, hashed five at a time (word 5-grams).
 */
import type { PippaMessage } from "../../model/pippa-record.js";
import { combine, mix32 } from "./hashing.js";

export const SHINGLE_WORDS = 5;

/** The messages dedup looks at: all but a leading greeting. */
export function comparableMessages(conversation: readonly PippaMessage[], greeting: string): readonly PippaMessage[] {
  return conversation.length > 0 && !conversation[0].is_human && conversation[0].message === greeting ? conversation.slice(1) : conversation;
}

const TURN_HUMAN = 0x68756d61;
const TURN_BOT = 0x626f7421;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The multiplier of the rolling 5-gram hash (an odd 32-bit constant). */
const BASE = 0x01000193;

/**
 * Appends the hash of every word of `text` (letters and digits, lower case, an apostrophe inside a
 * word kept) to `out`, scanning characters once without building substrings.
 */
function appendWordHashes(text: string, out: number[]): void {
  const length = text.length;
  let hash = 0;
  let inWord = false;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    let isWordChar: boolean;
    if (code < 128) {
      if (code >= 65 && code <= 90) code += 32;
      isWordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (inWord && (code === 39) && i + 1 < length && /[a-z]/i.test(text[i + 1]));
    } else {
      isWordChar = code === 0x2019 ? inWord && i + 1 < length && LETTER_OR_DIGIT.test(text[i + 1]) : LETTER_OR_DIGIT.test(text[i]);
      if (isWordChar && code !== 0x2019) code = text[i].toLowerCase().charCodeAt(0);
    }
    if (isWordChar) {
      if (!inWord) {
        hash = 0x811c9dc5;
        inWord = true;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
    } else if (inWord) {
      out.push(hash >>> 0);
      inWord = false;
    }
  }
  if (inWord) out.push(hash >>> 0);
}

/**
 * The distinct 5-gram hashes of the messages' words (shorter texts give one shingle of all their
 * words), sorted. A rolling polynomial hash over word hashes, then a final mix: one pass, no
 * strings, no sets.
 */
export function shingleSet(messages: readonly PippaMessage[], size = SHINGLE_WORDS): Uint32Array {
  const words: number[] = [];
  for (const message of messages) {
    appendWordHashes(message.message, words);
    words.push(message.is_human ? TURN_HUMAN : TURN_BOT); // a turn boundary, so "a|b c" and "a b|c" differ
  }
  if (words.length === 0) return new Uint32Array(0);
  if (words.length < size) {
    let hash = 0;
    for (const word of words) hash = combine(hash, word);
    return Uint32Array.of(hash);
  }
  let power = 1; // BASE^(size-1)
  for (let k = 1; k < size; k++) power = Math.imul(power, BASE);
  const hashes = new Uint32Array(words.length - size + 1);
  let rolling = 0;
  for (let k = 0; k < size; k++) rolling = (Math.imul(rolling, BASE) + words[k]) | 0;
  hashes[0] = mix32(rolling);
  for (let i = size; i < words.length; i++) {
    rolling = (Math.imul(rolling - Math.imul(words[i - size], power), BASE) + words[i]) | 0;
    hashes[i - size + 1] = mix32(rolling);
  }
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[unique++] = hashes[i];
  return hashes.slice(0, unique);
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
