/**
 * Mergeable summary statistics: Welford running mean/variance with min/max, and integer series
 * kept exactly as histograms (see `IntSeries`) for exact medians and percentiles. Each has an exact
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

/** Values below this are counted in a dense histogram; larger ones are kept one by one. */
const DENSE_LIMIT = 1 << 16;

/**
 * A distribution of non-negative integers (message lengths, turn counts) kept exactly, as a dense
 * histogram plus a list of the rare values too large for it. Quantiles and moments are exact,
 * merging is addition, and memory stays flat however many values arrive.
 */
export class IntSeries {
  private counts = new Uint32Array(256);
  private large: number[] = [];
  private total = 0;

  get length(): number {
    return this.total;
  }

  /** Adds one value; it must be a non-negative integer. */
  push(x: number): void {
    if (x >= this.counts.length) {
      if (x >= DENSE_LIMIT) {
        this.large.push(x);
        this.total++;
        return;
      }
      this.growTo(x + 1);
    }
    this.counts[x]++;
    this.total++;
  }

  merge(other: IntSeriesState): void {
    if (other.counts.length > this.counts.length) this.growTo(other.counts.length);
    const counts = this.counts;
    const incoming = other.counts;
    for (let v = 0; v < incoming.length; v++) counts[v] += incoming[v];
    for (const x of other.large) this.large.push(x);
    this.total += other.total;
  }

  /** The value of rank `rank` (0-based) in ascending order. */
  valueAtRank(rank: number, sortedLarge = this.sortedLarge()): number {
    let seen = 0;
    const counts = this.counts;
    for (let v = 0; v < counts.length; v++) {
      seen += counts[v];
      if (seen > rank) return v;
    }
    return sortedLarge[rank - seen];
  }

  /** The value at quantile `q`, interpolated linearly between ranks (NumPy's default). */
  quantile(q: number, sortedLarge = this.sortedLarge()): number {
    if (this.total === 0) return Number.NaN;
    const h = (this.total - 1) * q;
    const lo = Math.floor(h);
    const low = this.valueAtRank(lo, sortedLarge);
    if (h === lo) return low;
    return low + (h - lo) * (this.valueAtRank(lo + 1, sortedLarge) - low);
  }

  /** Exact moments from the histogram (two passes, so the variance is stable). */
  moments(): RunningStatsState {
    const n = this.total;
    if (n === 0) return { n: 0, mean: 0, m2: 0, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY };
    const counts = this.counts;
    let sum = 0;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let v = 0; v < counts.length; v++) {
      const c = counts[v];
      if (c === 0) continue;
      sum += c * v;
      if (v < min) min = v;
      max = v;
    }
    for (const x of this.large) {
      sum += x;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    const mean = sum / n;
    let m2 = 0;
    for (let v = 0; v < counts.length; v++) if (counts[v] !== 0) m2 += counts[v] * (v - mean) * (v - mean);
    for (const x of this.large) m2 += (x - mean) * (x - mean);
    return { n, mean, m2, min, max };
  }

  /** A compact copy whose buffer can be transferred to another thread. */
  toState(): IntSeriesState {
    let top = this.counts.length;
    while (top > 0 && this.counts[top - 1] === 0) top--;
    return { counts: this.counts.slice(0, top), large: [...this.large], total: this.total };
  }

  static fromState(state: IntSeriesState): IntSeries {
    const series = new IntSeries();
    series.merge(state);
    return series;
  }

  private sortedLarge(): number[] {
    return this.large.length > 1 ? [...this.large].sort((a, b) => a - b) : this.large;
  }

  private growTo(size: number): void {
    const grown = new Uint32Array(Math.min(DENSE_LIMIT, Math.max(size, this.counts.length * 2)));
    grown.set(this.counts);
    this.counts = grown;
  }
}

export interface IntSeriesState {
  /** `counts[v]` is how many times `v` occurred. */
  counts: Uint32Array;
  /** Values of at least 65,536, unordered. */
  large: number[];
  total: number;
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

/** Exact quantiles and moments of a series; zeros for an empty one. */
export function summariseSeries(series: IntSeries): SeriesSummary {
  if (series.length === 0) return { count: 0, median: 0, mean: 0, std: 0, min: 0, max: 0, p90: 0, p99: 0 };
  const moments = RunningStats.fromState(series.moments());
  return {
    count: series.length,
    median: series.quantile(0.5),
    mean: moments.mean,
    std: moments.std,
    min: moments.min,
    max: moments.max,
    p90: series.quantile(0.9),
    p99: series.quantile(0.99),
  };
}
