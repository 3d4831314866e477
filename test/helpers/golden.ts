/**
 * Golden files: a test's output compared with a file kept under test/golden/. Run the tests with
 * PIPPA_UPDATE_GOLDEN=1 to write the files anew (then read the diff before committing it).
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { projectRoot } from "./io.js";

export async function assertGolden(name: string, actual: string): Promise<void> {
  const path = join(projectRoot(), "test", "golden", name);
  if (process.env.PIPPA_UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (!existsSync(path) && process.env.CI) assert.fail(`test/golden/${name} is missing: run the tests with PIPPA_UPDATE_GOLDEN=1 and commit it`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, actual);
    return;
  }
  assert.equal(actual, await readFile(path, "utf8"), `differs from test/golden/${name} (PIPPA_UPDATE_GOLDEN=1 writes it anew)`);
}
