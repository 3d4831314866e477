import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { copyLines, LineIndex } from "../../../src/runner/release/line-index.js";
import { AtomicFile } from "../../../src/runner/write-file.js";
import { temporaryFolder } from "../../helpers/io.js";

describe("line index", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  const lines = Array.from({ length: 400 }, (_, i) => (i === 7 ? "x".repeat(5 * 1024 * 1024) : `{"n": ${i}, "t": "${"é".repeat(i % 13)}"}`));
  const index = new LineIndex();
  let path: string;
  before(async () => {
    folder = await temporaryFolder();
    path = join(folder.path, "lines.jsonl");
    await writeFile(path, lines.map((line) => `${line}\n`).join(""));
    for (const line of lines) index.add(Buffer.byteLength(line) + 1);
  });
  after(() => folder.cleanup());

  it("copies the wanted lines with their newlines", async () => {
    const target = new AtomicFile(join(folder.path, "copy.jsonl"));
    const copied = await copyLines(path, index, (line) => line > 3 && line < 390, target);
    await target.commit();
    assert.equal(copied, 386);
    assert.equal(await readFile(target.path, "utf8"), lines.slice(4, 390).map((line) => `${line}\n`).join(""));
  });

  it("copies scattered wanted lines (gaps inside a read, a line longer than a read, none at all)", async () => {
    for (const wanted of [(line: number) => line % 4 !== 1, (line: number) => line === 7 || line === 8 || line === 399, (line: number) => line % 97 === 5, () => false]) {
      const target = new AtomicFile(join(folder.path, "scattered.jsonl"));
      const copied = await copyLines(path, index, wanted, target);
      await target.commit();
      const expected = lines.filter((_, line) => wanted(line));
      assert.equal(copied, expected.length);
      assert.equal(await readFile(target.path, "utf8"), expected.map((line) => `${line}\n`).join(""));
    }
  });

  it("knows where each line starts and ends", () => {
    assert.equal(index.length, lines.length);
    assert.equal(index.start(0), 0);
    assert.equal(index.end(0), Buffer.byteLength(lines[0]) + 1);
    assert.equal(index.start(1), index.end(0));
    assert.equal(index.end(lines.length - 1), lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0));
  });
});
