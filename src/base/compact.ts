/**
 * Compact stores for what dedup keeps per conversation across a whole corpus. A build holds them
 * from its first record to its last; as millions of small arrays and typed arrays they made every
 * full garbage collection of the thread walk them all, as a few large typed arrays they cost the
 * collector nothing.
 */
import { NumberList } from "./growable.js";

/** Many short Uint32Array values (or nulls) in one growing buffer, addressed by their position. */
export class Uint32Arena {
  private readonly data = new NumberList(new Uint32Array(1 << 16));
  /** Per value: its start, or -1 for null; its length. */
  private readonly starts = new NumberList(new Int32Array(1024));
  private readonly lengths = new NumberList(new Int32Array(1024));

  get length(): number {
    return this.starts.length;
  }

  /** Appends a copy of `values` (or a null). */
  push(values: Uint32Array | null): void {
    this.starts.push(values === null ? -1 : this.data.length);
    this.lengths.push(values === null ? 0 : values.length);
    if (values !== null) this.data.append(values);
  }

  /** Value `index` as a view (valid until the next push), or null. */
  get(index: number): Uint32Array | null {
    const start = this.starts.data[index];
    return start < 0 ? null : this.data.data.subarray(start, start + this.lengths.data[index]);
  }
}

/**
 * Integer keys (any 32-bit hash) to the indices added under them, in order: an open-addressing
 * table in typed arrays (nothing for the collector to walk), a key with one index holding it in
 * place; the few keys that see a second index get a list.
 */
export class IntMultiMap {
  private keys = new Int32Array(1024);
  /** Per slot: its only index, -1 - its list's number, or EMPTY. */
  private values = new Int32Array(1024).fill(EMPTY);
  /** Slots in the order their keys were first added. */
  private readonly order = new NumberList(new Int32Array(512));
  private readonly lists: number[][] = [];

  add(key: number, index: number): void {
    if ((this.order.length + 1) * 2 > this.keys.length) this.rehash();
    const slot = this.slotOf(key | 0);
    const entry = this.values[slot];
    if (entry === EMPTY) {
      this.keys[slot] = key | 0;
      this.values[slot] = index;
      this.order.push(slot);
    } else if (entry >= 0) {
      this.values[slot] = -1 - this.lists.length;
      this.lists.push([entry, index]);
    } else this.lists[-1 - entry].push(index);
  }

  /** Calls `visit` with each index added under `key`, in order. */
  each(key: number, visit: (index: number) => void): void {
    const entry = this.values[this.slotOf(key | 0)];
    if (entry === EMPTY) return;
    if (entry >= 0) visit(entry);
    else for (const index of this.lists[-1 - entry]) visit(index);
  }

  /** The index lists of keys with two indices or more, in the order the keys were first added. */
  *groups(): Generator<readonly number[]> {
    const order = this.order.data;
    for (let i = 0; i < this.order.length; i++) {
      const entry = this.values[order[i]];
      if (entry < 0) yield this.lists[-1 - entry];
    }
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.values[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(): void {
    const { keys, values } = this;
    const order = this.order.data;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(EMPTY);
    for (let i = 0; i < this.order.length; i++) {
      const slot = this.slotOf(keys[order[i]]);
      this.keys[slot] = keys[order[i]];
      this.values[slot] = values[order[i]];
      order[i] = slot;
    }
  }
}

/** An unused slot: below every list marker a corpus can reach. */
const EMPTY = -0x80000000;
