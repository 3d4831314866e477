/**
 * Hands a build's tasks out instead of running them: each stage's commands, in order, for any
 * scheduler (Kubernetes Indexed Jobs, GNU parallel, a cloud batch service) to run. Within a stage
 * the tasks are independent; a stage may start once every task of the stage before it finished.
 */
import { isAbsolute } from "node:path";
import { shellWord, type Executor, type ExecutorJob } from "./executor.js";

export function printExecutor(write: (text: string) => void): Executor {
  return {
    name: "print",
    async run(job: ExecutorJob): Promise<boolean> {
      write(`# pippa build as tasks, work folder ${job.work.root}\n`);
      // Inputs given as relative paths are read from the folder the build was planned in.
      const from = job.plan.inputs.some((input) => !isAbsolute(input.path)) || !isAbsolute(job.plan.output) ? `cd ${shellWord(process.cwd())} && ` : "";
      write("# Run the stages in this order; the tasks of one stage in any order or all at once. Re-running a finished task does nothing.\n");
      for (const stage of job.stages) {
        const ranks = await job.work.unfinished(stage.name, stage.ranks);
        write(`# stage ${stage.name}: ${stage.ranks} task(s), ranks 0-${stage.ranks - 1}${ranks.length < stage.ranks ? ` (${stage.ranks - ranks.length} done)` : ""}\n`);
        for (const rank of ranks) write(`${from}${["pippa", "task", "run", job.work.root, stage.name, String(rank)].map(shellWord).join(" ")}\n`);
      }
      return false;
    },
  };
}
