import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { scanPippaFiles } from "../../src/runner/scan-files.js";
import { planShards } from "../../src/runner/shards.js";
import { synthesizeCorpus } from "../../src/synth/corpus.js";
import { sampleRecord } from "../helpers/records.js";
import { temporaryFolder } from "../helpers/io.js";

describe("scanPippaFiles", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let corpus: string;
  let mixed: string;
  const badLines = new Map<number, string>();

  before(async () => {
    folder = await temporaryFolder();
    corpus = join(folder.path, "corpus.jsonl");
    const lines = [...synthesizeCorpus({ scale: 0.01, seed: 3 })].map((record) => writePippaLine(record));
    await writeFile(corpus, `${lines.join("\n")}\n`);
    // The same corpus with bad lines spread through it, CRLF endings and blank lines.
    const out: string[] = [];
    lines.forEach((line, i) => {
      out.push(line);
      if (i % 50 === 7) out.push("");
      const bad = line.replace('"is_human": true', '"is_human": "yes"');
      if (i % 60 === 13 && bad !== line) {
        out.push(bad);
        badLines.set(out.length, bad);
      }
    });
    assert.ok(badLines.size >= 3);
    mixed = join(folder.path, "mixed.jsonl");
    await writeFile(mixed, `\ufeff${out.join("\r\n")}`);
  });
  after(() => folder.cleanup());

  it("gives the same figures inline and across worker shards", async () => {
    const inline = await scanPippaFiles([corpus], { workers: 1 });
    const sharded = await scanPippaFiles([corpus], { workers: 2, minParallelBytes: 1024 });
    assert.deepEqual(sharded.stats.summarise(), inline.stats.summarise());
    assert.equal(inline.stats.conversations, 259);
    assert.equal(inline.files[0].records, 259);
    assert.equal(inline.files[0].rejected, 0);
  });

  it("numbers refused lines across shards and writes every one to the rejects file", async () => {
    const rejects = join(folder.path, "mixed.rejects.jsonl");
    for (const workers of [1, 2]) {
      const report = await scanPippaFiles([mixed], { workers, minParallelBytes: 2048, rejectsFor: () => rejects });
      const [file] = report.files;
      assert.equal(file.rejected, badLines.size);
      assert.equal(file.records, 259);
      assert.equal(file.rejectsPath, rejects);
      const entries = (await readFile(rejects, "utf8")).trim().split("\n").map((line) => JSON.parse(line));
      assert.deepEqual(entries.map((entry) => entry.line), [...badLines.keys()]);
      for (const entry of entries) {
        assert.equal(entry.raw, badLines.get(entry.line));
        assert.equal(entry.source, mixed);
        assert.equal(entry.code, "PIPPA_E_FIELD");
        assert.match(entry.error, new RegExp(`^PIPPA_E_FIELD .*mixed\\.jsonl:${entry.line}: conversation\\[\\d+\\]\\.is_human: expected boolean, got "yes"$`));
      }
      assert.equal(file.firstErrors[0], entries[0].error);
      const clean = await scanPippaFiles([corpus], { workers: 1 });
      assert.deepEqual(report.stats.summarise(), clean.stats.summarise());
    }
  });

  it("merges several files and reports each", async () => {
    const one = join(folder.path, "one.jsonl");
    await writeFile(one, writePippaLine(sampleRecord()));
    const report = await scanPippaFiles([corpus, one], { workers: 2, minParallelBytes: 1024 });
    assert.deepEqual(report.files.map((file) => file.records), [259, 1]);
    assert.equal(report.stats.conversations, 260);
  });

  it("reads standard input for -, in whatever chunks it arrives", async () => {
    const bytes = await readFile(mixed);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 777) chunks.push(bytes.subarray(i, i + 777));
    const rejects = join(folder.path, "stdin.rejects.jsonl");
    const fromStdin = await scanPippaFiles(["-"], { stdin: (async function* () { yield* chunks; })(), rejectsFor: () => rejects });
    const fromFile = await scanPippaFiles([mixed], { workers: 1 });
    assert.deepEqual(fromStdin.stats.summarise(), fromFile.stats.summarise());
    assert.equal(fromStdin.files[0].rejected, badLines.size);
    const lines = (await readFile(rejects, "utf8")).trim().split("\n").map((line) => JSON.parse(line).line);
    assert.deepEqual(lines, [...badLines.keys()]);
  });

  it("fails with PIPPA_E_IO naming a file that cannot be read", async () => {
    await assert.rejects(scanPippaFiles([join(folder.path, "absent.jsonl")]), (error: Error & { code?: string }) => {
      assert.equal(error.code, "PIPPA_E_IO");
      assert.match(error.message, /absent\.jsonl: no such file/);
      return true;
    });
    await assert.rejects(scanPippaFiles([folder.path]), /not a regular file/);
  });
});

describe("planShards", () => {
  it("cuts at line starts and covers the file exactly", async () => {
    const folder = await temporaryFolder();
    try {
      const path = join(folder.path, "lines.txt");
      const text = Array.from({ length: 100 }, (_, i) => "x".repeat(i % 17)).join("\n");
      await writeFile(path, text);
      for (const count of [1, 2, 3, 7, 200]) {
        const ranges = planShards(path, text.length, count);
        assert.equal(ranges[0].start, 0);
        assert.equal(ranges[ranges.length - 1].end, text.length);
        for (let i = 1; i < ranges.length; i++) {
          assert.equal(ranges[i].start, ranges[i - 1].end);
          assert.equal(text[ranges[i].start - 1], "\n");
        }
      }
    } finally {
      await folder.cleanup();
    }
  });
});
