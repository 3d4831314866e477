/**
 * Growing typed arrays, the one way pippa grows them: doubled (or to what is needed), the used
 * part copied. Buffers that hold a corpus-sized list of numbers (line ends, hashes, packed values)
 * grow through here instead of each keeping its own copy of the loop.
 */
export type NumberArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** `array` when `used + more` elements fit in it, else a larger one holding its first `used` elements. */
export function withRoom<T extends NumberArray>(array: T, used: number, more: number): T {
  if (used + more <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, used + more));
  grown.set(array.subarray(0, used) as ArrayLike<number>);
  return grown;
}

/** A list of numbers in a typed array that grows as they are pushed; `data` is valid to `length`. */
export class NumberList<T extends NumberArray> {
  length = 0;

  constructor(public data: T) {}

  /** Makes room for `more` values past the end. */
  reserve(more: number): void {
    this.data = withRoom(this.data, this.length, more);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(1);
    this.data[this.length++] = value;
  }

  /** Appends every value of `values`. */
  append(values: ArrayLike<number>): void {
    this.reserve(values.length);
    this.data.set(values, this.length);
    this.length += values.length;
  }

  /** The values as a view (valid until the next push). */
  get view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
