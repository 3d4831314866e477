/**
 * Where a release goes: two folders side by side, `OUT/` (what may be published: the folder people
 * upload) and `OUT.private/` (rejects, the PII audit, dedup clusters, train-only records, input
 * paths and checksums), so that uploading `OUT/` can never publish the private part. Both are
 * built in a hidden staging folder beside them and renamed into place at the end.
 *
 * Before anything is written the target is checked: an output that overlaps an input, or an
 * existing folder that is neither empty nor an earlier pippa release, is refused (a build replaces
 * its output whole). Staging folders a killed build left (they hold records of every consent) are
 * removed at the next build to the same output.
 */
import { readFile, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { refuseOutputFolderOverlap } from "../output-paths.js";
import { isAlive } from "../processes.js";
import { escapeRegExp } from "../../base/escape-regexp.js";

export interface ReleaseFolders {
  /** The public release, absolute. */
  output: string;
  /** Its private companion, beside it. */
  privateOutput: string;
  /** Hidden, beside them, while building: holds `public/` and `private/`. */
  staging: string;
}

export const STAGING_PUBLIC = "public";
export const STAGING_PRIVATE = "private";

export function releaseFoldersOf(output: string, pid = process.pid): ReleaseFolders {
  const path = resolve(output);
  return { output: path, privateOutput: `${path}.private`, staging: join(dirname(path), `.${basename(path)}.building-${pid}`) };
}

/** Whether `path` is missing, an empty folder, or a folder an earlier build wrote (its build.json names the pippa version). */
async function isReplaceable(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info) return true;
  if (!info.isDirectory()) return false;
  if ((await readdir(path)).length === 0) return true;
  const buildJson = await readFile(join(path, "build.json"), "utf8").then((text) => JSON.parse(text) as unknown, () => null);
  return typeof buildJson === "object" && buildJson !== null && typeof (buildJson as { pippa?: unknown }).pippa === "string";
}

/** Refuses a target that would destroy something: see the module comment. */
export async function checkReleaseTarget(folders: ReleaseFolders, inputs: readonly string[], given: string): Promise<void> {
  await refuseOutputFolderOverlap(inputs, given);
  await refuseOutputFolderOverlap(inputs, folders.privateOutput);
  for (const path of [folders.output, folders.privateOutput]) {
    if (!(await isReplaceable(path))) {
      const shown = path === folders.output ? given : `${given.replace(/[\\/]+$/, "")}.private`;
      throw new PippaError(ERROR_CODES.usage, "exists and is not an earlier pippa release (no build.json from pippa); a build replaces its output whole, so choose a new folder or empty this one", { source: shown });
    }
  }
}

/** Removes the staging and set-aside folders that builds of this output, no longer running, left behind. */
export async function clearAbandonedBuilds(folders: ReleaseFolders): Promise<void> {
  const parent = dirname(folders.output);
  const name = basename(folders.output);
  const leftover = new RegExp(`^\\.${escapeRegExp(name)}(?:\\.private)?\\.(?:building|previous)-(\\d+)$`);
  for (const entry of await readdir(parent).catch(() => [] as string[])) {
    const match = leftover.exec(entry);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || !isAlive(pid)) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

/** Puts the staged release in place of the old one: each old folder goes aside, the new one in, then the old away. */
export async function swapInRelease(folders: ReleaseFolders): Promise<void> {
  const moves: [string, string][] = [
    [join(folders.staging, STAGING_PUBLIC), folders.output],
    [join(folders.staging, STAGING_PRIVATE), folders.privateOutput],
  ];
  const setAside: string[] = [];
  for (const [from, to] of moves) {
    const aside = join(dirname(to), `.${basename(to)}.previous-${process.pid}`);
    if (await stat(to).then(() => true, () => false)) {
      await rename(to, aside);
      setAside.push(aside);
    }
    await rename(from, to);
  }
  for (const path of [...setAside, folders.staging]) await rm(path, { recursive: true, force: true });
}
