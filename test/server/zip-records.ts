/** Reading a zip from its end, as the release zip tests do: the end records, the central directory, a data descriptor. */
import assert from "node:assert/strict";
import type { Readable } from "node:stream";

const TAIL = 64 * 1024;

/** Reads the whole stream, keeping only its total length and its last `TAIL` bytes. */
export async function tailOf(stream: Readable): Promise<{ total: number; tail: Buffer }> {
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    kept.push(chunk);
    keptBytes += chunk.length;
    while (keptBytes - kept[0].length >= TAIL) keptBytes -= kept.shift()!.length;
  }
  const tail = Buffer.concat(kept);
  return { total, tail: tail.subarray(Math.max(0, tail.length - TAIL)) };
}

export interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  zip64: boolean;
}

export interface ZipEnd {
  entries: CentralEntry[];
  centralOffset: number;
  /** The ZIP64 end-of-central-directory record and locator, when there. */
  zip64: boolean;
}

/** The end records and central directory, read from the archive's tail; `total` places the tail in the archive. */
export function readEnd(tail: Buffer, total: number): ZipEnd {
  const at = (offset: number) => offset - (total - tail.length);
  const end = tail.length - 22;
  assert.equal(tail.readUInt32LE(end), 0x06054b50, "end of central directory record");
  let count = tail.readUInt16LE(end + 10);
  let centralSize = tail.readUInt32LE(end + 12);
  let centralOffset = tail.readUInt32LE(end + 16);
  const locator = end - 20;
  const zip64 = tail.readUInt32LE(locator) === 0x07064b50;
  if (zip64) {
    const record = at(Number(tail.readBigUInt64LE(locator + 8)));
    assert.equal(record, locator - 56, "the ZIP64 record lies just before its locator");
    assert.equal(tail.readUInt32LE(record), 0x06064b50, "ZIP64 end of central directory record");
    count = Number(tail.readBigUInt64LE(record + 32));
    centralSize = Number(tail.readBigUInt64LE(record + 40));
    centralOffset = Number(tail.readBigUInt64LE(record + 48));
  }
  assert.equal(centralOffset + centralSize, total - 22 - (zip64 ? 76 : 0), "the central directory ends where the end records begin");
  const entries: CentralEntry[] = [];
  let cursor = at(centralOffset);
  for (let index = 0; index < count; index++) {
    assert.equal(tail.readUInt32LE(cursor), 0x02014b50, "central directory entry");
    const nameLength = tail.readUInt16LE(cursor + 28);
    const extraLength = tail.readUInt16LE(cursor + 30);
    const entry: CentralEntry = {
      name: tail.toString("utf8", cursor + 46, cursor + 46 + nameLength),
      method: tail.readUInt16LE(cursor + 10),
      crc: tail.readUInt32LE(cursor + 16),
      compressedSize: tail.readUInt32LE(cursor + 20),
      size: tail.readUInt32LE(cursor + 24),
      offset: tail.readUInt32LE(cursor + 42),
      zip64: false,
    };
    for (let extra = cursor + 46 + nameLength; extra < cursor + 46 + nameLength + extraLength; extra += 4 + tail.readUInt16LE(extra + 2)) {
      if (tail.readUInt16LE(extra) !== 0x0001) continue;
      // The ZIP64 field holds, in this order, each of the three that is 0xffffffff above.
      entry.zip64 = true;
      let value = extra + 4;
      for (const key of ["size", "compressedSize", "offset"] as const) {
        if (entry[key] !== 0xffffffff) continue;
        entry[key] = Number(tail.readBigUInt64LE(value));
        value += 8;
      }
    }
    entries.push(entry);
    cursor += 46 + nameLength + extraLength + tail.readUInt16LE(cursor + 32);
  }
  return { entries, centralOffset, zip64 };
}

/** The ZIP64 data descriptor after `entry`'s data, just before the local header at `next`. */
export function assertDataDescriptor(tail: Buffer, total: number, next: number, entry: CentralEntry): void {
  const descriptor = next - 24 - (total - tail.length);
  assert.equal(tail.readUInt32LE(descriptor), 0x08074b50, "data descriptor");
  assert.equal(tail.readUInt32LE(descriptor + 4), entry.crc);
  assert.equal(Number(tail.readBigUInt64LE(descriptor + 8)), entry.compressedSize);
  assert.equal(Number(tail.readBigUInt64LE(descriptor + 16)), entry.size);
}
