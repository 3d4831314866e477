/**
 * Power-law fits the way Clauset, Shalizi & Newman (2009) prescribe: for each candidate x_min the
 * maximum-likelihood exponent α of the tail x ≥ x_min, then the x_min whose fit is closest to the
 * data by the Kolmogorov–Smirnov distance. Discrete data (counts such as message lengths) use the
 * exact discrete likelihood with the Hurwitz zeta normaliser; continuous data the closed form.
 */
import type { ValueCounts } from "./value-counts.js";
import { hurwitzZeta } from "./zeta.js";

export type PowerLawKind = "discrete" | "continuous";

export interface PowerLawFit {
  kind: PowerLawKind;
  alpha: number;
  /** Standard error of α (from the likelihood's curvature). */
  alphaSe: number;
  xmin: number;
  /** Observations at or above x_min. */
  nTail: number;
  /** All observations (the tail is `nTail / n` of them). */
  n: number;
  /** Kolmogorov–Smirnov distance between the tail and the fitted law. */
  ks: number;
}

export interface FitOptions {
  kind: PowerLawKind;
  /** Fewest observations a tail may have [50]: tiny tails always look like anything. */
  minTail?: number;
  /**
   * Smallest share of all observations the tail must hold [0.1]. Without it the KS search keeps
   * raising x_min until a few hundred points remain, where any smooth heavy tail looks straight:
   * on 10,000 lognormal draws the power law then survives the bootstrap in most samples. With
   * it, the question answered is whether the distribution's upper tenth (or more) is a power law.
   * 0 gives Clauset et al.'s unrestricted search.
   */
  minTailShare?: number;
  /**
   * Most x_min candidates tried [200]: the smallest 40 distinct values, then values spaced evenly
   * on a log scale. Every distinct value is tried when there are fewer.
   */
  maxCandidates?: number;
  /** Fit this x_min only (no search). */
  xmin?: number;
}

export const MAX_ALPHA = 50;
export const DEFAULT_MIN_TAIL_SHARE = 0.1;
/** Fewest observations a tail may have, unless asked otherwise. */
export const DEFAULT_MIN_TAIL = 50;
const DENSE_CANDIDATES = 40;
/** Gaps between distinct values up to this many integers are summed term by term. */
const SUMMED_GAP = 64;

let logTable: Float64Array | null = null;
/** ln k for k < 65,536, computed once. */
function logOf(k: number): number {
  if (k < 65536) {
    logTable ??= Float64Array.from({ length: 65536 }, (_, i) => Math.log(i));
    return logTable[k];
  }
  return Math.log(k);
}

/** Tail sums from the top: `count[i]` observations at or above `values[i]` and the sum of their logs. */
interface TailSums {
  count: Float64Array;
  logSum: Float64Array;
}

function tailSums(data: ValueCounts): TailSums {
  const length = data.values.length;
  const count = new Float64Array(length + 1);
  const logSum = new Float64Array(length + 1);
  for (let i = length - 1; i >= 0; i--) {
    count[i] = count[i + 1] + data.counts[i];
    logSum[i] = logSum[i + 1] + data.counts[i] * Math.log(data.values[i]);
  }
  return { count, logSum };
}

/** Indices of the x_min candidates (see `FitOptions.maxCandidates`). */
function candidateIndices(data: ValueCounts, sums: TailSums, options: FitOptions): number[] {
  const minTail = Math.max(options.minTail ?? DEFAULT_MIN_TAIL, Math.ceil((options.minTailShare ?? DEFAULT_MIN_TAIL_SHARE) * data.total));
  const maxCandidates = Math.max(DENSE_CANDIDATES + 1, options.maxCandidates ?? 200);
  const all: number[] = [];
  for (let i = 0; i < data.values.length; i++) {
    const value = data.values[i];
    if (sums.count[i] < minTail) break;
    if (options.kind === "discrete" ? value >= 1 && Number.isInteger(value) : value > 0) all.push(i);
  }
  if (all.length <= maxCandidates) return all;
  const kept = all.slice(0, DENSE_CANDIDATES);
  const first = data.values[all[DENSE_CANDIDATES]];
  const last = data.values[all[all.length - 1]];
  const step = Math.pow(last / first, 1 / (maxCandidates - DENSE_CANDIDATES - 1));
  let next = first;
  for (let k = DENSE_CANDIDATES; k < all.length; k++) {
    if (data.values[all[k]] >= next * (1 - 1e-12)) {
      kept.push(all[k]);
      next = data.values[all[k]] * step;
    }
  }
  return kept;
}

/** E[ln X] under the discrete power law on x ≥ xmin: -ζ'(α, x_min) / ζ(α, x_min). */
function meanLog(alpha: number, xmin: number): number {
  const zeta = hurwitzZeta(alpha, xmin);
  return -zeta.derivative / zeta.value;
}

