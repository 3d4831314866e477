/**
 * A whole power-law analysis of one distribution: the fit (x_min by KS, α by maximum likelihood),
 * the lognormal comparison, the bootstrap goodness of fit, and a verdict in plain words.
 */
import { bootstrapReplicates, type BootstrapResult } from "./bootstrap.js";
import { fitPowerLaw, type FitOptions, type PowerLawFit } from "./fit.js";
import { compareWithLognormal, type LognormalComparison } from "./lognormal.js";
import { lognormalClause } from "./lognormal-words.js";
import type { Random } from "./sample.js";
import type { ValueCounts } from "./value-counts.js";

export { bootstrapReplicates, syntheticLike, type BootstrapResult } from "./bootstrap.js";
export { fitPowerLaw, powerLawTail, type FitOptions, type PowerLawFit, type PowerLawKind } from "./fit.js";
export { compareWithLognormal, FAVOUR_P, MIN_EVIDENCE, type LognormalComparison } from "./lognormal.js";
export { lognormalCell, lognormalClause, lognormalWords, type LognormalOutcome, type LognormalWords } from "./lognormal-words.js";
export { drawContinuous, drawDiscrete, loadBinomialSamplers, type BinomialDraw, type Random } from "./sample.js";
export { valueCountsOf, valueCountsOfSeries, type ValueCounts } from "./value-counts.js";
export { hurwitzZeta } from "./zeta.js";

/** Below this bootstrap p-value the power law is ruled out (Clauset et al.'s choice). */
export const PLAUSIBLE_P = 0.1;

export interface PowerLawAnalysis {
  fit: PowerLawFit;
  lognormal: LognormalComparison;
  /** Null when no replicates were asked for. */
  bootstrap: BootstrapResult | null;
  verdict: string;
}

function round(value: number, digits: number): string {
  return value.toFixed(digits);
}

/** Two significant digits for small values, two decimals otherwise. */
function formatP(p: number): string {
  return p >= 0.01 ? round(p, 2) : String(Number(p.toPrecision(2)));
}

/** A bootstrap p-value as the replicates support it: "p < 0.01" when none of 100 reached the data. */
export function formatBootstrapP(bootstrap: BootstrapResult): string {
  return bootstrap.atLeast === 0 ? `p < ${formatP(1 / bootstrap.iterations)}` : `p = ${formatP(bootstrap.p)}`;
}

/** One sentence on what the numbers say. */
export function powerLawVerdict(fit: PowerLawFit, lognormal: LognormalComparison, bootstrap: BootstrapResult | null): string {
  const law = `α = ${round(fit.alpha, 2)} ± ${round(fit.alphaSe, 2)} above x_min = ${fit.xmin}, ${round((100 * fit.nTail) / fit.n, 1)}% of the messages`;
  // The same words and numbers as the report's table (lognormal-words.ts).
  const versus = lognormalClause(lognormal);
  if (!bootstrap) return `Power law with ${law}; goodness of fit not tested (no bootstrap); ${versus}.`;
  const p = `bootstrap ${formatBootstrapP(bootstrap)} over ${bootstrap.iterations} replicates`;
  if (bootstrap.p < PLAUSIBLE_P) return `Not a power law: ${p} rules out the best fit (${law}); ${versus}.`;
  return `A power law is plausible (${p}): ${law}; ${versus}.`;
}

export interface AnalysisOptions extends FitOptions {
  /** Bootstrap replicates [0: none]. */
  iterations?: number;
  /** A random source per replicate (so threads can share the work). */
  randomFor?: (replicate: number) => Random;
}

/** A fit with its lognormal comparison and bootstrap (each computed wherever suits), and the verdict on them. */
export function powerLawAnalysis(fit: PowerLawFit, lognormal: LognormalComparison, bootstrap: BootstrapResult | null): PowerLawAnalysis {
  return { fit, lognormal, bootstrap, verdict: powerLawVerdict(fit, lognormal, bootstrap) };
}

/** Fit, compare, test; null when there are too few observations to fit. */
export async function analysePowerLaw(data: ValueCounts, options: AnalysisOptions): Promise<PowerLawAnalysis | null> {
  const fit = fitPowerLaw(data, options);
  if (!fit) return null;
  const bootstrap = options.iterations && options.randomFor ? await bootstrapReplicates(data, fit, options, 0, options.iterations, options.randomFor) : null;
  return powerLawAnalysis(fit, compareWithLognormal(data, fit), bootstrap);
}
