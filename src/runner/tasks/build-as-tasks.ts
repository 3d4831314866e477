/**
 * `pippa build --executor local|slurm|print`: the build planned as tasks over shards (plan.ts),
 * the plan kept in a work folder, and the tasks run by the executor. Running the same command
 * again resumes: the plan must be the same, and finished tasks are skipped. The release is the
 * same, byte for byte, as `pippa build` gives on one machine, whatever the executor, the number
 * of tasks or of workers.
 *
 * The work folder holds records of every consent, like a build's staging folder: it is removed
 * once the release is in place (unless kept), and must sit where only the curator's tasks read.
 */
import { mkdir, readFile, rm } from "node:fs/promises";
import { resolve } from "node:path";
import type { BuildSummary } from "../release/build.js";
import type { BuildConfig } from "../release/config.js";
import { checkReleaseTarget, releaseFoldersOf } from "../release/release-folders.js";
import { writeFileAtomically } from "../write-file.js";
import { stagesOf } from "./build-tasks.js";
import type { Executor } from "./executor.js";
import { checkSamePlan, planBuild, type BuildPlan } from "./plan.js";
import { MERGE_STAGE } from "./task-context.js";
import { WorkFolder } from "./work-folder.js";
import type { ConsentedInput } from "../import-files.js";
import { join } from "node:path";
import { refuseOutputFolderOverlap } from "../output-paths.js";

export interface TaskBuildOptions {
  sources: readonly ConsentedInput[];
  output: string;
  config: BuildConfig;
  secret: string | null;
  /** Shards (per-shard tasks per stage); fewer when the input cannot be cut that finely. */
  tasks: number;
  /** The work folder [OUTPUT.work, beside the release]. */
  work?: string;
  executor: Executor;
  /** Keep the work folder after the release is in place [false]. */
  keepWork?: boolean;
  report?: (line: string) => void;
}

/** The work folder a build uses when none is given. */
export function defaultWorkFolder(output: string): string {
  return `${resolve(output).replace(/[\\/]+$/, "")}.work`;
}

/** Plans (or resumes) and runs the build; the summary, or null when the executor only printed the tasks. */
export async function buildAsTasks(options: TaskBuildOptions): Promise<BuildSummary | null> {
  const report = options.report ?? (() => {});
  const work = new WorkFolder(resolve(options.work ?? defaultWorkFolder(options.output)));
  const plan = await planBuild({ sources: options.sources, output: options.output, config: options.config, secret: options.secret, tasks: options.tasks });
  // The target and the work folder are checked before any task runs.
  const folders = releaseFoldersOf(options.output);
  await checkReleaseTarget(folders, plan.inputs.map((input) => input.path), options.output);
  await refuseOutputFolderOverlap(plan.inputs.map((input) => input.path), work.root);
  const existing = await readFile(work.planPath, "utf8").then((text) => JSON.parse(text) as BuildPlan, () => null);
  if (existing) {
    checkSamePlan(existing, plan, work.root);
    report(`resuming the build in ${work.root}`);
  } else {
    await mkdir(work.root, { recursive: true });
    await writeFileAtomically(work.planPath, () => [`${JSON.stringify(plan, null, 2)}\n`]);
    report(`planned ${plan.shards.length} shard(s) in ${work.root}`);
  }
  const stages = stagesOf(plan).map(({ stage, ranks }) => ({ name: stage.name, ranks }));
  const finished = await options.executor.run({ work, plan, stages, workers: options.config.workers, report });
  if (!finished) return null;
  const summary = JSON.parse(await readFile(join(work.outputsOf(MERGE_STAGE, 0), "summary.json"), "utf8")) as Omit<BuildSummary, "output" | "privateOutput">;
  if (!options.keepWork) await rm(work.root, { recursive: true, force: true });
  const given = options.output.replace(/[\\/]+$/, "") || options.output;
  return { ...summary, output: given, privateOutput: `${given}.private` };
}
