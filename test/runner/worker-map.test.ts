import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mapInWorkers } from "../../src/runner/worker-map.js";
import type { TimedInit, TimedTask } from "../helpers/timed-worker.js";

const workerUrl = new URL("../helpers/timed-worker.js", import.meta.url);

async function run(count: number, slowMs: number): Promise<{ value: number; rank: number }[]> {
  async function* tasks() {
    for (let value = 0; value < count; value++) yield { value };
  }
  const init: TimedInit = { ranks: new Int32Array(new SharedArrayBuffer(4)), slowMs };
  const results: { value: number; rank: number }[] = [];
  for await (const result of mapInWorkers<TimedTask, { value: number; rank: number }, TimedInit>(workerUrl, tasks(), { workers: 2, init, queueDepth: 4 })) results.push(result);
  return results;
}

describe("mapInWorkers", () => {
  it("yields every result in task order, whichever worker answered first", async () => {
    const results = await run(50, 3);
    assert.deepEqual(results.map((result) => result.value), Array.from({ length: 50 }, (_, i) => i * 2));
    assert.deepEqual(new Set(results.map((result) => result.rank)), new Set([0, 1]));
  });

  it("sends the next task to the worker with the fewest unanswered, so a slow worker gets fewer", async () => {
    const results = await run(60, 25);
    const slow = results.filter((result) => result.rank === 0).length;
    // Handed out in turn, each would get exactly 30 (results leave in order, which bounds how far
    // the fast one can run ahead: measured 23-24).
    assert.ok(slow < 28, `the slow worker took ${slow} of 60 tasks`);
  });

  it("fails the run with a clear message when a worker thread exits without answering, instead of waiting for ever", async () => {
    async function* tasks() {
      for (let value = 0; value < 20; value++) yield value === 5 ? { value, exitWith: 7 } : { value };
    }
    const init: TimedInit = { ranks: new Int32Array(new SharedArrayBuffer(4)), slowMs: 0 };
    const seen: number[] = [];
    const run = (async () => {
      for await (const result of mapInWorkers<TimedTask, { value: number; rank: number }, TimedInit>(workerUrl, tasks(), { workers: 2, init, queueDepth: 2 })) seen.push(result.value);
    })();
    // Bounded: without the exit listener the run never settles.
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("the run hung")), 10_000).unref());
    await assert.rejects(Promise.race([run, timeout]), /worker thread stopped unexpectedly \(exit code 7\)/);
    assert.ok(seen.length < 20);
  });
});
