/**
 * One job on one worker thread: the parent starts the module with the job and gets a promise of
 * the answer; the module, on its thread, answers once. For long single tasks that should run
 * beside the main thread (a Parquet file, a bootstrap, reading an upload), not for pools (see
 * worker-map). With a time budget, a job still running when it ends has its thread terminated (a
 * reading stuck in a long loop stops there and then) and the caller gets `WorkerBudgetExceeded`.
 */
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

interface Envelope {
  /** Names the job kind, so a module only answers the jobs meant for it. */
  oneShot: string;
  job: unknown;
}

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

export interface OneShotOptions {
  transferList?: ArrayBuffer[];
  /** Longest the job may run, from its thread's start, in ms [no limit]. */
  budgetMs?: number | null;
}

/** Runs `job` in a new worker started from `moduleUrl`, which must call `answerOneShot(kind, …)`. */
export function runOneShot<J, R>(moduleUrl: URL, kind: string, job: J, options: OneShotOptions = {}): Promise<R> {
  return new Promise((resolve, reject) => {
    const envelope: Envelope = { oneShot: kind, job };
    const worker = new Worker(moduleUrl, { workerData: envelope, transferList: options.transferList ?? [] });
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const { budgetMs } = options;
    if (budgetMs != null) {
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
    worker.once("exit", (code) => settle(() => reject(new Error(`the ${kind} worker stopped (exit code ${code})`))));
  });
}

/** On a worker thread started by `runOneShot(…, kind, …)`: runs `handle` on the job and answers. */
export function answerOneShot<J, R>(kind: string, handle: (job: J) => Promise<R> | R): void {
  const envelope = workerData as Envelope | undefined;
  if (isMainThread || !parentPort || envelope?.oneShot !== kind) return;
  const port = parentPort;
  Promise.resolve()
    .then(() => handle(envelope.job as J))
    .then(
      (result) => port.postMessage({ result }),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
}
