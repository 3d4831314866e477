/**
 * The alternative Clauset et al. (2009, §5) test a power law against: a lognormal fitted by
 * maximum likelihood to the same tail (x ≥ x_min, conditioned on it; discretised over [x - ½,
 * x + ½) for counts), and Vuong's normalised log-likelihood ratio with its two-sided p-value.
 * A positive ratio favours the power law; only a small p makes its sign meaningful.
 */
import erfc from "@stdlib/math-base-special-erfc";
import type { PowerLawFit } from "./fit.js";
import { nelderMead } from "./nelder-mead.js";
import type { ValueCounts } from "./value-counts.js";
import { hurwitzZeta } from "./zeta.js";

export interface LognormalComparison {
  /** The lognormal's parameters: ln X ~ N(mu, sigma²) before truncation at x_min. */
  mu: number;
  sigma: number;
  /** Log-likelihood ratio, power law minus lognormal, over the tail. */
  logLikelihoodRatio: number;
  /** Two-sided p-value of the ratio's sign (Vuong). */
  p: number;
  /** Which fits better, when p < FAVOUR_P and |ratio| ≥ MIN_EVIDENCE; else neither can be preferred. */
  favours: "power law" | "lognormal" | "neither";
}

const SQRT2 = Math.SQRT2;
/** σ is searched in [e^-4, e^3]: wider than any spread of lengths, narrow enough to stop a runaway fit. */
const MIN_LOG_SIGMA = -4;
const MAX_LOG_SIGMA = 3;
/** A ratio's sign counts only below this p-value (Clauset et al.'s choice)… */
export const FAVOUR_P = 0.1;
/** …and only when the log-likelihoods differ by at least this much in all. */
export const MIN_EVIDENCE = 2;
/** P(Z > z) for a standard normal. */
const upperTail = (z: number) => 0.5 * erfc(z / SQRT2);

/** From here on the mass of [x - ½, x + ½) is integrated by Simpson's rule (relative error < 1e-8). */
const SIMPSON_FROM = 20;
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** The logarithms the lognormal's likelihood needs, which do not depend on its parameters. */
interface TailLogs {
  low: Float64Array;
  middle: Float64Array;
  high: Float64Array;
}

function tailLogs(values: Float64Array): TailLogs {
  return {
    low: Float64Array.from(values, (x) => Math.log(x - 0.5)),
    middle: Float64Array.from(values, (x) => Math.log(x)),
    high: Float64Array.from(values, (x) => Math.log(x + 0.5)),
  };
}

/**
 * ln P(x) of the lognormal on the tail, for every value at once, before truncation (the caller
 * subtracts ln P(X ≥ x_min) once). Discrete values take the mass of [x - ½, x + ½): a difference
 * of normal tails for small x, Simpson's rule on the density beyond (three exponentials instead
 * of two error functions).
 */
function lognormalLogMasses(kind: PowerLawFit["kind"], values: Float64Array, logs: TailLogs, mu: number, sigma: number, out: Float64Array): void {
  const offset = Math.log(sigma) + LOG_SQRT_2PI;
  const logDensity = (logT: number) => {
    const z = (logT - mu) / sigma;
    return -0.5 * z * z - logT - offset;
  };
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (kind === "continuous") out[i] = logDensity(logs.middle[i]);
    else if (x >= SIMPSON_FROM) {
      const middle = logDensity(logs.middle[i]);
      out[i] = middle + Math.log((Math.exp(logDensity(logs.low[i]) - middle) + 4 + Math.exp(logDensity(logs.high[i]) - middle)) / 6);
    } else {
      out[i] = Math.log(upperTail((logs.low[i] - mu) / sigma) - upperTail((logs.high[i] - mu) / sigma));
    }
  }
}

/** ln P(X ≥ x_min) of the untruncated lognormal (continuous: from x_min; discrete: from x_min - ½). */
function logTailMass(kind: PowerLawFit["kind"], xmin: number, mu: number, sigma: number): number {
  return Math.log(upperTail((Math.log(kind === "discrete" ? xmin - 0.5 : xmin) - mu) / sigma));
}

/** Fits the lognormal to the tail and compares it with the power law. */
export function compareWithLognormal(data: ValueCounts, fit: PowerLawFit): LognormalComparison {
  const from = data.values.findIndex((value) => value >= fit.xmin);
  const values = data.values.subarray(from);
  const counts = data.counts.subarray(from);
  const n = fit.nTail;
  let meanLog = 0;
  for (let i = 0; i < values.length; i++) meanLog += (counts[i] * Math.log(values[i])) / n;
  let varianceLog = 0;
  for (let i = 0; i < values.length; i++) varianceLog += (counts[i] * (Math.log(values[i]) - meanLog) ** 2) / n;
  const logMasses = new Float64Array(values.length);
  const logs = tailLogs(values);
  const negativeLogLikelihood = ([mu, logSigma]: readonly number[]) => {
    if (logSigma > MAX_LOG_SIGMA || logSigma < MIN_LOG_SIGMA) return Number.POSITIVE_INFINITY;
    const sigma = Math.exp(logSigma);
    lognormalLogMasses(fit.kind, values, logs, mu, sigma, logMasses);
    let total = n * logTailMass(fit.kind, fit.xmin, mu, sigma);
    for (let i = 0; i < values.length; i++) total -= counts[i] * logMasses[i];
    return Number.isFinite(total) ? total : Number.POSITIVE_INFINITY;
  };
  const start = [meanLog, Math.min(MAX_LOG_SIGMA - 0.5, Math.log(Math.sqrt(varianceLog) || 1))];
  const found = nelderMead(negativeLogLikelihood, start, { step: 0.2, tolerance: 1e-9, maxIterations: 300 });
  const [mu, logSigma] = found.x;
  const sigma = Math.exp(logSigma);
  // Pointwise log-likelihood differences, power law minus lognormal.
  const logZeta = fit.kind === "discrete" ? Math.log(hurwitzZeta(fit.alpha, fit.xmin).value) : 0;
  const powerLawLog = (x: number) =>
    fit.kind === "discrete" ? -fit.alpha * Math.log(x) - logZeta : Math.log(fit.alpha - 1) - Math.log(fit.xmin) - fit.alpha * Math.log(x / fit.xmin);
  lognormalLogMasses(fit.kind, values, logs, mu, sigma, logMasses);
  const logTail = logTailMass(fit.kind, fit.xmin, mu, sigma);
  const differences = Array.from(values, (x, i) => powerLawLog(x) - (logMasses[i] - logTail));
  let ratio = 0;
  for (let i = 0; i < values.length; i++) ratio += counts[i] * differences[i];
  const mean = ratio / n;
  let variance = 0;
  for (let i = 0; i < values.length; i++) variance += (counts[i] * (differences[i] - mean) ** 2) / n;
  const p = variance > 0 ? erfc(Math.abs(ratio) / Math.sqrt(2 * n * variance)) : 1;
  // A lognormal can bend itself into a power law (μ → -∞, σ → ∞); when the two fits differ by less
  // than MIN_EVIDENCE log-likelihood units in all, the ratio's sign says nothing, whatever p is.
  const decisive = p < FAVOUR_P && Math.abs(ratio) >= MIN_EVIDENCE;
  return { mu, sigma, logLikelihoodRatio: ratio, p, favours: !decisive ? "neither" : ratio > 0 ? "power law" : "lognormal" };
}
