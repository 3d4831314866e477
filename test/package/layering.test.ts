import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { describe, it } from "node:test";
import { projectRoot } from "../helpers/io.js";

/** The top folders of src/, lowest first: a module imports only from its own layer or below. */
const LAYERS = [["base"], ["model"], ["formats"], ["stages"], ["stats"], ["prepare", "synth"], ["runner"], ["server"], ["cli"]];
const rank = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

async function sources(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "web") found.push(...(await sources(path)));
    } else if (entry.name.endsWith(".ts")) found.push(path);
  }
  return found;
}

describe("layering", () => {
  it("no module imports from a layer above its own", async () => {
    const src = join(projectRoot(), "src");
    const upward: string[] = [];
    for (const file of await sources(src)) {
      const from = relative(src, file).split("/")[0];
      if (rank(from) < 0) continue;
      const text = await readFile(file, "utf8");
      for (const match of text.matchAll(/(?:from\s+|import\(\s*|new URL\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
        const to = relative(src, resolve(dirname(file), match[1])).split("/")[0];
        if (rank(to) > rank(from)) upward.push(`${relative(src, file)} -> ${match[1]}`);
      }
    }
    assert.deepEqual(upward, []);
  });
});
