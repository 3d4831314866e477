import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Worker } from "node:worker_threads";
import { SharedBufferPool, transferableOf } from "../../src/runner/shared-buffers.js";

describe("shared buffer pool", () => {
  it("hands out whole slots of shared memory and reuses the ones put back", () => {
    const pool = new SharedBufferPool(1024);
    const a = pool.acquire(10);
    const b = pool.acquire();
    assert.ok(a.buffer instanceof SharedArrayBuffer);
    assert.equal(a.length, 1024);
    assert.notEqual(a.buffer, b.buffer);
    pool.release(a.subarray(5, 20));
    assert.equal(pool.freeSlots, 1);
    assert.equal(pool.acquire(1024).buffer, a.buffer);
    assert.equal(pool.freeSlots, 0);
  });

  it("gives an ordinary buffer for what does not fit a slot, and ignores it when put back", () => {
    const pool = new SharedBufferPool(1024);
    const big = pool.acquire(1025);
    assert.ok(big.buffer instanceof ArrayBuffer);
    assert.equal(big.length, 1025);
    pool.release(big);
    pool.release(new Uint8Array(new SharedArrayBuffer(512)));
    assert.equal(pool.freeSlots, 0);
  });

  it("refuses a slot put back twice (two owners would overwrite each other)", () => {
    const pool = new SharedBufferPool(64);
    const slot = pool.acquire();
    pool.release(slot);
    assert.throws(() => pool.release(slot), /released twice/);
  });

  it("transfers ordinary buffers and shares slots: a worker's writes to a slot are seen here", async () => {
    const slot = new SharedBufferPool(16).acquire();
    assert.deepEqual(transferableOf(slot), []);
    const plain = new Uint8Array(4);
    assert.deepEqual(transferableOf(plain), [plain.buffer]);
    const worker = new Worker("require('node:worker_threads').parentPort.once('message', (view) => { view.fill(7); require('node:worker_threads').parentPort.postMessage('done'); });", { eval: true });
    try {
      const done = new Promise((resolve) => worker.once("message", resolve));
      worker.postMessage(slot, transferableOf(slot));
      await done;
      assert.deepEqual([...slot], new Array(16).fill(7));
    } finally {
      await worker.terminate();
    }
  });
});
