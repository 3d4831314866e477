/**
 * Files written through a temporary sibling and a rename, so readers never see half a file and an
 * interrupted run (an error, Ctrl-C, kill) leaves the old file, or none, in place.
 */
import { createWriteStream, rmSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Text is gathered to about this size before each write, to keep syscalls few. */
const WRITE_BATCH_CHARS = 1 << 20;
/** Byte chunks from this size go to the stream without being copied into a batch. */
const DIRECT_WRITE_BYTES = 64 * 1024;

/** Temporary files of every open sink, removed if the process is interrupted. */
const openTemporaries = new Set<string>();
let signalsHooked = false;

function removeTemporariesAndExit(signal: NodeJS.Signals): void {
  for (const path of openTemporaries) rmSync(path, { force: true, recursive: true });
  process.exit(signal === "SIGINT" ? 130 : 143);
}

/** Removes `path` (a file or a folder) if the process is interrupted before `untrackTemporary`. */
export function trackTemporary(path: string): void {
  openTemporaries.add(path);
  if (!signalsHooked) {
    signalsHooked = true;
    process.once("SIGINT", removeTemporariesAndExit);
    process.once("SIGTERM", removeTemporariesAndExit);
  }
}

export function untrackTemporary(path: string): void {
  openTemporaries.delete(path);
  if (openTemporaries.size === 0 && signalsHooked) {
    signalsHooked = false;
    process.off("SIGINT", removeTemporariesAndExit);
    process.off("SIGTERM", removeTemporariesAndExit);
  }
}

/**
 * A text file being written: `write` as often as needed (back-pressure honoured), then `commit`
 * to put it in place or `abort` to leave no trace. Nothing is created until the first write.
 */
export class AtomicFile {
  readonly path: string;
  private readonly temporary: string;
  private stream: WriteStream | null = null;
  private batch: (string | Uint8Array)[] = [];
  private batchChars = 0;
  private written = 0;

  constructor(path: string) {
    this.path = path;
    this.temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.written;
  }

  get started(): boolean {
    return this.stream !== null || this.batch.length > 0;
  }

  /**
   * Appends text (as UTF-8) or bytes. Large byte chunks are written as they are, not copied into a
   * batch. Once the promise resolves, `chunk` is written or copied: its buffer may be reused.
   */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (typeof chunk !== "string" && chunk.length >= DIRECT_WRITE_BYTES) {
      if (this.batch.length > 0 || this.stream === null) await this.flush(true);
      this.written += chunk.length;
      // Awaited until written, not only queued: the caller may reuse the buffer next.
      const stream = this.stream!;
      await new Promise<void>((resolve, reject) => stream.write(chunk, (error) => (error ? reject(error) : resolve())));
      return;
    }
    this.batch.push(typeof chunk === "string" ? chunk : chunk.slice());
    this.batchChars += chunk.length;
    if (this.batchChars >= WRITE_BATCH_CHARS) await this.flush();
  }

  /** Renames the finished file into place (an empty file if nothing was written). Returns the bytes written. */
  async commit(): Promise<number> {
    await this.flush(true);
    const stream = this.stream!;
    stream.end();
    await once(stream, "finish");
    await rename(this.temporary, this.path);
    untrackTemporary(this.temporary);
    return this.written;
  }

  async abort(): Promise<void> {
    this.stream?.destroy();
    await rm(this.temporary, { force: true });
    untrackTemporary(this.temporary);
  }

  private async flush(force = false): Promise<void> {
    if (this.stream === null) {
      trackTemporary(this.temporary);
      // An output in a folder that does not exist yet is fine: the folder is made.
      await mkdir(dirname(this.path), { recursive: true });
      this.stream ??= createWriteStream(this.temporary);
    }
    if (this.batch.length === 0 && !force) return;
    const buffer = Buffer.concat(this.batch.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk)));
    this.batch = [];
    this.batchChars = 0;
    this.written += buffer.length;
    if (!this.stream.write(buffer)) await once(this.stream, "drain");
  }
}

/**
 * Streams `produce()` into `path` atomically. Returns the bytes written.
 *
 * @example
 * await writeFileAtomically("out.jsonl", async function* () { yield "a\n"; yield "b\n"; });
 */
export async function writeFileAtomically(
  path: string,
  produce: () => AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): Promise<number> {
  const file = new AtomicFile(path);
  try {
    for await (const text of produce()) await file.write(text);
    return await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}
