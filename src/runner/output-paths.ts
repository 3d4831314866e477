/**
 * Outputs never destroy inputs: every command checks its output paths against its input paths
 * before writing anything. Paths are compared as the file system sees them (symbolic links
 * resolved, and the same file under two names caught by its device and inode), not as typed.
 */
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { ERROR_CODES, PippaError } from "../model/errors.js";

/** The absolute path with symbolic links resolved as far as it exists, the rest appended as given. */
export async function canonicalPath(path: string): Promise<string> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      return join(await realpath(current), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = dirname(current);
      if ((code !== "ENOENT" && code !== "ENOTDIR") || parent === current) return resolve(path);
      missing.push(basename(current));
      current = parent;
    }
  }
}

/** Whether `inner` is `outer` or lies below it (both canonical). */
export function isSameOrInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Whether two existing paths are one file (hard links, bind mounts); false when either is missing. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}

const usage = (detail: string, source: string) => new PippaError(ERROR_CODES.usage, detail, { source });

/**
 * Refuses output files that are one of the inputs (the command would overwrite what it reads).
 * `inputs` are files or folders; an output inside an input folder is fine for files.
 *
 * @example
 * await refuseOutputsAmongInputs(["a.jsonl"], ["a.jsonl"]) // throws PIPPA_E_USAGE
 */
export async function refuseOutputsAmongInputs(inputs: readonly string[], outputs: readonly string[]): Promise<void> {
  const canonicalInputs = await Promise.all(inputs.map(async (input) => ({ input, path: await canonicalPath(input) })));
  for (const output of outputs) {
    const path = await canonicalPath(output);
    for (const input of canonicalInputs) {
      if (path === input.path || (await sameFile(output, input.input))) {
        throw usage(`is also an input: writing it would destroy what is being read; choose another output path`, output);
      }
    }
  }
}

/**
 * Refuses an output folder that overlaps an input: the output inside an input (a rebuild would read
 * its own release) or an input inside the output (replacing the folder would delete the input).
 * The current folder, or one holding it, is refused too (it cannot be replaced as a whole).
 */
export async function refuseOutputFolderOverlap(inputs: readonly string[], output: string, cwd = process.cwd()): Promise<void> {
  const path = await canonicalPath(output);
  if (isSameOrInside(await canonicalPath(cwd), path)) {
    throw usage("is the current folder or holds it: a release is written as a folder of its own; give a new one, e.g. -o release/", output);
  }
  for (const input of inputs) {
    const inputPath = await canonicalPath(input);
    if (isSameOrInside(inputPath, path)) throw usage(`holds the input ${input}: replacing it would delete the input; choose a folder outside the inputs`, output);
    if (isSameOrInside(path, inputPath)) throw usage(`is inside the input ${input}: a later build would read its own output; choose a folder outside the inputs`, output);
  }
}

/** The paths a command was given: options left out, `false` and "-" (standard input or output) dropped. */
type GivenPaths = readonly (string | false | null | undefined)[];

/**
 * Every command calls this before writing: an output that is one of the inputs (by any name) is a
 * usage error (PIPPA_E_USAGE, exit 2), never an overwrite. "-" (standard input or output) and
 * options not given are skipped.
 */
export async function refuseOverwritingInputs(inputs: GivenPaths, outputs: GivenPaths): Promise<void> {
  const given = (paths: GivenPaths) => paths.filter((path): path is string => typeof path === "string" && path !== "-");
  await refuseOutputsAmongInputs(given(inputs), given(outputs));
}
