/**
 * A build as a list of task stages, each run as ranks 0..n-1 (datatrove's pipeline of steps, each
 * `rank i of N`): the per-shard stages have one rank per shard of the plan, the global ones one.
 * A stage starts when every rank of the stages before it has finished; each task is idempotent
 * (see work-folder.ts), so running a stage again runs only what has not finished.
 */
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { bucketsTask, clusterTask } from "./dedup-task.js";
import { mergeTask } from "./merge-task.js";
import type { BuildPlan } from "./plan.js";
import { secretCheckOf } from "./plan.js";
import { importTask, namesTask, writeTask } from "./shard-tasks.js";
import { BUCKETS_STAGE, CLUSTER_STAGE, IMPORT_STAGE, MERGE_STAGE, NAMES_STAGE, WRITE_STAGE, type TaskContext } from "./task-context.js";

export interface TaskStage {
  name: string;
  /** How many tasks the stage has for this plan (0: the stage does not run). */
  ranks(plan: BuildPlan): number;
  run(context: TaskContext, rank: number, folder: string): Promise<void>;
}

const perShard = (plan: BuildPlan) => plan.shards.length;

export const BUILD_TASK_STAGES: readonly TaskStage[] = [
  { name: NAMES_STAGE, ranks: (plan) => (plan.config.redact && plan.config.redact.corpusNames ? perShard(plan) : 0), run: namesTask },
  { name: IMPORT_STAGE, ranks: perShard, run: importTask },
  { name: BUCKETS_STAGE, ranks: (plan) => (plan.config.dedup ? perShard(plan) : 0), run: bucketsTask },
  { name: CLUSTER_STAGE, ranks: (plan) => (plan.config.dedup ? 1 : 0), run: clusterTask },
  { name: WRITE_STAGE, ranks: perShard, run: writeTask },
  { name: MERGE_STAGE, ranks: () => 1, run: mergeTask },
];

/** The stages that run for a plan, with their task counts. */
export function stagesOf(plan: BuildPlan): { stage: TaskStage; ranks: number }[] {
  return BUILD_TASK_STAGES.map((stage) => ({ stage, ranks: stage.ranks(plan) })).filter(({ ranks }) => ranks > 0);
}

/** Runs one task (`pippa task run WORK STAGE RANK`); a finished one is left alone. */
export async function runTask(context: TaskContext, stageName: string, rank: number): Promise<"ran" | "already-done"> {
  const found = stagesOf(context.plan).find(({ stage }) => stage.name === stageName);
  if (!found) throw new PippaError(ERROR_CODES.usage, `no stage "${stageName}" in this build (its stages: ${stagesOf(context.plan).map(({ stage }) => stage.name).join(", ")})`);
  if (!Number.isInteger(rank) || rank < 0 || rank >= found.ranks) throw new PippaError(ERROR_CODES.usage, `stage ${stageName} has ranks 0 to ${found.ranks - 1}, not ${rank}`);
  if (secretCheckOf(context.secret) !== context.plan.secretCheck) {
    throw new PippaError(ERROR_CODES.usage, context.plan.secretCheck ? "this build's surrogate operator needs the same secret in every task: set $PIPPA_REDACT_SECRET as for the build command" : "this build was planned without a secret; unset $PIPPA_REDACT_SECRET");
  }
  // Every task of the stages before this one must have finished.
  for (const { stage, ranks } of stagesOf(context.plan)) {
    if (stage.name === stageName) break;
    const missing = await context.work.unfinished(stage.name, ranks);
    if (missing.length > 0) throw new PippaError(ERROR_CODES.usage, `stage ${stage.name} has not finished (ranks ${missing.join(", ")} missing): run those tasks first`);
  }
  return context.work.runOnce(stageName, rank, (folder) => found.stage.run(context, rank, folder));
}
