/**
 * One job on its own worker thread, under a time budget: past the budget the thread is
 * terminated (a reading stuck in a long loop stops there and then) and the caller gets a
 * `WorkerBudgetExceeded`. runner's one-shot worker has neither a budget nor a way to stop its
 * thread, hence this one, with the same shape: the parent starts the module with the job, the
 * module answers once. At most `MAX_RUNNING` jobs run at a time and the others wait their turn,
 * so a burst of requests cannot start a thread each; a job's budget starts with its thread.
 */
import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

/** A job's thread was stopped because it ran past its budget. */
export class WorkerBudgetExceeded extends Error {
  constructor(
    readonly kind: string,
    readonly budgetMs: number,
  ) {
    super(`the ${kind} job ran past its budget of ${budgetMs} ms and was stopped`);
    this.name = "WorkerBudgetExceeded";
  }
}

interface Envelope {
  /** Names the job kind, so a module only answers the jobs meant for it. */
  timedJob: string;
  job: unknown;
}

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
 * Runs `job` in a new worker started from `moduleUrl`, which must call `answerTimed(kind, …)`.
 * `budgetMs` null means no budget (the job runs to its end, still off the event loop).
 */
export async function runTimed<J, R>(moduleUrl: URL, kind: string, job: J, budgetMs: number | null): Promise<R> {
  await acquire();
  return new Promise<R>((resolve, reject) => {
    let worker: Worker;
    try {
      const envelope: Envelope = { timedJob: kind, job };
      worker = new Worker(moduleUrl, { workerData: envelope });
    } catch (error) {
      release();
      reject(error);
      return;
    }
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    if (budgetMs !== null) {
      timer = setTimeout(() => {
        settle(() => reject(new WorkerBudgetExceeded(kind, budgetMs)));
        void worker.terminate();
      }, budgetMs);
    }
    worker.once("message", (message: { result?: R; error?: string }) => {
      settle(() => (message.error !== undefined ? reject(new Error(message.error)) : resolve(message.result as R)));
      // The answer is in: nothing the thread still holds is needed.
      void worker.terminate();
    });
    worker.once("error", (error) => settle(() => reject(error)));
    // The slot is free only once the thread is gone, also after a terminate.
    worker.once("exit", (code) => {
      release();
      settle(() => reject(new Error(`the ${kind} worker stopped (exit code ${code})`)));
    });
  });
}

/** On a worker thread started by `runTimed(…, kind, …)`: runs `handle` on the job and answers. */
export function answerTimed<J, R>(kind: string, handle: (job: J) => Promise<R> | R): void {
  const envelope = workerData as Envelope | undefined;
  if (isMainThread || !parentPort || envelope?.timedJob !== kind) return;
  const port = parentPort;
  Promise.resolve()
    .then(() => handle(envelope.job as J))
    .then(
      (result) => port.postMessage({ result }),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
}
