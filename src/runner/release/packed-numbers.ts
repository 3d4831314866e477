/**
 * The numbers pass 1 sends back per record (dedup features, the card's message counts) packed
 * into one Uint32Array per batch: one buffer crosses threads instead of five typed arrays per
 * record, each with its own allocation, for the receiving thread to adopt, account and collect.
 * Unpacked values are views into the batch's array.
 */
import { NumberList } from "../../base/growable.js";
import type { DedupFeatures } from "../../stages/dedup/dedup-index.js";

const ABSENT = 0xffffffff;

/** A growing Uint32Array a batch's records are packed into, one after another. */
export class NumberPacker {
  private readonly list = new NumberList(new Uint32Array(4096));

  /** Packs one record's features (or none) and counts; returns where they start. */
  pack(features: DedupFeatures | null, counts: Uint32Array): number {
    const at = this.list.length;
    if (features === null) this.list.push(0);
    else {
      this.list.push(1);
      this.list.push(features.messages);
      this.list.push(features.chars);
      this.list.push(features.fullHash);
      for (const values of [features.prefixes, features.signature, features.messageSet, features.messageSignature]) this.pushArray(values);
    }
    this.pushArray(counts);
    return at;
  }

  /** What was packed, trimmed (a fresh array for the next batch follows). */
  take(): Uint32Array {
    const packed = this.list.view.slice();
    this.list.length = 0;
    return packed;
  }

  private pushArray(values: Uint32Array | null): void {
    if (values === null) return this.list.push(ABSENT);
    this.list.push(values.length);
    this.list.append(values);
  }
}

/** One record's features and counts from a packed batch, as views. */
export function unpackNumbers(packed: Uint32Array, at: number): { features: DedupFeatures | null; counts: Uint32Array; next: number } {
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
  const counts = array()!;
  return { features, counts, next: p };
}
