/**
 * Maps a stream of tasks through a pool of worker threads and yields the results in task order,
 * with a bounded number of tasks in flight (so a fast reader cannot flood memory), each sent to
 * the worker with the fewest unanswered. A worker's answers must not depend on which tasks it was
 * given before (any state it keeps is a cache), so the results are the same whatever the timing.
 * The worker module receives `{ type: "init", init }` once, then `{ type: "task", seq, task }`
 * messages, and answers `{ seq, result }` or `{ seq, error }`.
 */
import { Worker, parentPort } from "node:worker_threads";

export interface WorkerMapOptions<I, T> {
  workers: number;
  /** Buffers of a task to transfer rather than copy. */
  transferOf?: (task: T) => ArrayBuffer[];
  /** Sent to every worker before its first task. */
  init: I;
  /** Tasks in flight per worker before reading waits [4]. */
  queueDepth?: number;
  /** Young generation of each worker's heap, in MB [V8's default]: room for a task's short-lived objects to die young. */
  youngGenerationMb?: number;
}

export async function* mapInWorkers<T, R, I>(workerUrl: URL, tasks: AsyncIterable<T>, options: WorkerMapOptions<I, T>): AsyncGenerator<R> {
  const queueDepth = options.queueDepth ?? 4;
  const workers = Array.from({ length: Math.max(1, options.workers) }, () => new Worker(workerUrl, options.youngGenerationMb ? { resourceLimits: { maxYoungGenerationSizeMb: options.youngGenerationMb } } : {}));
  const pending = new Map<number, { resolve: (value: R) => void; reject: (error: Error) => void }>();
  const results = new Map<number, Promise<R>>();
  let failure: Error | null = null;
  let closing = false;
  const fail = (error: Error) => {
    failure ??= error;
    for (const entry of pending.values()) entry.reject(failure);
    pending.clear();
  };
  // Tasks sent to each worker and not answered yet: the next task goes to the least busy, so a
  // worker that drew lighter tasks takes more instead of waiting for the other (tasks differ).
  const busy = workers.map(() => 0);
  workers.forEach((worker, index) => {
    worker.postMessage({ type: "init", init: options.init });
    worker.on("message", (message: { seq: number; result?: R; error?: string }) => {
      busy[index]--;
      const entry = pending.get(message.seq);
      if (!entry) return;
      pending.delete(message.seq);
      if (message.error !== undefined) entry.reject(new Error(message.error));
      else entry.resolve(message.result as R);
    });
    worker.on("error", fail);
    // A worker killed or out of memory may exit without an error event: its tasks would never
    // be answered and the run would wait for ever.
    worker.on("exit", (code) => {
      if (!closing) fail(new Error(`a worker thread stopped unexpectedly (exit code ${code}); the run is abandoned`));
    });
  });
  let nextSeq = 0;
  let nextOut = 0;
  try {
    for await (const task of tasks) {
      if (failure) throw failure;
      const seq = nextSeq++;
      results.set(
        seq,
        new Promise<R>((resolve, reject) => {
          pending.set(seq, { resolve, reject });
        }),
      );
      results.get(seq)!.catch(() => {}); // surfaced when awaited in order
      const next = busy.indexOf(Math.min(...busy));
      busy[next]++;
      workers[next].postMessage({ type: "task", seq, task }, options.transferOf?.(task) ?? []);
      while (nextSeq - nextOut >= queueDepth * workers.length) {
        const result = await results.get(nextOut)!;
        results.delete(nextOut++);
        yield result;
      }
    }
    while (nextOut < nextSeq) {
      const result = await results.get(nextOut)!;
      results.delete(nextOut++);
      yield result;
    }
  } finally {
    closing = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * The worker side of `mapInWorkers`: builds its state once from the init message (name lists, a
 * tokenizer…), then answers every task in order of arrival, with the buffers to transfer.
 */
export function serveTasks<I, T, R, S>(prepare: (init: I) => Promise<S>, handle: (task: T, state: S) => { result: R; transfer?: ArrayBuffer[] } | Promise<{ result: R; transfer?: ArrayBuffer[] }>): void {
  if (!parentPort) return;
  const port = parentPort;
  let ready: Promise<S> | null = null;
  port.on("message", async (message: { type: "init"; init: I } | { type: "task"; seq: number; task: T }) => {
    if (message.type === "init") {
      ready = prepare(message.init);
      return;
    }
    try {
      const { result, transfer } = await handle(message.task, await ready!);
      port.postMessage({ seq: message.seq, result }, transfer ?? []);
    } catch (error) {
      port.postMessage({ seq: message.seq, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
    }
  });
}
