import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { consentOfFolderName, consentUnderRoot, narrowestConsent, parseConsent } from "../../src/model/consent.js";

describe("consent", () => {
  it("parses exactly the two choices; anything else is no choice", () => {
    assert.equal(parseConsent("public"), "public");
    assert.equal(parseConsent("private"), "private");
    for (const value of ["Public", " public", "yes", "", null, undefined, 1, ["public"]]) assert.equal(parseConsent(value), null);
  });

  it("reads a folder name directly under an input root, in any letter case", () => {
    assert.equal(consentOfFolderName("Public"), "public");
    assert.equal(consentOfFolderName("PRIVATE"), "private");
    assert.equal(consentOfFolderName("publicity"), null);
  });

  it("decides by the first folder below the root only; a file given as the root takes the fallback", () => {
    assert.equal(consentUnderRoot(["public", "123_a.json"], "private"), "public");
    assert.equal(consentUnderRoot(["private", "public", "123_a.json"], "public"), "private");
    assert.equal(consentUnderRoot(["exports", "public", "123_a.json"], "private"), "private");
    assert.equal(consentUnderRoot(["public"], "private"), "private", "a file called public is no folder");
    assert.equal(consentUnderRoot(["chat.jsonl"], "public"), "public");
  });

  it("narrows: public only when both say public", () => {
    fc.assert(
      fc.property(fc.constantFrom("public" as const, "private" as const), fc.option(fc.constantFrom("public" as const, "private" as const), { nil: undefined }), (a, b) => {
        assert.equal(narrowestConsent(a, b), a === "public" && b !== "private" ? "public" : "private");
      }),
    );
  });
});
