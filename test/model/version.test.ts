import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { PIPPA_VERSION } from "../../src/model/version.js";

describe("PIPPA_VERSION", () => {
  it("is the version package.json declares", () => {
    const packageJson = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };
    assert.equal(PIPPA_VERSION, packageJson.version);
  });
});
