/**
 * The numbers pass 1 sends back per record (dedup features, the card's message counts) packed
 * into one Uint32Array per batch: one buffer crosses threads instead of five typed arrays per
 * record, each with its own allocation, for the receiving thread to adopt, account and collect.
 * Unpacked values are views into the batch's array.
 */
import type { DedupFeatures } from "../../stages/dedup/dedup-index.js";

const ABSENT = 0xffffffff;

/** A growing Uint32Array a batch's records are packed into, one after another. */
export class NumberPacker {
  private data = new Uint32Array(4096);
  private used = 0;

  /** Packs one record's features (or none) and counts; returns where they start. */
  pack(features: DedupFeatures | null, counts: Uint32Array): number {
    const at = this.used;
    if (features === null) this.push(0);
    else {
      this.push(1);
      this.push(features.messages);
      this.push(features.chars);
      this.push(features.fullHash);
      for (const values of [features.prefixes, features.signature, features.messageSet, features.messageSignature]) this.pushArray(values);
    }
    this.pushArray(counts);
    return at;
  }

  /** What was packed, trimmed (a fresh array for the next batch follows). */
  take(): Uint32Array {
    const packed = this.data.slice(0, this.used);
    this.used = 0;
    return packed;
  }

  private push(value: number): void {
    if (this.used === this.data.length) this.grow(1);
    this.data[this.used++] = value;
  }

  private pushArray(values: Uint32Array | null): void {
    if (values === null) return this.push(ABSENT);
    this.push(values.length);
    if (this.used + values.length > this.data.length) this.grow(values.length);
    this.data.set(values, this.used);
    this.used += values.length;
  }

  private grow(more: number): void {
    const grown = new Uint32Array(Math.max(this.data.length * 2, this.used + more));
    grown.set(this.data.subarray(0, this.used));
    this.data = grown;
  }
}

/** One record's features and counts from a packed batch, as views. */
export function unpackNumbers(packed: Uint32Array, at: number): { features: DedupFeatures | null; counts: Uint32Array } {
  let p = at;
  const array = (): Uint32Array | null => {
    const length = packed[p++];
    if (length === ABSENT) return null;
    const values = packed.subarray(p, p + length);
    p += length;
    return values;
  };
  let features: DedupFeatures | null = null;
  if (packed[p++] === 1) {
    const messages = packed[p++];
    const chars = packed[p++];
    const fullHash = packed[p++];
    features = { messages, chars, fullHash, prefixes: array(), signature: array(), messageSet: array(), messageSignature: array() };
  }
  return { features, counts: array()! };
}
