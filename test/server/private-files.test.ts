/** A private file made once: of several writers at once, one writes it, whole, and the others read it. */
import assert from "node:assert/strict";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { createPrivateFileOnce } from "../../src/server/private-files.js";
import { temporaryFolder } from "../helpers/io.js";

describe("createPrivateFileOnce", () => {
  it("lets one of several writers at once create the file, whole and owner-only, and leaves no draft", async () => {
    const folder = await temporaryFolder();
    try {
      const path = join(folder.path, "admin-token");
      const contents = Array.from({ length: 8 }, (_, i) => `token-${i}\n`.repeat(1000));
      const made = await Promise.all(contents.map((content) => createPrivateFileOnce(path, content)));
      assert.equal(made.filter(Boolean).length, 1);
      assert.equal(await readFile(path, "utf8"), contents[made.indexOf(true)]);
      assert.equal((await stat(path)).mode & 0o777, 0o600);
      assert.deepEqual(await readdir(folder.path), ["admin-token"]);
      assert.equal(await createPrivateFileOnce(path, "another"), false);
    } finally {
      await folder.cleanup();
    }
  });
});
