/**
 * Mergeable summary statistics: Welford running mean/variance with min/max, and integer series
 * that keep every value (in a typed array) for exact medians and percentiles. Each has an exact
 * `merge()` and a plain form that crosses worker boundaries.
 */

/** Running count, mean, variance (Welford), min and max. */
export class RunningStats {
  n = 0;
  mean = 0;
  /** Sum of squared deviations from the mean. */
  m2 = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  add(x: number): void {
    this.n++;
    const delta = x - this.mean;
    this.mean += delta / this.n;
    this.m2 += delta * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** Chan et al.'s parallel combination: exact up to floating point. */
  merge(other: RunningStatsState): void {
    if (other.n === 0) return;
    if (this.n === 0) {
      Object.assign(this, { n: other.n, mean: other.mean, m2: other.m2, min: other.min, max: other.max });
      return;
    }
    const n = this.n + other.n;
    const delta = other.mean - this.mean;
    this.mean += (delta * other.n) / n;
    this.m2 += other.m2 + (delta * delta * this.n * other.n) / n;
    this.n = n;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  /** Sample standard deviation (n - 1), 0 for fewer than two values. */
  get std(): number {
    return this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : 0;
  }

  toState(): RunningStatsState {
    return { n: this.n, mean: this.mean, m2: this.m2, min: this.min, max: this.max };
  }

  static fromState(state: RunningStatsState): RunningStats {
    const stats = new RunningStats();
    stats.merge(state);
    return stats;
  }
}

export interface RunningStatsState {
  n: number;
  mean: number;
  m2: number;
  min: number;
  max: number;
}

/** The value at quantile `q` of ascending `sorted`, interpolated linearly (NumPy's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Non-negative integers kept exactly (for medians), with running moments alongside. */
export class IntSeries {
  private values: Uint32Array;
  private count = 0;
  readonly moments = new RunningStats();

  constructor(initialCapacity = 1024) {
    this.values = new Uint32Array(initialCapacity);
  }

  get length(): number {
    return this.count;
  }

  push(x: number): void {
    if (this.count === this.values.length) this.grow(this.count + 1);
    this.values[this.count++] = x;
    this.moments.add(x);
  }

  merge(other: IntSeriesState): void {
    const incoming = other.values;
    if (this.count + incoming.length > this.values.length) this.grow(this.count + incoming.length);
    this.values.set(incoming, this.count);
    this.count += incoming.length;
    this.moments.merge(other.moments);
  }

  /** The values in ascending order (a sorted copy; the series keeps arrival order). */
  sorted(): Uint32Array {
    return this.values.slice(0, this.count).sort();
  }

  /** A compact copy whose buffer can be transferred to another thread. */
  toState(): IntSeriesState {
    return { values: this.values.slice(0, this.count), moments: this.moments.toState() };
  }

  static fromState(state: IntSeriesState): IntSeries {
    const series = new IntSeries(Math.max(1, state.values.length));
    series.merge(state);
    return series;
  }

  private grow(minimum: number): void {
    const grown = new Uint32Array(Math.max(minimum, this.values.length * 2));
    grown.set(this.values.subarray(0, this.count));
    this.values = grown;
  }
}

export interface IntSeriesState {
  values: Uint32Array;
  moments: RunningStatsState;
}

/** The summary printed for a series. */
export interface SeriesSummary {
  count: number;
  median: number;
  mean: number;
  std: number;
  min: number;
  max: number;
  p90: number;
  p99: number;
}

/** Exact quantiles and moments of a series; NaN-free zeros for an empty one. */
export function summariseSeries(series: IntSeries): SeriesSummary {
  if (series.length === 0) return { count: 0, median: 0, mean: 0, std: 0, min: 0, max: 0, p90: 0, p99: 0 };
  const sorted = series.sorted();
  const { moments } = series;
  return {
    count: series.length,
    median: quantileSorted(sorted, 0.5),
    mean: moments.mean,
    std: moments.std,
    min: moments.min,
    max: moments.max,
    p90: quantileSorted(sorted, 0.9),
    p99: quantileSorted(sorted, 0.99),
  };
}
