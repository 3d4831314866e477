/** What every task of a build run as tasks is given: the work folder, its plan, and how to run here. */
import { join } from "node:path";
import type { ProgressState } from "../progress.js";
import type { ImportShardSummary } from "./shard-state.js";
import { defaultBuildConfig, type BuildConfig } from "../release/config.js";
import type { BuildPlan } from "./plan.js";
import type { WorkFolder } from "./work-folder.js";

export interface TaskContext {
  work: WorkFolder;
  plan: BuildPlan;
  /** The surrogate operator's key (from the task's environment, never from the work folder). */
  secret: string | null;
  /** Worker threads this task may use. */
  workers: number;
  onProgress?: (stage: string, state: ProgressState, done?: boolean) => void;
}

export const NAMES_STAGE = "names";
export const IMPORT_STAGE = "import";
export const BUCKETS_STAGE = "buckets";
export const CLUSTER_STAGE = "cluster";
export const WRITE_STAGE = "write";
export const MERGE_STAGE = "merge";

/** Each shard's record counts, and the number of each shard's first record in the whole build. */
export async function shardOffsets(context: Pick<TaskContext, "work" | "plan">): Promise<{ summaries: ImportShardSummary[]; firstRecords: number[]; total: number }> {
  const { work, plan } = context;
  const summaries = await Promise.all(plan.shards.map((_, rank) => work.readJson<ImportShardSummary>(join(work.outputsOf(IMPORT_STAGE, rank), "summary.json"))));
  const firstRecords: number[] = [];
  const total = summaries.reduce((sum, summary) => (firstRecords.push(sum), sum + summary.imported), 0);
  return { summaries, firstRecords, total };
}

/** The build's configuration as this task runs it. */
export function configOf(context: Pick<TaskContext, "plan" | "workers">): BuildConfig {
  return { ...context.plan.config, workers: context.workers, slurm: defaultBuildConfig().slurm };
}
