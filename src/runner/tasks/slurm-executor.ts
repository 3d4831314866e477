/**
 * Runs a build's tasks on a Slurm cluster: one array job per stage (`sbatch --array`), each
 * waiting for the one before it (`--dependency=afterok`), every task running
 * `pippa task run WORK STAGE $SLURM_ARRAY_TASK_ID` with the environment of the submitting shell.
 * The work folder must be on a filesystem the cluster's nodes share. Progress is read from the
 * tasks' completion markers; a task that fails leaves the stages after it waiting on a dependency
 * that can never be met, which is noticed, reported with the failed task's log, and cancelled.
 */
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { promisify } from "node:util";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import type { SlurmSettings } from "../release/config.js";
import { shellWord, taskArguments, type Executor, type ExecutorJob } from "./executor.js";
import { logTail } from "./local-executor.js";
import { join } from "node:path";

const run = promisify(execFile);

export interface SlurmOptions extends SlurmSettings {
  /** How often the queue and the markers are read [2 s]. */
  pollMs?: number;
}

async function slurmCommand(command: string, args: string[]): Promise<string> {
  try {
    return (await run(command, args, { env: process.env, maxBuffer: 16 << 20 })).stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === "ENOENT") {
      throw new PippaError(ERROR_CODES.usage, `${command} was not found: --executor slurm needs Slurm's client commands (sbatch, squeue, scancel) on this machine's PATH; --executor print writes the task commands for any other scheduler`);
    }
    throw new PippaError(ERROR_CODES.io, `${command} ${args.join(" ")} failed: ${(failure.stderr ?? failure.message).trim()}`);
  }
}

/** `entry`: the CLI script each task runs (bin.js of this pippa, on the shared filesystem). */
export function slurmExecutor(options: SlurmOptions, entry: string): Executor {
  const pollMs = options.pollMs ?? 2000;
  return {
    name: "slurm",
    async run(job: ExecutorJob): Promise<boolean> {
      const { work } = job;
      await slurmCommand("sbatch", ["--version"]);
      await mkdir(join(work.root, "logs"), { recursive: true });
      const cpus = options.cpusPerTask > 0 ? options.cpusPerTask : job.workers;
      const submitted: { stage: string; id: string; ranks: number }[] = [];
      let previous: string | null = null;
      for (const stage of job.stages) {
        const ranks = await work.unfinished(stage.name, stage.ranks);
        if (ranks.length === 0) continue;
        const command = [process.execPath, ...taskArguments(entry, work, stage.name, "$SLURM_ARRAY_TASK_ID", cpus)].map((word) => (word === "$SLURM_ARRAY_TASK_ID" ? word : shellWord(word))).join(" ");
        const args: string[] = [
          "--parsable",
          `--job-name=pippa-${stage.name}`,
          `--array=${ranks.join(",")}`,
          `--output=${work.logOf(stage.name, "%a")}`,
          `--chdir=${process.cwd()}`,
          "--export=ALL",
          `--cpus-per-task=${cpus}`,
          ...(options.partition ? [`--partition=${options.partition}`] : []),
          ...(options.time ? [`--time=${options.time}`] : []),
          ...(options.mem ? [`--mem=${options.mem}`] : []),
          ...(previous ? [`--dependency=afterok:${previous}`] : []),
          "--wrap",
          command,
        ];
        const id: string = (await slurmCommand("sbatch", args)).trim().split(";")[0];
        submitted.push({ stage: stage.name, id, ranks: stage.ranks });
        job.report(`submitted ${stage.name}: Slurm job ${id}, ${ranks.length} task(s)`);
        previous = id;
      }
      if (submitted.length === 0) return true;
      const ids = submitted.map((entry) => entry.id);
      const doneCounts = new Map<string, number>();
      for (;;) {
        for (const entry of submitted) {
          const done = entry.ranks - (await work.unfinished(entry.stage, entry.ranks)).length;
          if (done !== doneCounts.get(entry.stage)) {
            doneCounts.set(entry.stage, done);
            job.report(`${entry.stage}: ${done}/${entry.ranks} task(s) done`);
          }
        }
        const last = job.stages[job.stages.length - 1];
        if ((await work.unfinished(last.name, last.ranks)).length === 0) return true;
        const queue = (await slurmCommand("squeue", ["-h", "-j", ids.join(","), "-o", "%i|%T|%r"])).trim();
        const stuck = queue.split("\n").some((line) => /DependencyNeverSatisfied/.test(line));
        if (queue === "" || stuck) {
          if (stuck) await slurmCommand("scancel", ids).catch(() => "");
          // Whatever is left unfinished failed (or was cancelled): name the first and show its log.
          for (const stage of job.stages) {
            const missing = await work.unfinished(stage.name, stage.ranks);
            if (missing.length > 0) {
              const log = work.logOf(stage.name, missing[0]);
              throw new PippaError(ERROR_CODES.io, `Slurm task ${stage.name} ${missing[0]} did not finish (jobs ${ids.join(", ")}${stuck ? " cancelled" : ""}); its log ends:\n${await logTail(log)}`, { source: log });
            }
          }
          return true;
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
  };
}
