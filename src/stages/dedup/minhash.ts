/**
 * MinHash signatures and LSH banding: each shingle set becomes `bands * rows` minimum hashes, and two sets whose signatures agree on every
 * row of any band become a candidate pair. With 14 bands of 8 rows the S-curve crosses 0.5 at a
 * Jaccard similarity of about 0.70; pairs at 0.9 are candidates with probability 0.9996.
 */
import { IntMultiMap } from "../../base/compact.js";
import { combine, mix32 } from "../../base/hashing.js";

export interface LshOptions {
  bands: number;
  rows: number;
  seed: number;
}

export const DEFAULT_LSH: LshOptions = { bands: 14, rows: 8, seed: 1 };

/**
 * The signature of a shingle set by one-permutation hashing: each shingle is hashed once, its hash
 * picks one of the `bands * rows` bins and the rest of the hash competes for that bin's minimum;
 * empty bins borrow from the next filled bin (rotation densification). One hash per shingle
 * instead of one per shingle and function, with the same collision behaviour for LSH.
 */
export function minhashSignature(shingles: Uint32Array, options: LshOptions = DEFAULT_LSH): Uint32Array {
  const count = options.bands * options.rows;
  if (count >= 2 ** 21) throw new RangeError(`a signature of ${count} values is more than MinHash needs`);
  const signature = new Uint32Array(count).fill(0xffffffff);
  const filled = new Uint8Array(count);
  const seed = mix32(options.seed);
  for (let s = 0; s < shingles.length; s++) {
    const h = mix32(shingles[s] ^ seed);
    // h % count, by a float division: exact for any 32-bit h while count < 2^21 (checked above),
    // and twice as fast as the integer remainder here.
    const bin = h - Math.floor(h / count) * count;
    const value = mix32(h + 0x9e3779b9);
    if (value < signature[bin]) signature[bin] = value;
    filled[bin] = 1;
  }
  if (shingles.length === 0) return signature;
  for (let bin = 0; bin < count; bin++) {
    if (filled[bin]) continue;
    let source = (bin + 1) % count;
    let distance = 1;
    while (!filled[source]) {
      source = (source + 1) % count;
      distance++;
    }
    signature[bin] = mix32(signature[source] + distance * 0x27d4eb2d);
  }
  return signature;
}

/**
 * Key of one band of a signature: its rows hashed to one number. Two different bands may collide
 * (about one in four billion); such a pair is only a candidate, which verification then refuses.
 */
export function bandKey(signature: Uint32Array, band: number, rows: number): number {
  let key = band;
  for (let r = 0; r < rows; r++) key = combine(key, signature[band * rows + r]);
  return key;
}

/** Limit on the conversations a build indexes: a pair is kept as one number, `a * PAIR_BASE + b`. */
export const PAIR_BASE = 2 ** 26;

/** A pair of indices as one number (lower index first). */
export function pairKey(a: number, b: number): number {
  return a < b ? a * PAIR_BASE + b : b * PAIR_BASE + a;
}

/**
 * LSH buckets filled as signatures arrive (a build adds them while its workers are still busy),
 * so that only the pairing is left for the end.
 */
export class LshIndex {
  /** Per band: band key -> the indices whose signature has it. */
  private readonly buckets: IntMultiMap[];

  constructor(private readonly options: LshOptions = DEFAULT_LSH) {
    this.buckets = Array.from({ length: options.bands }, () => new IntMultiMap());
  }

  add(index: number, signature: Uint32Array | null): void {
    if (index >= PAIR_BASE) throw new RangeError(`dedup indexes at most ${PAIR_BASE} conversations`);
    if (!signature) return;
    for (let band = 0; band < this.options.bands; band++) this.buckets[band].add(bandKey(signature, band, this.options.rows), index);
  }

  /** Candidate pairs (lower index first when added in order, each pair once). */
  pairs(): [number, number][] {
    const seen = new Set<number>();
    const out: [number, number][] = [];
    for (const buckets of this.buckets) {
      for (const bucket of buckets.groups()) {
        for (let i = 0; i < bucket.length; i++) {
          for (let j = i + 1; j < bucket.length; j++) {
            const key = pairKey(bucket[i], bucket[j]);
            if (seen.has(key)) continue;
            seen.add(key);
            out.push([bucket[i], bucket[j]]);
          }
        }
      }
    }
    return out;
  }
}

/** Candidate pairs (lower index first, each pair once) from signatures indexed by position. */
export function lshCandidates(signatures: readonly (Uint32Array | null)[], options: LshOptions = DEFAULT_LSH): [number, number][] {
  if (signatures.length > PAIR_BASE) throw new RangeError(`dedup indexes at most ${PAIR_BASE} conversations, got ${signatures.length}`);
  const index = new LshIndex(options);
  signatures.forEach((signature, i) => index.add(i, signature));
  return index.pairs();
}
