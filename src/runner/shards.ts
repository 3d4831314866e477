/**
 * Deterministic sharding of a file into byte ranges that start at line beginnings, so each range
 * can be scanned on its own (datatrove's `items[i::n]`, for bytes).
 */
import { closeSync, openSync, readSync } from "node:fs";

export interface ByteRange {
  start: number;
  end: number;
}

const PROBE_BYTES = 64 * 1024;

/**
 * Splits `[0, size)` into at most `count` ranges of about equal size, each boundary moved just
 * past the next newline. Ranges are never empty; fewer come back when lines are very long.
 */
export function planShards(path: string, size: number, count: number): ByteRange[] {
  if (count <= 1 || size === 0) return [{ start: 0, end: size }];
  const fd = openSync(path, "r");
  try {
    const probe = new Uint8Array(PROBE_BYTES);
    const boundaries = [0];
    for (let k = 1; k < count; k++) {
      const nominal = Math.max(Math.floor((size * k) / count), boundaries[boundaries.length - 1]);
      const boundary = nextLineStart(fd, probe, nominal, size);
      if (boundary < size && boundary > boundaries[boundaries.length - 1]) boundaries.push(boundary);
    }
    boundaries.push(size);
    const ranges: ByteRange[] = [];
    for (let i = 0; i + 1 < boundaries.length; i++) ranges.push({ start: boundaries[i], end: boundaries[i + 1] });
    return ranges;
  } finally {
    closeSync(fd);
  }
}

/** The index just after the first newline at or after `from`, or `size` if there is none. */
function nextLineStart(fd: number, probe: Uint8Array, from: number, size: number): number {
  let position = from;
  while (position < size) {
    const read = readSync(fd, probe, 0, Math.min(probe.length, size - position), position);
    if (read === 0) break;
    const newline = probe.subarray(0, read).indexOf(0x0a);
    if (newline >= 0) return position + newline + 1;
    position += read;
  }
  return size;
}
