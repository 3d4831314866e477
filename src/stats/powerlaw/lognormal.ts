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
  /** Which fits better, when p < 0.1; else neither can be preferred. */
  favours: "power law" | "lognormal" | "neither";
}

const SQRT2 = Math.SQRT2;
/** P(Z > z) for a standard normal. */
const upperTail = (z: number) => 0.5 * erfc(z / SQRT2);

/** ln P(x) of the lognormal on x ≥ xmin (discrete: the mass of [x - ½, x + ½)). */
function lognormalLogProbability(kind: PowerLawFit["kind"], x: number, xmin: number, mu: number, sigma: number): number {
  const z = (t: number) => (Math.log(t) - mu) / sigma;
  if (kind === "continuous") {
    const zx = z(x);
    return -0.5 * zx * zx - Math.log(x * sigma * Math.sqrt(2 * Math.PI)) - Math.log(upperTail(z(xmin)));
  }
  const mass = upperTail(z(x - 0.5)) - upperTail(z(x + 0.5));
  return Math.log(mass) - Math.log(upperTail(z(xmin - 0.5)));
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
  const negativeLogLikelihood = ([mu, logSigma]: readonly number[]) => {
    const sigma = Math.exp(logSigma);
    let total = 0;
    for (let i = 0; i < values.length; i++) total -= counts[i] * lognormalLogProbability(fit.kind, values[i], fit.xmin, mu, sigma);
    return Number.isFinite(total) ? total : Number.POSITIVE_INFINITY;
  };
  const found = nelderMead(negativeLogLikelihood, [meanLog, Math.log(Math.sqrt(varianceLog) || 1)], { step: 0.2 });
  const [mu, logSigma] = found.x;
  const sigma = Math.exp(logSigma);
  // Pointwise log-likelihood differences, power law minus lognormal.
  const logZeta = fit.kind === "discrete" ? Math.log(hurwitzZeta(fit.alpha, fit.xmin).value) : 0;
  const powerLawLog = (x: number) =>
    fit.kind === "discrete" ? -fit.alpha * Math.log(x) - logZeta : Math.log(fit.alpha - 1) - Math.log(fit.xmin) - fit.alpha * Math.log(x / fit.xmin);
  const differences = Array.from(values, (x) => powerLawLog(x) - lognormalLogProbability(fit.kind, x, fit.xmin, mu, sigma));
  let ratio = 0;
  for (let i = 0; i < values.length; i++) ratio += counts[i] * differences[i];
  const mean = ratio / n;
  let variance = 0;
  for (let i = 0; i < values.length; i++) variance += (counts[i] * (differences[i] - mean) ** 2) / n;
  const p = variance > 0 ? erfc(Math.abs(ratio) / Math.sqrt(2 * n * variance)) : 1;
  return { mu, sigma, logLikelihoodRatio: ratio, p, favours: p >= 0.1 ? "neither" : ratio > 0 ? "power law" : "lognormal" };
}
