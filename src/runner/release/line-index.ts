/**
 * Where the lines of a JSONL file the build writes end, so that later passes read back only the
 * lines they need, as byte ranges, instead of splitting the whole file again.
 */
import { open, type FileHandle } from "node:fs/promises";
import { NumberList } from "../../base/growable.js";
import type { AtomicFile } from "../write-file.js";

/** Reads of adjacent lines are joined up to this size. */
const RANGE_BYTES = 4 * 1024 * 1024;

export class LineIndex {
  private readonly ends = new NumberList(new Float64Array(1024));

  /** Adds the next line, `bytes` long with its newline. */
  add(bytes: number): void {
    this.ends.push(this.end(this.ends.length - 1) + bytes);
  }

  get length(): number {
    return this.ends.length;
  }

  /** Where line `line` starts. */
  start(line: number): number {
    return this.end(line - 1);
  }

  /** Where line `line` ends, its newline included (0 before the first line). */
  end(line: number): number {
    return line < 0 ? 0 : this.ends.data[line];
  }
}

/** Bytes `start` to `end` of an open file: in `into` (a view of it) when they fit, else in a new buffer. */
export async function readRange(handle: FileHandle, path: string, start: number, end: number, into?: Uint8Array): Promise<Uint8Array> {
  const bytes = into && into.length >= end - start ? into.subarray(0, end - start) : new Uint8Array(end - start);
  for (let done = 0; done < bytes.length; ) {
    const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
    if (bytesRead === 0) throw new Error(`${path}: ends before byte ${end}`);
    done += bytesRead;
  }
  return bytes;
}

/** Unwanted bytes between wanted lines read through rather than skipped with another read. */
const GAP_BYTES = 64 * 1024;

/**
 * Blocks of whole lines to read at once: each starts and ends at a wanted line and is at most
 * RANGE_BYTES long (a longer single line is a block of its own); unwanted lines between are read
 * through when they are fewer than GAP_BYTES (a few big reads instead of one per run of wanted
 * lines, without reading a whole file for a few lines).
 */
function* blocks(index: LineIndex, wanted: (line: number) => boolean): Generator<{ first: number; last: number }> {
  let line = 0;
  while (line < index.length) {
    if (!wanted(line)) {
      line++;
      continue;
    }
    const first = line;
    const start = index.start(first);
    let last = first;
    for (let next = first + 1; next < index.length && index.end(next) - start <= RANGE_BYTES; next++) {
      if (!wanted(next)) continue;
      if (index.start(next) - index.end(last) > GAP_BYTES) break;
      last = next;
    }
    yield { first, last };
    line = last + 1;
  }
}

/** Copies the wanted lines of `path` to `target`, each block's wanted lines moved together and written at once. Returns the lines copied. */
export async function copyLines(path: string, index: LineIndex, wanted: (line: number) => boolean, target: AtomicFile): Promise<number> {
  if (index.length === 0) return 0;
  const handle = await open(path, "r");
  // One buffer for every block (a block of one line longer than that gets its own).
  const buffer = new Uint8Array(RANGE_BYTES);
  let copied = 0;
  try {
    for (const { first, last } of blocks(index, wanted)) {
      const start = index.start(first);
      const bytes = await readRange(handle, path, start, index.end(last), buffer);
      let kept = 0;
      for (let line = first; line <= last; line++) {
        if (!wanted(line)) continue;
        const from = index.start(line) - start;
        const to = index.end(line) - start;
        if (from !== kept) bytes.copyWithin(kept, from, to);
        kept += to - from;
        copied++;
      }
      await target.write(bytes.subarray(0, kept));
    }
  } finally {
    await handle.close();
  }
  return copied;
}
