import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { asyncBufferFromFile, parquetMetadataAsync } from "hyparquet";
import { readPippaParquet } from "../../../src/formats/parquet/parquet.js";
import { writePippaLine } from "../../../src/formats/pippa/pippa-jsonl.js";
import { LineIndex } from "../../../src/runner/release/line-index.js";
import { planRowGroups, writeKeptAsParquet } from "../../../src/runner/release/write-parquet.js";
import { synthesizeCorpus } from "../../../src/synth/corpus.js";
import { temporaryFolder } from "../../helpers/io.js";

describe("the release's Parquet file on worker threads", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  const file = (name: string) => join(folder.path, name);
  let lines: string[];
  let lineEnds: Float64Array;
  const index = new LineIndex();
  let keep: Uint8Array;
  before(async () => {
    folder = await temporaryFolder();
    lines = [...synthesizeCorpus({ scale: 0.003, seed: 9 })].map((record) => writePippaLine(record));
    await writeFile(file("pippa.jsonl"), lines.map((line) => `${line}\n`).join(""));
    for (const line of lines) index.add(Buffer.byteLength(line) + 1);
    // Where each line ends, counted here rather than taken from the index under test.
    let end = 0;
    lineEnds = Float64Array.from(lines, (line) => (end += Buffer.byteLength(line) + 1));
    // Every third line dropped, and a run of dropped lines at the start and at the end.
    keep = Uint8Array.from(lines, (_, i) => (i % 3 === 1 || i < 4 || i >= lines.length - 5 ? 0 : 1));
  });
  after(() => folder.cleanup());

  it("plans row groups as ranges of whole lines that hold every kept line once", () => {
    const tasks = planRowGroups(index, keep, 20_000);
    assert.ok(tasks.length > 3, `${tasks.length} row groups`);
    let kept = 0;
    let previousEnd = 0;
    for (const task of tasks) {
      assert.equal(task.start, previousEnd, "ranges in order, one after the other");
      const firstLine = lineEnds.findIndex((end) => end > task.start);
      assert.ok(firstLine === 0 || lineEnds[firstLine - 1] === task.start, "a range starts at a line start");
      assert.ok(lineEnds.includes(task.end), "a range ends at a line end");
      assert.equal(task.keep.length, lineEnds.indexOf(task.end) - firstLine + 1);
      assert.ok(task.keep.includes(1), "no empty row group");
      kept += task.keep.reduce((sum, flag) => sum + flag, 0);
      previousEnd = task.end;
    }
    assert.equal(kept, keep.reduce((sum, flag) => sum + flag, 0));
    assert.throws(() => planRowGroups(index, keep.subarray(1), 1000), /keep flags/);
  });

  it("writes the kept records, the same file with one worker or two", async () => {
    const job = { source: file("pippa.jsonl"), lines: index, keep, createdBy: "pippa test", rowGroupBytes: 20_000 };
    const rows1 = await writeKeptAsParquet({ ...job, target: file("one.parquet"), workers: 1 });
    const rows2 = await writeKeptAsParquet({ ...job, target: file("two.parquet"), workers: 2 });
    const expected = lines.filter((_, i) => keep[i] === 1).map((line) => JSON.parse(line));
    assert.equal(rows1, expected.length);
    assert.equal(rows2, expected.length);
    assert.deepEqual(await readFile(file("one.parquet")), await readFile(file("two.parquet")));
    const parquet = await asyncBufferFromFile(file("two.parquet"));
    assert.deepEqual(await readPippaParquet(parquet), expected);
    assert.ok((await parquetMetadataAsync(parquet)).row_groups.length > 3);
  });

  it("names the range when a line is not a record", async () => {
    await writeFile(file("broken.jsonl"), "{}\n{oops\n");
    const broken = new LineIndex();
    broken.add(3);
    broken.add(6);
    await assert.rejects(writeKeptAsParquet({ source: file("broken.jsonl"), lines: broken, keep: Uint8Array.of(0, 1), target: file("b.parquet"), createdBy: "t", workers: 1 }), /broken\.jsonl bytes 0-9/);
  });
});
