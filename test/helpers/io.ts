/** Test helpers: an in-memory CLI io, temporary folders, the shared fixtures folder. */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIo } from "../../src/cli/io.js";

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

export function captureIo(env: NodeJS.ProcessEnv = {}): CapturedIo {
  let out = "";
  let err = "";
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env,
    out: () => out,
    err: () => err,
  };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function temporaryFolder(): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "pippa-test-"));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** The project root (the folder holding package.json), found from this compiled file. */
export function projectRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error("package.json not found above the tests");
    folder = parent;
  }
  return folder;
}

/** `../shared/fixtures` beside the project (or PIPPA_FIXTURES), or null when absent. */
export function sharedFixtures(): string | null {
  const folder = process.env.PIPPA_FIXTURES ?? resolve(projectRoot(), "..", "shared", "fixtures");
  return existsSync(folder) ? folder : null;
}
