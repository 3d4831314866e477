/** The CI cluster runs array jobs and dependencies through sbatch, as the runner will submit them. */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { temporaryFolder } from "../helpers/io.js";
import { NO_SLURM, slurmConf } from "../helpers/slurm.js";

interface Run {
  /** Resolves with stdout once the command exits. */
  done: Promise<string>;
  /** Resolves with the job id, which `sbatch --parsable` prints at submission, before `--wait` ends. */
  jobId: Promise<string>;
}

function sbatch(env: NodeJS.ProcessEnv, args: string[]): Run {
  let resolveId: (id: string) => void = () => {};
  let rejectId: (error: Error) => void = () => {};
  const jobId = new Promise<string>((resolve, reject) => ((resolveId = resolve), (rejectId = reject)));
  const done = new Promise<string>((resolve, reject) => {
    const child = execFile("sbatch", ["--parsable", "--wait", ...args], { env, timeout: 50_000 }, (error, stdout, stderr) => {
      if (error) {
        const failure = new Error(`sbatch ${args.join(" ")} failed: ${error.message}\n${stderr}`);
        rejectId(failure);
        reject(failure);
      } else {
        // Settles jobId only if the id never came (a no-op otherwise).
        rejectId(new Error(`sbatch ${args.join(" ")} printed no job id: ${stdout}`));
        resolve(stdout);
      }
    });
    let out = "";
    child.stdout?.on("data", (chunk: string) => {
      out += chunk;
      // --parsable prints "id" or "id;cluster".
      const line = out.match(/^(\d+)(;\S*)?\n/);
      if (line) resolveId(line[1]);
    });
  });
  // Whoever awaits it sees a failure; until then it must not count as unhandled.
  done.catch(() => {});
  jobId.catch(() => {});
  return { done, jobId };
}

test("an array job and a job that depends on it run on the CI Slurm cluster", { timeout: 60_000 }, async (t) => {
  const conf = slurmConf();
  if (conf === null) return t.skip(NO_SLURM);
  const env = { ...process.env, SLURM_CONF: conf };
  const dir = await temporaryFolder();
  try {
    // The tasks sleep a little so the dependent job is submitted while they still run.
    const array = sbatch(env, [
      "--array=0-2",
      `--chdir=${dir.path}`,
      `--output=${join(dir.path, "array-%A_%a.out")}`,
      "--wrap",
      `sleep 2; echo $SLURM_ARRAY_TASK_ID > ${dir.path}/task-$SLURM_ARRAY_TASK_ID`,
    ]);
    const arrayId = await array.jobId;
    // It reads the tasks' files when it runs: all three are there only if it ran after them, and it
    // fails (so sbatch --wait does) if one is missing. The cluster forgets finished jobs within
    // seconds, so this is the record of the order rather than scontrol's times.
    const after = sbatch(env, [
      `--dependency=afterok:${arrayId}`,
      `--chdir=${dir.path}`,
      `--output=${join(dir.path, "after-%j.out")}`,
      "--wrap",
      "cat task-0 task-1 task-2 > after",
    ]);
    const afterId = await after.jobId;
    await Promise.all([array.done, after.done]);

    for (const id of [0, 1, 2]) {
      assert.equal(await readFile(join(dir.path, `task-${id}`), "utf8"), `${id}\n`);
    }
    assert.equal(await readFile(join(dir.path, "after"), "utf8"), "0\n1\n2\n");
    const outputs = (await readdir(dir.path)).filter((name) => name.endsWith(".out")).sort();
    assert.deepEqual(outputs, [`after-${afterId}.out`, `array-${arrayId}_0.out`, `array-${arrayId}_1.out`, `array-${arrayId}_2.out`]);
    // The jobs print nothing, so anything there is an error from the job's shell.
    for (const name of outputs) assert.equal(await readFile(join(dir.path, name), "utf8"), "", name);
  } finally {
    await dir.cleanup();
  }
});
