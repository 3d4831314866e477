/**
 * What dedup compares: a conversation's messages without the greeting (every chat with a bot
 * shares it) and without the bot fields, as lower-case words, hashed five at a time (word 5-grams).
 */
import type { PippaMessage } from "../../model/pippa-record.js";
import { combine, fnv1a } from "./hashing.js";

export const SHINGLE_WORDS = 5;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The messages dedup looks at: all but a leading greeting. */
export function comparableMessages(conversation: readonly PippaMessage[], greeting: string): readonly PippaMessage[] {
  return conversation.length > 0 && !conversation[0].is_human && conversation[0].message === greeting ? conversation.slice(1) : conversation;
}

/** The distinct 5-gram hashes of the messages' words (shorter texts give one shingle of all their words). */
export function shingleSet(messages: readonly PippaMessage[], size = SHINGLE_WORDS): Uint32Array {
  const words: number[] = [];
  for (const message of messages) {
    for (const match of message.message.toLowerCase().matchAll(WORD)) words.push(fnv1a(match[0]));
    words.push(message.is_human ? 0x68756d61 : 0x626f7421); // a turn boundary, so "a|b c" and "a b|c" differ
  }
  const shingles = new Set<number>();
  if (words.length === 0) return new Uint32Array(0);
  if (words.length < size) {
    let hash = 0;
    for (const word of words) hash = combine(hash, word);
    shingles.add(hash);
  } else {
    for (let i = 0; i + size <= words.length; i++) {
      let hash = 0;
      for (let k = 0; k < size; k++) hash = combine(hash, words[i + k]);
      shingles.add(hash);
    }
  }
  return Uint32Array.from(shingles).sort();
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
