/**
 * The original bytes of every upload, content-addressed under DATA/blobs/ab/abcdef… (sha256).
 * An upload is streamed to DATA/tmp while hashed, fsynced, then renamed into place (and the
 * folder fsynced): a blob file is whole or absent. Identical bytes are stored once. Folders are
 * 0700 and files 0600 (see private-files.ts).
 */
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, mkdir, open, readdir, rename, rm, stat, utimes } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform, type Readable } from "node:stream";
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE, makePrivateFolder } from "./private-files.js";

export interface TemporaryBlob {
  path: string;
  sha256: string;
  bytes: number;
}

/**
 * How long a file must have been left untouched before a server that does not hold the data folder
 * alone (PostgreSQL mode, several servers on one folder) takes it for abandoned. An upload in
 * progress writes its temporary file until the request ends (the request timeout, minutes), and a
 * blob waits for its row only while the upload is read (seconds); a day is far beyond both.
 */
export const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/** Which leftovers a sweep removes. */
export interface SweepOptions {
  /** Only files unchanged for at least this long [0: every leftover, for a server alone on its folder]. */
  olderThanMs?: number;
  /** The clock, for tests [Date.now()]. */
  nowMs?: number;
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class BlobStore {
  readonly blobs: string;
  readonly temporary: string;

  constructor(readonly dataDir: string) {
    this.blobs = join(dataDir, "blobs");
    this.temporary = join(dataDir, "tmp");
  }

  /** Creates the folders, owner-only. Leftovers are the business of the sweeps below. */
  async init(): Promise<void> {
    await makePrivateFolder(this.blobs);
    await makePrivateFolder(this.temporary);
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.blobs, sha256.slice(0, 2), sha256);
  }

  /**
   * Receives a stream into a temporary file, hashing as it goes. `onChunk` may throw to stop (a
   * size limit); the temporary file is then removed, as it is when the stream fails (the client
   * went away, the request timed out).
   */
  async receive(stream: Readable, onChunk: (bytes: number) => void = () => {}): Promise<TemporaryBlob> {
    const path = join(this.temporary, `${Date.now()}-${randomBytes(8).toString("hex")}`);
    const hash = createHash("sha256");
    let bytes = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        try {
          bytes += chunk.length;
          onChunk(chunk.length);
          hash.update(chunk);
          callback(null, chunk);
        } catch (error) {
          callback(error as Error);
        }
      },
    });
    try {
      await pipeline(stream, tap, createWriteStream(path, { flags: "wx", mode: PRIVATE_FILE_MODE }));
      await chmod(path, PRIVATE_FILE_MODE);
      await fsyncPath(path);
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { path, sha256: hash.digest("hex"), bytes };
  }

  /** Moves a received file into place (or drops it when the same bytes are stored already); durable when it resolves. */
  async keep(blob: TemporaryBlob): Promise<void> {
    const target = this.pathOf(blob.sha256);
    const exists = await stat(target).then(() => true, () => false);
    if (exists) {
      // The stored file may be a leftover no row refers to yet; touching it tells another
      // server's start-up sweep that it is in use again.
      const now = new Date();
      await utimes(target, now, now).catch(() => {});
      await rm(blob.path, { force: true });
      return;
    }
    const folder = join(this.blobs, blob.sha256.slice(0, 2));
    if (await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE })) await chmod(folder, PRIVATE_FOLDER_MODE);
    await rename(blob.path, target);
    await fsyncPath(folder);
  }

  async discard(blob: TemporaryBlob): Promise<void> {
    await rm(blob.path, { force: true });
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  /**
   * Removes uploads a crash left half-received. File by file, never the folder itself: another
   * server on the folder may be writing into it (removing the folder under it failed with ENOTEMPTY).
   */
  async clearTemporary(options: SweepOptions = {}): Promise<number> {
    let removed = 0;
    for (const name of await readdir(this.temporary).catch(() => [] as string[])) {
      if (await removeIfAbandoned(join(this.temporary, name), options)) removed++;
    }
    return removed;
  }

  /** Removes blob files no submission refers to (left by a crash between the file and its row). */
  async collectGarbage(referenced: ReadonlySet<string>, options: SweepOptions = {}): Promise<number> {
    let removed = 0;
    for (const folder of await readdir(this.blobs).catch(() => [] as string[])) {
      for (const name of await readdir(join(this.blobs, folder)).catch(() => [] as string[])) {
        if (!referenced.has(name) && (await removeIfAbandoned(join(this.blobs, folder, name), options))) removed++;
      }
    }
    return removed;
  }
}

/** Removes a file if it is older than the sweep's age; a file already gone counts as not removed. */
async function removeIfAbandoned(path: string, { olderThanMs = 0, nowMs = Date.now() }: SweepOptions): Promise<boolean> {
  if (olderThanMs > 0) {
    const info = await stat(path).catch(() => null);
    if (!info || nowMs - info.mtimeMs < olderThanMs) return false;
  }
  await rm(path, { force: true, recursive: true });
  return true;
}
