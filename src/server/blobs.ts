/**
 * The original bytes of every upload, content-addressed under DATA/blobs/ab/abcdef… (sha256).
 * An upload is streamed to DATA/tmp/SERVER (each server sharing the folder writes into its own) while
 * hashed, fsynced, then renamed into place (and the folder fsynced): a blob file is whole or absent.
 * Identical bytes are stored once. Folders are 0700 and files 0600 (see private-files.ts).
 */
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform, type Readable } from "node:stream";
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE, makePrivateFolder } from "./private-files.js";

export interface TemporaryBlob {
  path: string;
  sha256: string;
  bytes: number;
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const SHA256_NAME = /^[0-9a-f]{64}$/;

export class BlobStore {
  readonly blobs: string;
  /** Where uploads of every server are received, each in a folder named by its server's id. */
  readonly temporaryRoot: string;
  /** This server's own. */
  readonly temporary: string;

  /** `server`: the id of this server among those sharing the folder (instance.ts). */
  constructor(
    readonly dataDir: string,
    readonly server: string,
  ) {
    this.blobs = join(dataDir, "blobs");
    this.temporaryRoot = join(dataDir, "tmp");
    this.temporary = join(this.temporaryRoot, server);
  }

  /** Creates the folders, owner-only. Leftovers are the business of the sweeps below. */
  async init(): Promise<void> {
    await makePrivateFolder(this.blobs);
    await makePrivateFolder(this.temporaryRoot);
    await makePrivateFolder(this.temporary);
  }

  pathOf(sha256: string): string {
    if (!SHA256_NAME.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.blobs, sha256.slice(0, 2), sha256);
  }

  /**
   * Receives a stream into a temporary file, hashing as it goes. `onChunk` may throw to stop (a
   * size limit); the temporary file is then removed, as it is when the stream fails (the client
   * went away, the request timed out).
   */
  async receive(stream: Readable, onChunk: (bytes: number) => void = () => {}): Promise<TemporaryBlob> {
    // Made again if missing: a server that lost its database connection for a while may have been
    // taken for gone by another, which then removed this folder.
    await makePrivateFolder(this.temporary);
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
   * Removes uploads that servers now gone left half-received: the folders of DATA/tmp but this
   * server's and those of servers still running (`isGone` tells), and loose files there (from
   * versions that had no folder per server).
   */
  async clearTemporary(isGone: (server: string) => Promise<boolean>): Promise<number> {
    let removed = 0;
    for (const entry of await readdir(this.temporaryRoot, { withFileTypes: true }).catch(() => [])) {
      if (entry.name === this.server || (entry.isDirectory() && !(await isGone(entry.name)))) continue;
      await rm(join(this.temporaryRoot, entry.name), { recursive: true, force: true });
      removed++;
    }
    return removed;
  }

  /** Removes this server's folder of uploads in progress, when it stops (none are left then). */
  async closeTemporary(): Promise<void> {
    await rm(this.temporary, { recursive: true, force: true });
  }

  /** The sha256 of every stored blob file. */
  async storedBlobs(): Promise<string[]> {
    const names: string[] = [];
    for (const folder of await readdir(this.blobs).catch(() => [] as string[])) {
      for (const name of await readdir(join(this.blobs, folder)).catch(() => [] as string[])) if (SHA256_NAME.test(name) && name.startsWith(folder)) names.push(name);
    }
    return names;
  }
}