/** The discrete MLE: the α whose E[ln X] equals the tail's mean log (regula falsi, Illinois). */
function discreteAlpha(meanLogObserved: number, xmin: number): number {
  let lo = 1.0001;
  let hi = MAX_ALPHA;
  let gLo = meanLog(lo, xmin) - meanLogObserved;
  let gHi = meanLog(hi, xmin) - meanLogObserved;
  if (gHi >= 0) return MAX_ALPHA;
  if (gLo <= 0) return lo;
  let side = 0;
  let alpha = lo;
  for (let iteration = 0; iteration < 200; iteration++) {
    alpha = (lo * gHi - hi * gLo) / (gHi - gLo);
    const g = meanLog(alpha, xmin) - meanLogObserved;
    if (Math.abs(g) < 1e-12 || hi - lo < 1e-10) break;
    if (g > 0) {
      lo = alpha;
      gLo = g;
      if (side === 1) gHi /= 2;
      side = 1;
    } else {
      hi = alpha;
      gHi = g;
      if (side === -1) gLo /= 2;
      side = -1;
    }
  }
  return alpha;
}

/** α for one x_min, or null when the tail is degenerate (every value equal to x_min). */
function alphaFor(kind: PowerLawKind, xmin: number, n: number, logSum: number): number | null {
  const mean = logSum / n;
  if (mean - Math.log(xmin) < 1e-12) return null;
  if (kind === "continuous") return Math.min(MAX_ALPHA, 1 + 1 / (mean - Math.log(xmin)));
  return discreteAlpha(mean, xmin);
}

function alphaSe(kind: PowerLawKind, alpha: number, xmin: number, n: number): number {
  if (kind === "continuous") return (alpha - 1) / Math.sqrt(n);
  // Var[ln X] = -d E[ln X] / dα, by a central difference.
  const h = 1e-5 * alpha;
  const variance = -(meanLog(alpha + h, xmin) - meanLog(alpha - h, xmin)) / (2 * h);
  return 1 / Math.sqrt(n * variance);
}

/**
 * KS distance between the tail (from index `from`) and the power law, with two early stops: once
 * both complementary CDFs have fallen below the largest gap seen, no later gap can be larger; and
 * once the gap reaches `bound` (the best fit's so far) this x_min has lost, whatever follows.
 */
function ksDistance(kind: PowerLawKind, data: ValueCounts, from: number, n: number, alpha: number, bound: number): number {
  const { values, counts } = data;
  const xmin = values[from];
  let seen = 0;
  let distance = 0;
  if (kind === "continuous") {
    const logXmin = Math.log(xmin);
    for (let j = from; j < values.length; j++) {
      const modelTail = Math.exp((1 - alpha) * (Math.log(values[j]) - logXmin)); // P(X > x)
      const before = 1 - seen / n;
      seen += counts[j];
      const after = 1 - seen / n;
      distance = Math.max(distance, Math.abs(before - modelTail), Math.abs(after - modelTail));
      if (distance >= bound || Math.max(after, modelTail) <= distance) break;
    }
    return distance;
  }
  const zetaMin = hurwitzZeta(alpha, xmin).value;
  let zeta = zetaMin; // ζ(α, x) for x = the current value
  let x = xmin;
  for (let j = from; j < values.length; j++) {
    const value = values[j];
    if (value !== x) {
      // Move ζ(α, x) to ζ(α, value): subtract the terms in between, or start afresh after a long gap.
      if (value - x <= SUMMED_GAP) for (let k = x; k < value; k++) zeta -= Math.exp(-alpha * logOf(k));
      else zeta = hurwitzZeta(alpha, value).value;
      x = value;
      // Just below `value` the data's CDF is still `seen / n` while the model's has risen.
      distance = Math.max(distance, Math.abs(1 - seen / n - zeta / zetaMin));
    }
    seen += counts[j];
    const modelTail = (zeta - Math.exp(-alpha * logOf(value))) / zetaMin; // P(X > value)
    const after = 1 - seen / n;
    distance = Math.max(distance, Math.abs(after - modelTail));
    if (distance >= bound || Math.max(after, modelTail) <= distance) break;
  }
  return distance;
}

/** Fits a power law to the data's tail, choosing x_min by the smallest KS distance. */
export function fitPowerLaw(data: ValueCounts, options: FitOptions): PowerLawFit | null {
  const { kind } = options;
  const sums = tailSums(data);
  let candidates: number[];
  if (options.xmin !== undefined) {
    const index = data.values.findIndex((value) => value >= options.xmin!);
    candidates = index < 0 ? [] : [index];
  } else {
    candidates = candidateIndices(data, sums, options);
  }
  let best: PowerLawFit | null = null;
  for (const i of candidates) {
    const n = sums.count[i];
    const xmin = data.values[i];
    const alpha = alphaFor(kind, xmin, n, sums.logSum[i]);
    if (alpha === null) continue;
    const ks = ksDistance(kind, data, i, n, alpha, best ? best.ks : Number.POSITIVE_INFINITY);
    if (!best || ks < best.ks) best = { kind, alpha, alphaSe: 0, xmin, nTail: n, n: data.total, ks };
  }
  if (best) best.alphaSe = alphaSe(kind, best.alpha, best.xmin, best.nTail);
  return best;
}

/** P(X ≥ x) of the fitted law for x ≥ x_min, as a share of the tail. */
export function powerLawTail(fit: PowerLawFit, x: number): number {
  if (x <= fit.xmin) return 1;
  if (fit.kind === "continuous") return Math.pow(x / fit.xmin, 1 - fit.alpha);
  return hurwitzZeta(fit.alpha, Math.ceil(x)).value / hurwitzZeta(fit.alpha, fit.xmin).value;
}
