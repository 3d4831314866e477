import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { zlibSync } from "fflate";
import { InflateBudget, decodeTextChunk, inflateLimited } from "../../../src/formats/character-card/png-chunks.js";
import { PippaError } from "../../../src/model/errors.js";

const MiB = 1024 * 1024;

describe("inflating PNG text under a cap", () => {
  it("gives back the bytes when they fit, and refuses broken zlib data", () => {
    const text = new TextEncoder().encode("a card's text ".repeat(5000));
    const fits = inflateLimited(zlibSync(text), text.length);
    assert.equal(fits.problem, null);
    assert.deepEqual(fits.problem === null ? fits.bytes : null, text);
    assert.equal(inflateLimited(zlibSync(text), text.length - 1).problem, "too-large");
    assert.equal(inflateLimited(new Uint8Array([0x78, 0x9c, 0xff, 0xff]), MiB).problem, "invalid");
    assert.equal(inflateLimited(zlibSync(text).subarray(0, 40), MiB).problem, "invalid", "a cut-off stream is not a whole text");
  });

  it("stops inflating a bomb about where the cap is, not where the bomb ends", () => {
    const bomb = zlibSync(new Uint8Array(16 * MiB)); // about 16 KiB
    for (const limit of [0, 1000, MiB, 5 * MiB]) {
      const outcome = inflateLimited(bomb, limit);
      assert.equal(outcome.problem, "too-large");
      // One slice past the cap at most: deflate expands 1 KiB to at most about 1 MiB.
      assert.ok(outcome.inflated > limit && outcome.inflated <= limit + 1.1 * MiB, `limit ${limit}: inflated ${outcome.inflated}`);
    }
  });

  it("counts every chunk of a file against one budget, refused bytes included", () => {
    const chunk = (keyword: string, bytes: number) => {
      const zlib = zlibSync(new Uint8Array(bytes));
      const data = new Uint8Array(keyword.length + 2 + zlib.length);
      data.set(new TextEncoder().encode(keyword));
      data.set(zlib, keyword.length + 2);
      return { type: "zTXt", data };
    };
    const budget = new InflateBudget(3 * MiB);
    assert.equal(decodeTextChunk(chunk("a", 2 * MiB), { budget })!.text.length, 2 * MiB);
    assert.equal(budget.used, 2 * MiB);
    assert.throws(
      () => decodeTextChunk(chunk("b", 2 * MiB), { budget, source: "f.png", index: 4 }),
      (error: PippaError) => error.code === "PIPPA_E_TOO_LARGE" && error.message === `f.png: chunk 4 (zTXt "b") inflates past the limit of ${3 * MiB} bytes for all compressed text chunks of a file (${2 * MiB} inflated before it)`,
    );
    assert.ok(budget.used > 3 * MiB && budget.used < 4.2 * MiB, String(budget.used));
    // Without a budget of its own, a chunk has the file's default one: the per-chunk cap decides.
    assert.throws(() => decodeTextChunk(chunk("c", 2 * MiB), { maxTextBytes: MiB }), /zTXt chunk "c" inflates past the limit of 1048576 bytes per text chunk/);
  });
});
