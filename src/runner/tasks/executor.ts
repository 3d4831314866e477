/**
 * How a build's tasks get run: an executor takes the stages in order and runs (or hands out)
 * each stage's unfinished tasks once the stages before it have finished. Every task is the same
 * command, `pippa task run WORK STAGE RANK`, whatever runs it.
 */
import type { BuildPlan } from "./plan.js";
import type { WorkFolder } from "./work-folder.js";

export interface ExecutorJob {
  work: WorkFolder;
  plan: BuildPlan;
  /** The stages that run, in order, with their task counts. */
  stages: { name: string; ranks: number }[];
  /** Worker threads of the whole machine (local) or of each task (Slurm's CPUs per task). */
  workers: number;
  /** One line of news for the person waiting (submitted, a stage done, a task failed). */
  report: (line: string) => void;
}

export interface Executor {
  readonly name: string;
  /** Runs the stages to the end; resolves when the release is in place (false when the executor only hands the tasks out). */
  run(job: ExecutorJob): Promise<boolean>;
}

/** The argument list of one task: `node ENTRY task run WORK STAGE RANK --workers N`, ENTRY the CLI's script (the CLI names it). */
export function taskArguments(entry: string, work: WorkFolder, stage: string, rank: number | string, workers: number): string[] {
  return [entry, "task", "run", work.root, stage, String(rank), "--workers", String(workers)];
}

/** A word for a POSIX shell, quoted unless plainly safe. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
