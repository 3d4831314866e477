import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { build } from "esbuild";
import { projectRoot } from "../helpers/io.js";

describe("the package's entry points, by runtime", () => {
  it("pippa bundles for a browser: nothing in it needs Node", async () => {
    const result = await build({ entryPoints: [join(projectRoot(), "dist", "src", "index.js")], bundle: true, platform: "browser", format: "esm", write: false, logLevel: "silent" });
    assert.equal(result.errors.length, 0);
    assert.ok(result.outputFiles[0].contents.length > 0);
  });

  it("pippa/node does not bundle for a browser, and is the one with the file work", async () => {
    await assert.rejects(build({ entryPoints: [join(projectRoot(), "dist", "src", "node.js")], bundle: true, platform: "browser", format: "esm", write: false, logLevel: "silent" }), /node:/);
  });

  it("each entry offers its part, imported by its package name", async () => {
    const library = await import("pippa");
    assert.equal(typeof library.readPippaJsonl, "function");
    assert.equal(typeof library.classifyContent, "function");
    assert.equal(typeof library.prepareRecord, "function");
    assert.equal((library as Record<string, unknown>).scanPippaFiles, undefined, "file work is not in the runtime-neutral entry");
    const node = await import("pippa/node");
    assert.equal(typeof node.scanPippaFiles, "function");
    assert.equal(node.readPippaJsonl, library.readPippaJsonl, "pippa/node offers pippa's part too");
    const cli = await import("pippa/cli");
    assert.equal(typeof cli.run, "function");
  });
});
