/**
 * Drawing from a fitted power law, exactly: single draws by inverting the tail function (the
 * continuous approximation as a first guess, corrected against ζ), and whole histograms of many
 * draws at once as a multinomial, one binomial per value, so that a bootstrap replicate of a
 * million messages costs a few thousand draws instead of a million.
 */
import { hurwitzZeta } from "./zeta.js";

/** Uniform numbers in [0, 1): the only source of randomness, so callers control the seed. */
export type Random = () => number;

export type BinomialDraw = (n: number, p: number) => number;
export type BinomialSamplers = (random: Random) => BinomialDraw;

let stdlibBinomial: Promise<typeof import("@stdlib/random-base-binomial")> | null = null;

/**
 * Binomial samplers on a random source, loaded on first use (only a bootstrap needs them). Large
 * means go to stdlib's BTPE sampler (constant time); small ones (np < 10), which stdlib draws as
 * n Bernoulli trials, are drawn by inverting the CDF instead: a handful of steps, not n uniforms,
 * when n is a million and p a millionth.
 */
export async function loadBinomialSamplers(): Promise<BinomialSamplers> {
  stdlibBinomial ??= import("@stdlib/random-base-binomial").then((module) => (module as unknown as { default: typeof import("@stdlib/random-base-binomial") }).default);
  const binomial = await stdlibBinomial;
  return (random) => binomialSampler(random, binomial.factory({ prng: random }));
}

function binomialSampler(random: Random, large: BinomialDraw): BinomialDraw {
  const draw = (n: number, p: number): number => {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - draw(n, 1 - p);
    if (n * p >= 10) return large(n, p);
    const u = random();
    let k = 0;
    let probability = Math.exp(n * Math.log1p(-p)); // P(X = 0)
    let cumulative = probability;
    const odds = p / (1 - p);
    while (u >= cumulative && k < n) {
      probability *= ((n - k) / (k + 1)) * odds;
      k++;
      cumulative += probability;
      if (probability < 1e-300 && k > n * p) break;
    }
    return k;
  };
  return draw;
}

/** One draw of the continuous power law on x ≥ xmin. */
export function drawContinuous(alpha: number, xmin: number, random: Random): number {
  return xmin * Math.pow(1 - random(), -1 / (alpha - 1));
}

/**
 * One draw of the discrete power law on x ≥ xmin: the x with P(X ≥ x) ≥ r > P(X ≥ x + 1) for a
 * uniform r, searched from Clauset et al.'s approximation (usually right, else one step off).
 */
export function drawDiscrete(alpha: number, xmin: number, random: Random, zetaMin = hurwitzZeta(alpha, xmin).value): number {
  const r = 1 - random();
  let x = Math.max(xmin, Math.floor((xmin - 0.5) * Math.pow(r, -1 / (alpha - 1)) + 0.5));
  const tail = (at: number) => hurwitzZeta(alpha, at).value / zetaMin;
  while (x > xmin && tail(x) < r) x--;
  while (tail(x + 1) >= r) x++;
  return x;
}

/** A histogram of integer draws: dense counts from `offset`, plus single large draws. */
export interface DrawnCounts {
  offset: number;
  counts: Float64Array;
  extra: number[];
}

/**
 * `total` draws of the discrete power law on x ≥ xmin as a histogram: for x = xmin, xmin+1, …
 * the number drawn at x is binomial among those not yet placed, with x's share of the rest; once
 * fewer than one draw per value is expected, the rest are drawn one by one.
 */
export function drawDiscreteCounts(alpha: number, xmin: number, total: number, random: Random, sampleBinomial: BinomialDraw): DrawnCounts {
  const dense: number[] = [];
  const extra: number[] = [];
  const zetaMin = hurwitzZeta(alpha, xmin).value;
  let rest = total;
  let zeta = zetaMin; // ζ(α, x): the unplaced share is ζ(α, x) / ζ(α, xmin)
  let x = xmin;
  while (rest > 0) {
    const term = Math.pow(x, -alpha);
    if (rest * (term / zeta) < 1) break;
    const drawn = sampleBinomial(rest, Math.min(1, term / zeta));
    dense.push(drawn);
    rest -= drawn;
    zeta -= term;
    x++;
  }
  // The few left all lie at x or beyond: draws of the law restricted to that range.
  const zetaRest = hurwitzZeta(alpha, x).value;
  for (let i = 0; i < rest; i++) extra.push(drawDiscrete(alpha, x, random, zetaRest));
  return { offset: xmin, counts: Float64Array.from(dense), extra };
}

/** `total` draws among categories with the given weights (a multinomial), by successive binomials. */
export function drawMultinomial(weights: ArrayLike<number>, total: number, sampleBinomial: BinomialDraw): Float64Array {
  const drawn = new Float64Array(weights.length);
  let weightLeft = 0;
  for (let i = 0; i < weights.length; i++) weightLeft += weights[i];
  let rest = total;
  for (let i = 0; i < weights.length && rest > 0; i++) {
    const share = weightLeft > 0 ? Math.min(1, weights[i] / weightLeft) : 1;
    drawn[i] = i === weights.length - 1 ? rest : sampleBinomial(rest, share);
    rest -= drawn[i];
    weightLeft -= weights[i];
  }
  return drawn;
}
