/**
 * Runs a build's tasks on this machine, each as a process of its own (as a scheduler would run
 * it), up to `parallel` at a time, a stage after the one before it. Each task's output goes to
 * its log in the work folder; a failed task stops the build with the end of its log.
 */
import { spawn } from "node:child_process";
import { mkdir, open, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { taskArguments, type Executor, type ExecutorJob } from "./executor.js";

/** The last lines of a log, to show why a task failed. */
export async function logTail(path: string, lines = 15): Promise<string> {
  const text = await readFile(path, "utf8").catch(() => "");
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

/** `entry`: the CLI script each task runs (bin.js of this pippa). */
export function localExecutor(parallel: number, entry: string): Executor {
  return {
    name: "local",
    async run(job: ExecutorJob): Promise<boolean> {
      const { work } = job;
      const workers = Math.max(1, Math.floor(job.workers / parallel));
      for (const stage of job.stages) {
        const ranks = await work.unfinished(stage.name, stage.ranks);
        let finished = stage.ranks - ranks.length;
        const runOne = async (rank: number): Promise<void> => {
          const log = work.logOf(stage.name, rank);
          await mkdir(dirname(log), { recursive: true });
          const handle = await open(log, "w");
          try {
            const code = await new Promise<number | null>((resolve, reject) => {
              const child = spawn(process.execPath, taskArguments(entry, work, stage.name, rank, workers), { stdio: ["ignore", handle.fd, handle.fd], env: process.env });
              child.once("error", reject);
              child.once("exit", (exitCode) => resolve(exitCode));
            });
            if (code !== 0) throw new PippaError(ERROR_CODES.io, `task ${stage.name} ${rank} failed (exit ${code}); its log ends:\n${await logTail(log)}`, { source: log });
          } finally {
            await handle.close();
          }
          finished++;
          job.report(`${stage.name}: ${finished}/${stage.ranks} task(s) done`);
        };
        // A queue of ranks drained by `parallel` runners; the first failure stops the stage.
        const queue = [...ranks];
        await Promise.all(
          Array.from({ length: Math.min(parallel, queue.length) }, async () => {
            for (let rank = queue.shift(); rank !== undefined; rank = queue.shift()) {
              await runOne(rank).catch((error: unknown) => {
                queue.length = 0;
                throw error;
              });
            }
          }),
        );
      }
      return true;
    },
  };
}
