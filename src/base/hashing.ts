/**
 * Fast 32-bit hashes for deduplication: FNV-1a over a string's UTF-16 units, and a mixer
 * (murmur3's finaliser) to derive the independent hash functions MinHash needs. Not for security.
 */

export function fnv1a(text: string, seed = 0x811c9dc5): number {
  return fnv1aRange(text, 0, text.length, seed);
}

/** FNV-1a over `text[start, end)`, continuing from `seed`: chained ranges hash as their concatenation would. */
export function fnv1aRange(text: string, start: number, end: number, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's 32-bit finaliser: a good bijective mix of 32 bits. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two 32-bit hashes (order matters). */
export function combine(a: number, b: number): number {
  return mix32((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);
}
