/**
 * The goodness-of-fit test of Clauset et al. (2009, §4.1): many synthetic data sets are drawn
 * like the data (below x_min from the data themselves, above it from the fitted law, in the same
 * proportion), each is fitted again from scratch, x_min search included, and the p-value is the
 * share whose KS distance is at least the data's. p < 0.1 rules the power law out.
 */
import { fitPowerLaw, type FitOptions, type PowerLawFit } from "./fit.js";
import { drawContinuous, drawDiscreteCounts, drawMultinomial, loadBinomialSamplers, type BinomialDraw, type Random } from "./sample.js";
import type { ValueCounts } from "./value-counts.js";

/** One synthetic data set shaped like `data` under `fit` (semi-parametric bootstrap). */
export function syntheticLike(data: ValueCounts, fit: PowerLawFit, random: Random, binomial: BinomialDraw): ValueCounts {
  const bodyEnd = data.values.findIndex((value) => value >= fit.xmin);
  const body = bodyEnd < 0 ? data.values.length : bodyEnd;
  const inTail = binomial(data.total, fit.nTail / data.total);
  const bodyCounts = drawMultinomial(data.counts.subarray(0, body), data.total - inTail, binomial);
  // Body values lie below x_min and tail draws at or above it, so appending keeps the order.
  const values: number[] = [];
  const counts: number[] = [];
  const append = (value: number, count: number) => {
    if (count === 0) return;
    if (values.length > 0 && values[values.length - 1] === value) counts[counts.length - 1] += count;
    else {
      values.push(value);
      counts.push(count);
    }
  };
  for (let i = 0; i < body; i++) append(data.values[i], bodyCounts[i]);
  if (fit.kind === "discrete") {
    const tail = drawDiscreteCounts(fit.alpha, fit.xmin, inTail, random, binomial);
    for (let k = 0; k < tail.counts.length; k++) append(tail.offset + k, tail.counts[k]);
    // The single draws all lie beyond the dense part.
    for (const value of tail.extra.sort((a, b) => a - b)) append(value, 1);
  } else {
    const draws = Float64Array.from({ length: inTail }, () => drawContinuous(fit.alpha, fit.xmin, random)).sort();
    for (const value of draws) append(value, 1);
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts), total: data.total };
}

export interface BootstrapResult {
  /** Replicates drawn. */
  iterations: number;
  /** Replicates whose KS distance was at least the data's. */
  atLeast: number;
  /** `atLeast / iterations`. */
  p: number;
}

/**
 * Runs replicates `from` to `to` (exclusive); each gets its own random source from `randomFor`,
 * so the answer is the same however the replicates are split among threads.
 */
export async function bootstrapReplicates(data: ValueCounts, fit: PowerLawFit, options: FitOptions, from: number, to: number, randomFor: (replicate: number) => Random): Promise<BootstrapResult> {
  const binomialOn = await loadBinomialSamplers();
  let atLeast = 0;
  for (let replicate = from; replicate < to; replicate++) {
    const random = randomFor(replicate);
    const synthetic = syntheticLike(data, fit, random, binomialOn(random));
    const refit = fitPowerLaw(synthetic, { ...options, xmin: undefined });
    if (!refit || refit.ks >= fit.ks) atLeast++;
  }
  const iterations = to - from;
  return { iterations, atLeast, p: iterations > 0 ? atLeast / iterations : Number.NaN };
}
