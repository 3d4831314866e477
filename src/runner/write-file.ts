/**
 * Writes a file from an async source of text through a temporary sibling and a rename, so readers
 * never see half a file and an interrupted run leaves the old file (or none) in place.
 */
import { createWriteStream, rmSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { basename, dirname, join } from "node:path";

/** Chunks are gathered to about this size before each write, to keep syscalls few. */
const WRITE_BATCH_CHARS = 1 << 20;

/**
 * Streams `produce()` into `path` atomically, honouring back-pressure. Returns the bytes written.
 *
 * @example
 * await writeFileAtomically("out.jsonl", async function* () { yield "a\n"; yield "b\n"; });
 */
export async function writeFileAtomically(path: string, produce: () => AsyncIterable<string> | Iterable<string>): Promise<number> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(temporary);
  // Interrupted (Ctrl-C, kill): leave neither half a file nor the temporary behind.
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(temporary, { force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let bytes = 0;
  try {
    let batch: string[] = [];
    let batchChars = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const text = batch.join("");
      batch = [];
      batchChars = 0;
      const buffer = Buffer.from(text, "utf8");
      bytes += buffer.length;
      if (!stream.write(buffer)) await once(stream, "drain");
    };
    for await (const text of produce()) {
      batch.push(text);
      batchChars += text.length;
      if (batchChars >= WRITE_BATCH_CHARS) await flush();
    }
    await flush();
    stream.end();
    await once(stream, "finish");
    await rename(temporary, path);
    return bytes;
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
    throw error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
