import assert from "node:assert/strict";
import { describe, it, mock } from "node:test";
import { canDrawProgress, createProgress } from "../../src/runner/progress.js";

describe("progress", () => {
  it("draws only on a TTY outside CI", () => {
    assert.equal(canDrawProgress({ write() {}, isTTY: true }, {}), true);
    assert.equal(canDrawProgress({ write() {}, isTTY: true }, { CI: "true" }), false);
    assert.equal(canDrawProgress({ write() {}, isTTY: false }, {}), false);
  });

  it("shows share, speeds and ETA, speeds only once a stage has run long enough to rate, then clears its line", () => {
    mock.timers.enable({ apis: ["Date"], now: 1_000_000 });
    try {
      let written = "";
      const progress = createProgress("dedup", { write: (text: string) => (written += text), isTTY: true }, true);
      mock.timers.tick(150);
      progress.update({ bytes: 1e6, totalBytes: 100e6, records: 1297 });
      assert.match(written, /dedup\s+1%\s+ETA \d+s/);
      assert.doesNotMatch(written, /records\/s/, "no rate after 150 ms");
      mock.timers.tick(2000);
      progress.update({ bytes: 50e6, totalBytes: 100e6, records: 1000 });
      assert.match(written, /dedup\s+50%\s+[\d.]+ MB\/s\s+[\d,]+ records\/s\s+ETA \d+s/);
      progress.done();
      assert.ok(written.endsWith("\r\x1b[2K"));
    } finally {
      mock.timers.reset();
    }
  });

  it("uses records for the share when bytes are unknown, and stays silent when disabled", () => {
    let written = "";
    createProgress("synthesising", { write: (text: string) => (written += text) }, true).update({ records: 25, totalRecords: 100 });
    assert.match(written, /25%/);
    assert.doesNotMatch(written, /MB\/s/);
    let silent = "";
    const off = createProgress("x", { write: (text: string) => (silent += text) }, false);
    off.update({ records: 1 });
    off.done();
    assert.equal(silent, "");
  });
});
