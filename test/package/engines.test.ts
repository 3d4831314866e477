/**
 * The Node versions package.json promises are the ones the dependencies accept: a dependency that
 * asks for more must be listed here with why it still runs on the promised minimum, and must load.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import semver from "semver";
import { projectRoot } from "../helpers/io.js";

/** Dependencies whose `engines` ask for Node 22 but that load on 20.19+, where require() of an ES module works. */
const LOADS_ON_MINIMUM: Readonly<Record<string, string>> = {
  cookie: "ES module required by @fastify/cookie and light-my-request",
  "content-disposition": "ES module required by @fastify/static",
};

async function installedPackages(root: string): Promise<{ name: string; engines?: { node?: string } }[]> {
  const folder = join(root, "node_modules");
  const found: { name: string; engines?: { node?: string } }[] = [];
  const add = async (dir: string) => {
    try {
      found.push(JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { name: string; engines?: { node?: string } });
    } catch {
      // Not a package folder (.bin, .cache).
    }
  };
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
    if (entry.name.startsWith("@")) {
      for (const scoped of await readdir(join(folder, entry.name))) await add(join(folder, entry.name, scoped));
    } else await add(join(folder, entry.name));
  }
  return found;
}

describe("Node versions", () => {
  it("runs on the Node it promises, and every dependency accepts that Node or is known to load on it", async () => {
    const root = projectRoot();
    const promised = (JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    assert.ok(semver.satisfies(process.versions.node, promised), `Node ${process.versions.node} is outside ${promised}`);
    const minimum = semver.minVersion(promised)!.version;
    const above = (await installedPackages(root)).filter((pkg) => pkg.engines?.node && semver.validRange(pkg.engines.node) && !semver.satisfies(minimum, pkg.engines.node));
    for (const pkg of above) {
      assert.ok(pkg.name in LOADS_ON_MINIMUM, `${pkg.name} asks for Node ${pkg.engines!.node}, above the promised ${promised}`);
      await import(pkg.name);
    }
  });
});
