/**
 * One job on one worker thread: the parent starts the module with the job and gets a promise of
 * the answer; the module, on its thread, answers once. For long single tasks that should run
 * beside the main thread (a Parquet file, a bootstrap), not for pools (see worker-map).
 */
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

interface Envelope {
  /** Names the job kind, so a module only answers the jobs meant for it. */
  oneShot: string;
  job: unknown;
}

/** Runs `job` in a new worker started from `moduleUrl`, which must call `answerOneShot(kind, …)`. */
export function runOneShot<J, R>(moduleUrl: URL, kind: string, job: J, transferList: ArrayBuffer[] = []): Promise<R> {
  return new Promise((resolve, reject) => {
    const envelope: Envelope = { oneShot: kind, job };
    const worker = new Worker(moduleUrl, { workerData: envelope, transferList });
    let settled = false;
    worker.once("message", (message: { result?: R; error?: string }) => {
      settled = true;
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.result as R);
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`the ${kind} worker stopped (exit code ${code})`));
    });
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
