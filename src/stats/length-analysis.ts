/**
 * Whether message lengths follow a power law, for human and bot messages: the analysis behind the
 * paper's Figure 3, shared by `pippa stats --json` and `pippa report`, and its JSON form.
 */
import type { CorpusStats } from "./corpus-stats.js";
import type { IntSeries } from "./describe.js";
import { analysePowerLaw, type PowerLawAnalysis } from "./powerlaw/index.js";
import { DEFAULT_MIN_TAIL_SHARE } from "./powerlaw/fit.js";
import type { Random } from "./powerlaw/sample.js";
import { valueCountsOfSeries, type ValueCounts } from "./powerlaw/value-counts.js";
import type { LengthUnit } from "./length-unit.js";
import { Rng } from "../base/rng.js";

export type Speaker = "human" | "bot";

export interface LengthAnalysisOptions {
  unit: LengthUnit;
  /** Bootstrap replicates per speaker [0]. */
  iterations: number;
  seed: number;
  minTailShare?: number;
}

export interface LengthAnalysis {
  unit: LengthUnit;
  minTailShare: number;
  human: PowerLawAnalysis | null;
  bot: PowerLawAnalysis | null;
}

/** The message lengths of one speaker, in the unit asked for, as value counts. */
export function lengthCounts(stats: CorpusStats, speaker: Speaker, unit: LengthUnit): ValueCounts {
  const series: IntSeries = speaker === "human" ? (unit === "words" ? stats.humanWords : stats.humanChars) : unit === "words" ? stats.botWords : stats.botChars;
  return valueCountsOfSeries(series.toState());
}

/**
 * The random source of one bootstrap replicate: a stream per seed, speaker and replicate, so the
 * p-value is the same however the replicates are shared out.
 */
export function replicateRandom(seed: number, speaker: Speaker, replicate: number): Random {
  const rng = new Rng((Math.imul(seed, 0x9e3779b1) ^ (speaker === "human" ? 0x68756d61 : 0x626f7421) ^ Math.imul(replicate + 1, 0x85ebca6b)) | 0);
  return () => rng.float();
}

export async function analyseLengths(stats: CorpusStats, options: LengthAnalysisOptions): Promise<LengthAnalysis> {
  const minTailShare = options.minTailShare ?? DEFAULT_MIN_TAIL_SHARE;
  const analyse = (speaker: Speaker) =>
    analysePowerLaw(lengthCounts(stats, speaker, options.unit), {
      kind: "discrete",
      minTailShare,
      iterations: options.iterations,
      randomFor: (replicate) => replicateRandom(options.seed, speaker, replicate),
    });
  return { unit: options.unit, minTailShare, human: await analyse("human"), bot: await analyse("bot") };
}

function analysisJson(analysis: PowerLawAnalysis | null) {
  if (!analysis) return null;
  const { fit, lognormal, bootstrap } = analysis;
  return {
    alpha: fit.alpha,
    alpha_se: fit.alphaSe,
    xmin: fit.xmin,
    n_tail: fit.nTail,
    n: fit.n,
    ks: fit.ks,
    bootstrap: bootstrap ? { iterations: bootstrap.iterations, p: bootstrap.p } : null,
    lognormal: { mu: lognormal.mu, sigma: lognormal.sigma, log_likelihood_ratio: lognormal.logLikelihoodRatio, p: lognormal.p, favours: lognormal.favours },
    verdict: analysis.verdict,
  };
}

/** The `powerlaw` object of `pippa stats --json`. */
export function lengthAnalysisJson(analysis: LengthAnalysis) {
  return { unit: analysis.unit, method: "Clauset, Shalizi & Newman (2009), discrete", min_tail_share: analysis.minTailShare, human: analysisJson(analysis.human), bot: analysisJson(analysis.bot) };
}
