/** `pippa task run WORK STAGE RANK`: one task of a build run as tasks (what every executor runs); `pippa task status WORK`. */
import { availableParallelism } from "node:os";
import { Command } from "commander";
import { type CommandOutcome, parsePositiveInteger, type CliIo } from "./io.js";

export function taskCommand(io: CliIo, _outcome: CommandOutcome): Command {
  const task = new Command("task").description("Run one task of a build planned with `pippa build --executor` (what Slurm, a Kubernetes Indexed Job or GNU parallel runs), or show how far the build is.");
  task
    .command("run")
    .description("Run task RANK of stage STAGE of the build in WORK; a finished task is left as it is.")
    .argument("<work>", "the build's work folder (--work of pippa build)")
    .argument("<stage>", "names, import, dedup, write or merge")
    .argument("<rank>", "the task's number within its stage, from 0 (Slurm: $SLURM_ARRAY_TASK_ID; Kubernetes: $JOB_COMPLETION_INDEX)", (value) => {
      if (!/^\d+$/.test(value)) throw new Error(`expected a task number, got "${value}"`);
      return Number(value);
    })
    .option("--workers <n>", "worker threads (default: the CPU count)", parsePositiveInteger)
    .action(async (work: string, stage: string, rank: number, options: { workers?: number }) => {
      const { runTask } = await import("../runner/tasks/build-tasks.js");
      const { WorkFolder } = await import("../runner/tasks/work-folder.js");
      const folder = new WorkFolder(work);
      const plan = await folder.readPlan();
      const started = Date.now();
      const outcome = await runTask({ work: folder, plan, secret: io.env.PIPPA_REDACT_SECRET ?? null, workers: options.workers ?? availableParallelism() }, stage, rank);
      io.stderr.write(outcome === "already-done" ? `${stage} ${rank}: already done\n` : `${stage} ${rank}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    });
  task
    .command("status")
    .description("How many tasks of each stage have finished.")
    .argument("<work>", "the build's work folder")
    .action(async (work: string) => {
      const { stagesOf } = await import("../runner/tasks/build-tasks.js");
      const { WorkFolder } = await import("../runner/tasks/work-folder.js");
      const folder = new WorkFolder(work);
      const plan = await folder.readPlan();
      for (const { stage, ranks } of stagesOf(plan)) {
        const missing = await folder.unfinished(stage.name, ranks);
        io.stdout.write(`${stage.name}: ${ranks - missing.length}/${ranks} done${missing.length > 0 && missing.length < ranks ? ` (waiting: ${missing.join(", ")})` : ""}\n`);
      }
    });
  return task;
}
