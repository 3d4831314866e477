/**
 * Copies the kept lines of a JSONL file whose line ends are known: each run of kept lines is read
 * and written as one range (up to a few MiB), with no splitting into lines.
 */
import { open } from "node:fs/promises";
import type { AtomicFile } from "../write-file.js";

const RANGE_BYTES = 4 * 1024 * 1024;

export async function copyKeptLines(source: string, lineEnds: Float64Array, keep: Uint8Array, target: AtomicFile): Promise<number> {
  if (lineEnds.length !== keep.length) throw new Error(`${keep.length} keep flags for ${lineEnds.length} lines`);
  const handle = await open(source, "r");
  let copied = 0;
  try {
    let line = 0;
    while (line < keep.length) {
      if (keep[line] !== 1) {
        line++;
        continue;
      }
      const start = line === 0 ? 0 : lineEnds[line - 1];
      do {
        line++;
        copied++;
      } while (line < keep.length && keep[line] === 1 && lineEnds[line] - start <= RANGE_BYTES);
      const bytes = Buffer.allocUnsafe(lineEnds[line - 1] - start);
      for (let done = 0; done < bytes.length; ) {
        const { bytesRead } = await handle.read(bytes, done, bytes.length - done, start + done);
        if (bytesRead === 0) throw new Error(`${source}: ends before byte ${start + bytes.length}`);
        done += bytesRead;
      }
      await target.write(bytes);
    }
  } finally {
    await handle.close();
  }
  return copied;
}
