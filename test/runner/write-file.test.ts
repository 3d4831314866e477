import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { AtomicFile, writeFileAtomically } from "../../src/runner/write-file.js";
import { projectRoot, temporaryFolder } from "../helpers/io.js";

describe("writeFileAtomically", () => {
  it("commits an empty file when nothing was written", async () => {
    const folder = await temporaryFolder();
    try {
      const file = new AtomicFile(join(folder.path, "empty.jsonl"));
      assert.equal(file.started, false);
      assert.equal(await file.commit(), 0);
      assert.equal(await readFile(file.path, "utf8"), "");
      assert.deepEqual(await readdir(folder.path), ["empty.jsonl"]);
    } finally {
      await folder.cleanup();
    }
  });

  it("keeps the order of small text, small bytes and large byte chunks written straight through", async () => {
    const folder = await temporaryFolder();
    try {
      const path = join(folder.path, "mixed.bin");
      const large = (fill: number) => new Uint8Array(200 * 1024).fill(fill);
      const pieces: (string | Uint8Array)[] = ["a", large(1), Uint8Array.of(2, 3), large(4), large(5), "é", Uint8Array.of(6)];
      const bytes = await writeFileAtomically(path, () => pieces);
      const expected = Buffer.concat(pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece) : piece)));
      assert.equal(bytes, expected.length);
      assert.deepEqual(await readFile(path), expected);
      // Large chunk first, nothing else.
      assert.equal(await writeFileAtomically(path, () => [large(7)]), 200 * 1024);
      assert.deepEqual(await readFile(path), Buffer.from(large(7)));
    } finally {
      await folder.cleanup();
    }
  });

  it("writes everything, or leaves the old file untouched when the source fails", async () => {
    const folder = await temporaryFolder();
    try {
      const path = join(folder.path, "out.txt");
      assert.equal(await writeFileAtomically(path, function* () { yield "é\n"; yield "b\n"; }), 5);
      assert.equal(await readFile(path, "utf8"), "é\nb\n");
      await assert.rejects(
        writeFileAtomically(path, async function* () {
          yield "partial";
          throw new Error("source failed");
        }),
        /source failed/,
      );
      assert.equal(await readFile(path, "utf8"), "é\nb\n");
      assert.deepEqual(await readdir(folder.path), ["out.txt"]);
    } finally {
      await folder.cleanup();
    }
  });

  it("has written or copied a byte chunk once its write resolves, so its buffer can be reused", async () => {
    const folder = await temporaryFolder();
    try {
      const file = new AtomicFile(join(folder.path, "reused.bin"));
      const expected: Buffer[] = [];
      // One buffer overwritten after every write: small chunks (batched) and large ones (written through).
      const buffer = new Uint8Array(100 * 1024);
      for (const [fill, size] of [[1, 10], [2, 100 * 1024], [3, 70], [4, 64 * 1024], [5, 1]] as const) {
        buffer.fill(fill, 0, size);
        expected.push(Buffer.from(buffer.subarray(0, size)));
        await file.write(buffer.subarray(0, size));
        buffer.fill(0xee);
      }
      await file.commit();
      assert.deepEqual(await readFile(file.path), Buffer.concat(expected));
    } finally {
      await folder.cleanup();
    }
  });

  it("leaves no file and no temporary when the process is interrupted", async () => {
    const folder = await temporaryFolder();
    try {
      const out = join(folder.path, "big.jsonl");
      await writeFile(join(folder.path, "keep.txt"), "x");
      const bin = join(projectRoot(), "dist", "src", "cli", "bin.js");
      const child = spawn(process.execPath, [bin, "synth", "--scale", "2", "-o", out], { stdio: "ignore" });
      // Interrupt once the temporary file exists, i.e. in the middle of writing.
      for (let i = 0; i < 200 && !(await readdir(folder.path)).some((name) => name.endsWith(".tmp")); i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      child.kill("SIGINT");
      const code = await new Promise((resolve) => child.on("close", resolve));
      assert.equal(code, 130);
      assert.ok(!existsSync(out));
      assert.deepEqual(await readdir(folder.path), ["keep.txt"]);
    } finally {
      await folder.cleanup();
    }
  });
});
