/**
 * Observations as their distinct values, ascending, with how often each occurred: a histogram,
 * the form the power-law fits read (a corpus's million message lengths are a few thousand values).
 */
import type { IntSeriesState } from "../describe.js";

export interface ValueCounts {
  values: Float64Array;
  counts: Float64Array;
  /** The sum of `counts`. */
  total: number;
}

function fromSorted(sorted: ArrayLike<number>): ValueCounts {
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) counts[counts.length - 1]++;
    else {
      values.push(sorted[i]);
      counts.push(1);
    }
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts), total: sorted.length };
}

/** Distinct positive finite samples and their counts (zeros and non-finite samples are left out). */
export function valueCountsOf(samples: ArrayLike<number>): ValueCounts {
  const kept = Float64Array.from(Array.prototype.filter.call(samples, (x: number) => Number.isFinite(x) && x > 0) as number[]);
  return fromSorted(kept.sort());
}

/** The positive values of an integer series (see `IntSeries`) and their counts. */
export function valueCountsOfSeries(series: IntSeriesState): ValueCounts {
  const values: number[] = [];
  const counts: number[] = [];
  let total = 0;
  for (let v = 1; v < series.counts.length; v++) {
    if (series.counts[v] === 0) continue;
    values.push(v);
    counts.push(series.counts[v]);
    total += series.counts[v];
  }
  const large = fromSorted([...series.large].sort((a, b) => a - b));
  for (let i = 0; i < large.values.length; i++) {
    values.push(large.values[i]);
    counts.push(large.counts[i]);
    total += large.counts[i];
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts), total };
}
