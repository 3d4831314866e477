/**
 * The folder a build run as tasks keeps its work in, on a filesystem every task can reach: the
 * plan, each task's outputs in a folder of its own, and a completion marker per finished task.
 *
 * A task writes into a partial folder and renames it into place before it writes its marker, so a
 * task killed at any point leaves either nothing or a partial folder, which its next run removes
 * before starting again; a task whose marker exists is finished and is never run again.
 */
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { writeFileAtomically } from "../write-file.js";
import type { BuildPlan } from "./plan.js";

export class WorkFolder {
  constructor(readonly root: string) {}

  get planPath(): string {
    return join(this.root, "plan.json");
  }

  /** Where a task's outputs are, once it finished. */
  outputsOf(stage: string, rank: number): string {
    return join(this.root, stage, `rank-${rank}`);
  }

  private markerOf(stage: string, rank: number): string {
    return join(this.root, "done", `${stage}-${rank}`);
  }

  /** Slurm's and the local executor's logs, one per task. */
  logOf(stage: string, rank: number | "%a"): string {
    return join(this.root, "logs", `${stage}-${rank}.log`);
  }

  async isDone(stage: string, rank: number): Promise<boolean> {
    return (await stat(this.markerOf(stage, rank)).catch(() => null)) !== null;
  }

  /** The ranks of a stage that have not finished. */
  async unfinished(stage: string, ranks: number): Promise<number[]> {
    const done = new Set(await readdir(join(this.root, "done")).catch(() => [] as string[]));
    return Array.from({ length: ranks }, (_, rank) => rank).filter((rank) => !done.has(`${stage}-${rank}`));
  }

  /**
   * Runs a task's body into a fresh partial folder, then moves it into place and marks the task
   * done. Whatever an earlier, interrupted run of the same task left is removed first.
   */
  async runOnce(stage: string, rank: number, body: (folder: string) => Promise<void>): Promise<"ran" | "already-done"> {
    if (await this.isDone(stage, rank)) return "already-done";
    const target = this.outputsOf(stage, rank);
    const partial = `${target}.partial`;
    await rm(partial, { recursive: true, force: true });
    await rm(target, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    await body(partial);
    await rename(partial, target);
    await mkdir(join(this.root, "done"), { recursive: true });
    await writeFileAtomically(this.markerOf(stage, rank), () => [`${new Date().toISOString()}\n`]);
    return "ran";
  }

  async readJson<T>(path: string): Promise<T> {
    return JSON.parse(await readFile(path, "utf8")) as T;
  }

  /** The build's plan; a folder without one is not a build's work folder. */
  async readPlan(): Promise<BuildPlan> {
    const text = await readFile(this.planPath, "utf8").catch(() => null);
    if (text === null) throw new PippaError(ERROR_CODES.usage, "holds no plan.json: give the --work folder of a `pippa build --executor` (its default is OUTPUT.work)", { source: this.root });
    return JSON.parse(text) as BuildPlan;
  }
}
