/**
 * `npm start` and `npm test` build first; a build with nothing changed must not redo the browser
 * bundles and name lists (the slow part), so a second start takes seconds.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, it } from "node:test";
import { projectRoot } from "../helpers/io.js";

describe("incremental build", () => {
  it("leaves the web bundles and name lists alone when nothing they come from changed", async () => {
    const root = projectRoot();
    const outputs = ["dist/web/contribute.js", "dist/web/name-data.json", "clients/sillytavern/index.js"].map((path) => join(root, path));
    const before = await Promise.all(outputs.map(async (path) => (await stat(path)).mtimeMs));
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, "scripts", "build-web.mjs")], { cwd: root });
    assert.match(stdout, /up to date/);
    assert.deepEqual(await Promise.all(outputs.map(async (path) => (await stat(path)).mtimeMs)), before);
  });
});
