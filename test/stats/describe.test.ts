import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { IntSeries, RunningStats, quantileSorted, summariseSeries } from "../../src/stats/describe.js";

const values = fc.array(fc.oneof({ weight: 9, arbitrary: fc.nat(500) }, { weight: 1, arbitrary: fc.integer({ min: 65_000, max: 200_000 }) }), { minLength: 1, maxLength: 300 });

function close(actual: number, expected: number, what: string) {
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs ${expected}`);
}

describe("IntSeries", () => {
  it("gives the quantiles of the sorted values (NumPy linear interpolation)", () => {
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 1, noNaN: true }), (xs, q) => {
        const series = new IntSeries();
        for (const x of xs) series.push(x);
        const sorted = [...xs].sort((a, b) => a - b);
        close(series.quantile(q), quantileSorted(sorted, q), `q=${q}`);
      }),
    );
  });

  it("matches known NumPy figures", () => {
    const series = new IntSeries();
    for (const x of [1, 2, 3, 4, 10]) series.push(x);
    const summary = summariseSeries(series);
    assert.equal(summary.median, 3); // np.median
    close(summary.p90, 7.6, "p90"); // np.percentile(.., 90)
    close(summary.mean, 4, "mean");
    close(summary.std, Math.sqrt(12.5), "std"); // np.std(.., ddof=1)
    assert.deepEqual([summary.min, summary.max, summary.count], [1, 10, 5]);
  });

  it("merges shards into exactly the whole", () => {
    fc.assert(
      fc.property(values, values, (a, b) => {
        const whole = new IntSeries();
        const left = new IntSeries();
        const right = new IntSeries();
        for (const x of a) (whole.push(x), left.push(x));
        for (const x of b) (whole.push(x), right.push(x));
        left.merge(right.toState());
        assert.deepEqual(summariseSeries(left), summariseSeries(whole));
      }),
    );
  });

  it("summarises an empty series as zeros", () => {
    assert.deepEqual(summariseSeries(new IntSeries()), { count: 0, median: 0, mean: 0, std: 0, min: 0, max: 0, p90: 0, p99: 0 });
  });
});

describe("RunningStats", () => {
  it("merges like one pass over everything (Chan et al.)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true })), fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true })), (a, b) => {
        const whole = new RunningStats();
        const left = new RunningStats();
        const right = new RunningStats();
        for (const x of a) (whole.add(x), left.add(x));
        for (const x of b) (whole.add(x), right.add(x));
        left.merge(right.toState());
        assert.equal(left.n, whole.n);
        if (whole.n === 0) return;
        assert.ok(Math.abs(left.mean - whole.mean) <= 1e-6 * (1 + Math.abs(whole.mean)));
        assert.ok(Math.abs(left.std - whole.std) <= 1e-6 * (1 + whole.std));
        assert.equal(left.min, whole.min);
        assert.equal(left.max, whole.max);
      }),
    );
  });
});
