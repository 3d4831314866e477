/**
 * A worker for the tests of `mapInWorkers`: each worker takes the next number of a shared counter
 * as its rank on init; a task is answered after `slowMs` on the worker of rank 0, at once on the
 * others, with the task's value and the rank that answered.
 */
import { serveTasks } from "../../src/runner/worker-map.js";

export interface TimedInit {
  ranks: Int32Array;
  slowMs: number;
}

export interface TimedTask {
  value: number;
  /** The worker thread exits with this code instead of answering (as a killed or out-of-memory one would). */
  exitWith?: number;
}

serveTasks<TimedInit, TimedTask, { value: number; rank: number }, { rank: number; slowMs: number }>(
  async (init) => ({ rank: Atomics.add(init.ranks, 0, 1), slowMs: init.slowMs }),
  async (task, { rank, slowMs }) => {
    if (task.exitWith !== undefined) process.exit(task.exitWith);
    if (rank === 0) await new Promise((resolve) => setTimeout(resolve, slowMs));
    return { result: { value: task.value * 2, rank } };
  },
);
