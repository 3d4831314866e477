/**
 * Compact stores for what dedup keeps per conversation across a whole corpus. A build holds them
 * from its first record to its last; as millions of small arrays and typed arrays they made every
 * full garbage collection of the thread walk them all, as a few large typed arrays they cost the
 * collector nothing.
 */

/** Many short Uint32Array values (or nulls) in one growing buffer, addressed by their position. */
export class Uint32Arena {
  private data = new Uint32Array(1 << 16);
  private used = 0;
  /** Per value: its start, or -1 for null; its length. */
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Appends a copy of `values` (or a null). */
  push(values: Uint32Array | null): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts, this.count + 1);
      this.lengths = grow(this.lengths, this.count + 1);
    }
    if (values === null) {
      this.starts[this.count] = -1;
      this.lengths[this.count++] = 0;
      return;
    }
    if (this.used + values.length > this.data.length) this.data = grow(this.data, this.used + values.length);
    this.data.set(values, this.used);
    this.starts[this.count] = this.used;
    this.lengths[this.count++] = values.length;
    this.used += values.length;
  }

  /** Value `index` as a view (valid until the next push), or null. */
  get(index: number): Uint32Array | null {
    const start = this.starts[index];
    return start < 0 ? null : this.data.subarray(start, start + this.lengths[index]);
  }
}

function grow<T extends Uint32Array | Int32Array>(array: T, needed: number): T {
  const grown = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, needed));
  grown.set(array);
  return grown;
}

/**
 * Integer keys (any 32-bit hash) to the indices added under them, in order. A key with one index
 * holds a number, not an array: most keys of a hash index never see a second one.
 */
export class IntMultiMap {
  /** Key (as a signed 32-bit number, which V8 keeps unboxed) -> its only index, or -1 - its list's number. */
  private readonly entries = new Map<number, number>();
  private readonly lists: number[][] = [];

  add(key: number, index: number): void {
    const k = key | 0;
    const entry = this.entries.get(k);
    if (entry === undefined) this.entries.set(k, index);
    else if (entry >= 0) {
      this.entries.set(k, -1 - this.lists.length);
      this.lists.push([entry, index]);
    } else this.lists[-1 - entry].push(index);
  }

  /** Calls `visit` with each index added under `key`, in order. */
  each(key: number, visit: (index: number) => void): void {
    const entry = this.entries.get(key | 0);
    if (entry === undefined) return;
    if (entry >= 0) visit(entry);
    else for (const index of this.lists[-1 - entry]) visit(index);
  }

  /** The index lists of keys with two indices or more, in the order the keys were first added. */
  *groups(): Generator<readonly number[]> {
    for (const entry of this.entries.values()) if (entry < 0) yield this.lists[-1 - entry];
  }
}
