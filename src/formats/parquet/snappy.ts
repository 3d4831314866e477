/**
 * Snappy block compression (the format Parquet's SNAPPY codec stores), written for the release's
 * message pages: the input is cut into 64 KiB blocks as the reference compressor cuts it (every
 * copy offset then fits in two bytes, and a block's hash table holds 16-bit positions), and the
 * output goes into one buffer sized for the worst case, so no element is appended through a
 * growing writer. Any Snappy decoder reads what this writes.
 */

const BLOCK_BYTES = 1 << 16;
const HASH_BITS = 14;
/** Below this many bytes of a block no match is looked for (the reference's input margin). */
const INPUT_MARGIN = 15;
const hashTable = new Uint16Array(1 << HASH_BITS);

/** The most bytes a Snappy encoding of `length` bytes can take. */
export function maxCompressedLength(length: number): number {
  return 32 + length + Math.floor(length / 6);
}

function load32(view: DataView, p: number): number {
  return view.getUint32(p, true);
}

function hash(value: number, shift: number): number {
  return Math.imul(value, 0x1e35a7bd) >>> shift;
}

function writeLiteral(input: Uint8Array, from: number, to: number, out: Uint8Array, o: number): number {
  // A literal lies within one block of at most 64 KiB: its length takes at most two bytes.
  const n = to - from - 1;
  if (n < 60) out[o++] = n << 2;
  else if (n < 0x100) {
    out[o++] = 60 << 2;
    out[o++] = n;
  } else {
    out[o++] = 61 << 2;
    out[o++] = n & 0xff;
    out[o++] = n >>> 8;
  }
  // Short literals (most, between matches) byte by byte: a subarray per literal costs more.
  if (to - from < 32) {
    for (let i = from; i < to; i++) out[o++] = input[i];
    return o;
  }
  out.set(input.subarray(from, to), o);
  return o + (to - from);
}

function writeCopy(offset: number, length: number, out: Uint8Array, o: number): number {
  // 64-byte copies while more than 67 remain (so that what is left is at least 4 bytes).
  while (length >= 68) {
    out[o++] = 2 | (63 << 2);
    out[o++] = offset & 0xff;
    out[o++] = offset >>> 8;
    length -= 64;
  }
  if (length > 64) {
    out[o++] = 2 | (59 << 2);
    out[o++] = offset & 0xff;
    out[o++] = offset >>> 8;
    length -= 60;
  }
  if (length < 12 && offset < 2048) {
    out[o++] = 1 | ((length - 4) << 2) | ((offset >>> 8) << 5);
    out[o++] = offset & 0xff;
  } else {
    out[o++] = 2 | ((length - 1) << 2);
    out[o++] = offset & 0xff;
    out[o++] = offset >>> 8;
  }
  return o;
}

/**
 * How many bytes from `ip` equal those from `candidate` (the first four are known to), to `end`.
 * Four at a time; where four differ, the first differing byte is the lowest set byte of their XOR
 * (little-endian loads), found with one count of leading zeros instead of a byte loop whose exit
 * the processor cannot predict (a quarter of the compressor's time on chat text).
 */
function matchLength(input: Uint8Array, view: DataView, candidate: number, ip: number, end: number): number {
  let matched = 4;
  while (ip + matched + 4 <= end) {
    const diff = load32(view, ip + matched) ^ load32(view, candidate + matched);
    if (diff !== 0) return matched + ((31 - Math.clz32(diff & -diff)) >>> 3);
    matched += 4;
  }
  while (ip + matched < end && input[ip + matched] === input[candidate + matched]) matched++;
  return matched;
}

/** Compresses one block `input[start, end)` (at most 64 KiB) into `out` at `o`; returns the end. */
function compressBlock(input: Uint8Array, view: DataView, start: number, end: number, out: Uint8Array, o: number): number {
  const length = end - start;
  let nextEmit = start;
  if (length >= INPUT_MARGIN) {
    let bits = 8;
    while (bits < HASH_BITS && 1 << bits < length) bits++;
    const shift = 32 - bits;
    hashTable.fill(0, 0, 1 << bits);
    const limit = end - INPUT_MARGIN;
    let ip = start + 1;
    let nextValue = load32(view, ip);
    for (;;) {
      // Look for a match, stepping further the longer none is found (incompressible input).
      let skip = 32;
      let candidate = 0;
      let nextIp = ip;
      let value = 0;
      do {
        ip = nextIp;
        value = nextValue;
        const h = hash(value, shift);
        nextIp = ip + (skip++ >>> 5);
        if (nextIp > limit) return writeLiteral(input, nextEmit, end, out, o);
        nextValue = load32(view, nextIp);
        candidate = start + hashTable[h];
        hashTable[h] = ip - start;
      } while (value !== load32(view, candidate));

      o = writeLiteral(input, nextEmit, ip, out, o);
      // Copies as long as the next position matches again.
      for (;;) {
        const matched = matchLength(input, view, candidate, ip, end);
        o = writeCopy(ip - candidate, matched, out, o);
        ip += matched;
        nextEmit = ip;
        if (ip >= limit) return nextEmit < end ? writeLiteral(input, nextEmit, end, out, o) : o;
        hashTable[hash(load32(view, ip - 1), shift)] = ip - 1 - start;
        const h = hash(load32(view, ip), shift);
        candidate = start + hashTable[h];
        hashTable[h] = ip - start;
        if (load32(view, ip) !== load32(view, candidate)) break;
      }
      ip++;
      nextValue = load32(view, ip);
    }
  }
  return nextEmit < end ? writeLiteral(input, nextEmit, end, out, o) : o;
}

/** The Snappy encoding of `input`. */
export function snappyCompress(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(maxCompressedLength(input.length));
  let o = 0;
  // The uncompressed length as a varint.
  for (let n = input.length; ; ) {
    if (n < 0x80) {
      out[o++] = n;
      break;
    }
    out[o++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  for (let start = 0; start < input.length; start += BLOCK_BYTES) o = compressBlock(input, view, start, Math.min(input.length, start + BLOCK_BYTES), out, o);
  return out.subarray(0, o);
}
