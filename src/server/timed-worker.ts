/**
 * The server's reading jobs on worker threads (see runner/one-shot-worker: one job per thread,
 * under a time budget), at most `MAX_RUNNING` at a time: the others wait their turn, so a burst of
 * requests cannot start a thread each. A job's budget starts with its thread, not its wait.
 */
import { availableParallelism } from "node:os";
import { runOneShot } from "../runner/one-shot-worker.js";

export { WorkerBudgetExceeded } from "../runner/one-shot-worker.js";

/** Jobs running at once; the others wait. At least two, so one long job never holds up every other. */
const MAX_RUNNING = Math.max(2, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

function acquire(): Promise<void> {
  if (running < MAX_RUNNING) {
    running++;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}

/** Hands the slot to the next waiting job, if any. */
function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/**
 * Runs `job` in a new worker started from `moduleUrl`, which must call `answerOneShot(kind, …)`.
 * `budgetMs` null means no budget (the job runs to its end, still off the event loop).
 */
export async function runTimed<J, R>(moduleUrl: URL, kind: string, job: J, budgetMs: number | null): Promise<R> {
  await acquire();
  try {
    return await runOneShot<J, R>(moduleUrl, kind, job, { budgetMs });
  } finally {
    release();
  }
}
