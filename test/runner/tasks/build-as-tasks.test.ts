import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { after, before, describe, it } from "node:test";
import { run } from "../../../src/cli/main.js";
import { writePippaLine } from "../../../src/formats/pippa/pippa-jsonl.js";
import { planBuild } from "../../../src/runner/tasks/plan.js";
import { defaultBuildConfig } from "../../../src/runner/release/config.js";
import { synthesizeWithDuplicates } from "../../../src/synth/corpus.js";
import { ST_CHATS } from "../../helpers/examples.js";
import { captureIo, temporaryFolder } from "../../helpers/io.js";
import { NO_SLURM, slurmConf } from "../../helpers/slurm.js";

/** Every file under a folder, by relative path, as its SHA-256. */
export async function folderDigest(root: string): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else digest[relative(root, path)] = createHash("sha256").update(await readFile(path)).digest("hex");
    }
  };
  await walk(root);
  return digest;
}

describe("pippa build as tasks", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  const file = (...parts: string[]) => join(folder.path, ...parts);
  const build = async (...extra: string[]) => {
    const io = captureIo();
    const code = await run(["build", file("submissions"), "--train-only", "--workers", "2", ...extra], io);
    return { code, io };
  };
  before(async () => {
    folder = await temporaryFolder();
    await mkdir(file("submissions", "public"), { recursive: true });
    await mkdir(file("submissions", "private"), { recursive: true });
    const corpus = [...synthesizeWithDuplicates({ scale: 0.006, seed: 7, rate: 0.3 })].map(({ record }) => writePippaLine(record));
    // A refused line and a blank one in the middle of the file that will be cut into shards.
    const middle = Math.floor(corpus.length / 2);
    await writeFile(file("submissions", "public", "a.jsonl"), `${[...corpus.slice(0, middle), "{not json", "", ...corpus.slice(middle)].join("\n")}\n`);
    await writeFile(file("submissions", "public", "b-chat.jsonl"), ST_CHATS.modern);
    // Private copies of public records: a cluster's public survivor must still be public.
    await writeFile(file("submissions", "private", "c.jsonl"), `${corpus.slice(0, 20).join("\n")}\n`);
    const { code } = await build("-o", file("one"));
    assert.equal(code, 1, "the refused line is reported");
  });
  after(() => folder.cleanup());

  it("cuts PIPPA files at line beginnings and keeps other formats whole", async () => {
    const plan = await planBuild({ sources: [file("submissions")], output: file("x"), config: { ...defaultBuildConfig(), consent: "private" }, secret: null, tasks: 4 });
    assert.equal(plan.shards.length, 4);
    const pieces = plan.shards.flat().filter((input) => typeof input !== "string");
    assert.ok(pieces.length >= 2, "a.jsonl is cut");
    const bytes = await readFile(file("submissions", "public", "a.jsonl"));
    for (const piece of pieces) {
      assert.ok(piece.start === 0 || bytes[piece.start - 1] === 0x0a, "a part starts at a line beginning");
      const before = bytes.subarray(0, piece.start).filter((byte) => byte === 0x0a).length;
      assert.equal(piece.firstLineNumber, before + 1);
    }
    assert.ok(plan.shards.flat().includes(file("submissions", "public", "b-chat.jsonl")), "the SillyTavern chat goes whole");
  });

  for (const [name, args] of [
    ["one local task", ["--tasks", "1"]],
    ["four local tasks, two at a time", ["--tasks", "4", "--parallel", "2"]],
  ] as const) {
    it(`gives the same release, byte for byte, as a build on one machine: ${name}`, async () => {
      const output = file(name.replace(/\W+/g, "-"));
      const { code, io } = await build("-o", output, "--executor", "local", ...args);
      assert.equal(code, 1, io.err());
      assert.deepEqual(await folderDigest(output), await folderDigest(file("one")));
      assert.deepEqual(await folderDigest(`${output}.private`), await folderDigest(file("one.private")));
      assert.ok(!existsSync(`${output}.work`), "the work folder (records of every consent) is removed");
    });
  }

  it("gives the same release through a real Slurm: three tasks, one array job per stage", async (t) => {
    const conf = slurmConf();
    if (!conf) {
      t.diagnostic(NO_SLURM);
      return t.skip(NO_SLURM);
    }
    process.env.SLURM_CONF = conf;
    const output = file("on-slurm");
    const { code, io } = await build("-o", output, "--executor", "slurm", "--tasks", "3");
    assert.equal(code, 1, io.err());
    assert.match(io.err(), /submitted import: Slurm job \d+, 3 task\(s\)/);
    assert.deepEqual(await folderDigest(output), await folderDigest(file("one")));
    assert.deepEqual(await folderDigest(`${output}.private`), await folderDigest(file("one.private")));
  });

  it("says plainly when sbatch is missing", async () => {
    const path = process.env.PATH;
    process.env.PATH = file("no-such-folder");
    try {
      const { code, io } = await build("-o", file("no-slurm"), "--executor", "slurm", "--tasks", "2", "--work", file("no-slurm-work"));
      assert.equal(code, 2, io.err());
      assert.match(io.err(), /sbatch was not found: --executor slurm needs Slurm's client commands/);
    } finally {
      process.env.PATH = path;
    }
  });

  it("resumes: finished tasks are not run again, a task killed half-way is run again cleanly", async () => {
    const output = file("resumed");
    const work = file("resumed-work");
    const printed = captureIo();
    assert.equal(await run(["build", file("submissions"), "-o", output, "--train-only", "--workers", "2", "--executor", "print", "--tasks", "3", "--work", work], printed), 0);
    const commands = printed.out().split("\n").filter((line) => line.startsWith("pippa task run"));
    assert.ok(commands.length >= 3 + 1 + 3 + 1, printed.out());
    // The first two import tasks finish; the third is killed after it began writing.
    const task = (line: string) => line.split(" ").slice(1);
    for (const line of commands.filter((line) => / (names) /.test(line))) assert.equal(await run(task(line), captureIo()), 0);
    for (const line of commands.filter((line) => / import [01]$/.test(line))) assert.equal(await run(task(line), captureIo()), 0);
    await mkdir(join(work, "import", "rank-2.partial", "public"), { recursive: true });
    await writeFile(join(work, "import", "rank-2.partial", "public", "pippa.jsonl"), "half a line");
    const marker = join(work, "done", "import-0");
    const finishedAt = (await stat(marker)).mtimeMs;
    const { code, io } = await build("-o", output, "--tasks", "3", "--work", work, "--keep-work");
    assert.equal(code, 1, io.err());
    assert.match(io.err(), /resuming/);
    assert.equal((await stat(marker)).mtimeMs, finishedAt, "a finished task is not run again");
    assert.ok(!existsSync(join(work, "import", "rank-2.partial")));
    assert.deepEqual(await folderDigest(output), await folderDigest(file("one")));
    // Every task is done: running one again changes nothing.
    const again = captureIo();
    assert.equal(await run(["task", "run", work, "import", "0"], again), 0);
    assert.match(again.err(), /already done/);
  });

  it("refuses a work folder that holds another build, and a task whose stage before it has not finished", async () => {
    const work = file("other-work");
    assert.equal(await run(["build", file("submissions"), "-o", file("other"), "--executor", "print", "--tasks", "2", "--work", work], captureIo()), 0);
    const { code, io } = await build("-o", file("other"), "--tasks", "3", "--work", work);
    assert.equal(code, 2);
    assert.match(io.err(), /holds the work of another build/);
    const early = captureIo();
    assert.equal(await run(["task", "run", work, "write", "0"], early), 2);
    assert.match(early.err(), /stage names has not finished \(ranks 0, 1 missing\)/);
  });
});
