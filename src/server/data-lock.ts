/**
 * One server per data folder (SQLite mode). Start-up recovery clears half-received uploads and
 * blob files no row refers to; a second server on the same folder would take the first one's
 * in-flight uploads for such leftovers and delete them after they were acknowledged.
 *
 * The lock is a file, DATA/serve.lock, holding who took it: pid, host, when, and on Linux the
 * boot and start time of that process. It is created whole (written to a temporary file, then
 * hard-linked into place, which fails when the name exists: O_EXCL semantics that also hold on
 * NFS), so a reader never sees half of it. Why a pid file rather than an OS lock (flock/fcntl):
 * Node has no flock, and a file a curator can read (`cat DATA/serve.lock`) says who holds the
 * folder. The price is a crashed holder leaving the file behind; so a lock whose process is gone is
 * stale and taken over. "Gone" is checked on this host only: the pid is not alive, or (Linux) the
 * pid now belongs to another process than the one that wrote the lock — in a container the server
 * is often pid 1 again after a restart, and a bare pid check would refuse it forever. A lock
 * written on another host cannot be checked from here and is never taken over.
 */
import { randomBytes } from "node:crypto";
import { link, readFile, realpath, rename, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { ERROR_CODES, PippaError } from "../model/errors.js";
import { isAlive, processIdentity } from "../runner/processes.js";
import { createPrivateFileOnce } from "./private-files.js";

export const LOCK_FILE = "serve.lock";

/** What the lock file holds. */
export interface LockOwner {
  pid: number;
  host: string;
  /** When the lock was taken (ms since the epoch), for people reading the file. */
  sinceMs: number;
  /** `bootId:startTicks` of the process on Linux, null elsewhere: tells a reused pid apart. */
  process: string | null;
  /** Random, so a holder can tell its own lock from one that replaced it. */
  token: string;
}

export interface DataLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Removes the lock file if it is still this holder's. */
  release(): Promise<void>;
}

/** Folders this process holds, so a second server in the same process is refused too. */
const heldHere = new Set<string>();

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid !== "number" || typeof value.host !== "string" || typeof value.token !== "string" || typeof value.sinceMs !== "number") return null;
    return { pid: value.pid, host: value.host, sinceMs: value.sinceMs, process: typeof value.process === "string" ? value.process : null, token: value.token };
  } catch {
    return null;
  }
}

/** Whether the process that wrote a lock is provably gone (never true for another host's lock). */
export function isStale(owner: LockOwner, folder: string): boolean {
  if (owner.host !== hostname()) return false;
  // A lock naming this very process that this process does not hold was left by an earlier
  // process that had the same pid.
  if (owner.pid === process.pid) return !heldHere.has(folder);
  if (!isAlive(owner.pid)) return true;
  if (owner.process === null) return false;
  const now = processIdentity(owner.pid);
  return now !== null && now !== owner.process;
}

function refusal(path: string, owner: LockOwner | null): PippaError {
  if (!owner) return new PippaError(ERROR_CODES.busy, "the data folder's lock file is unreadable: if no pippa serve runs on this folder, delete the lock file", { source: path });
  const who = `pippa serve (pid ${owner.pid} on ${owner.host}, since ${new Date(owner.sinceMs).toISOString()})`;
  return new PippaError(ERROR_CODES.busy, `the data folder is in use by ${who}: stop that server, or give this one another --data folder (if no server runs there, delete the lock file)`, { source: path });
}

async function readOwner(path: string): Promise<LockOwner | null | "missing"> {
  try {
    return parseOwner(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
}

/**
 * Takes the lock of a data folder (which must exist), or throws a `PIPPA_E_BUSY` error naming the
 * holder. A stale lock (its process gone, see above) is taken over.
 *
 * @example
 * const lock = await lockDataFolder("/srv/pippa");
 * try { … } finally { await lock.release(); }
 */
export async function lockDataFolder(dataDir: string): Promise<DataLock> {
  const folder = await realpath(dataDir);
  const path = join(folder, LOCK_FILE);
  if (heldHere.has(folder)) throw refusal(path, await readOwner(path).then((owner) => (owner === "missing" ? null : owner)));
  const owner: LockOwner = { pid: process.pid, host: hostname(), sinceMs: Date.now(), process: processIdentity(process.pid), token: randomBytes(12).toString("hex") };
  // A few rounds: each either takes the lock, refuses, or clears a stale lock and tries again.
  for (let round = 0; round < 3; round++) {
    if (await createPrivateFileOnce(path, `${JSON.stringify(owner)}\n`)) {
      heldHere.add(folder);
      return {
        path,
        owner,
        release: async () => {
          heldHere.delete(folder);
          const current = await readOwner(path).catch(() => null);
          if (current !== "missing" && current?.token === owner.token) await unlink(path).catch(() => {});
        },
      };
    }
    const holder = await readOwner(path);
    if (holder === "missing") continue; // released meanwhile
    if (holder === null || !isStale(holder, folder)) throw refusal(path, holder);
    // Two starters may both find the same stale lock. Moving it aside is atomic: only one of
    // them moves it. If what was moved is not the stale lock read above, another starter took
    // over in between; put its lock back and give way.
    const aside = `${path}.stale-${owner.token}`;
    try {
      await rename(path, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    const moved = await readOwner(aside);
    if (moved !== "missing" && moved?.token !== holder.token) {
      await link(aside, path).catch(() => {});
      await unlink(aside).catch(() => {});
      throw refusal(path, moved);
    }
    await unlink(aside).catch(() => {});
  }
  throw refusal(path, await readOwner(path).then((holder) => (holder === "missing" ? null : holder)));
}

/**
 * Throws the same refusal as lockDataFolder when a live server holds the folder, without taking
 * it: for servers that share a folder (PostgreSQL mode), which must not run beside one that
 * believes it is alone there and sweeps accordingly.
 */
export async function assertDataFolderFree(dataDir: string): Promise<void> {
  const folder = await realpath(dataDir);
  const path = join(folder, LOCK_FILE);
  if (heldHere.has(folder)) throw refusal(path, await readOwner(path).then((owner) => (owner === "missing" ? null : owner)));
  const holder = await readOwner(path);
  if (holder === "missing") return;
  if (holder === null || !isStale(holder, folder)) throw refusal(path, holder);
}
