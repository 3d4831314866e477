/**
 * Minimises a function of a few variables by the Nelder–Mead simplex method (standard reflection,
 * expansion, contraction and shrink coefficients). Derivative-free, for small smooth problems such
 * as a two-parameter likelihood.
 */

export interface MinimumFound {
  x: number[];
  value: number;
  iterations: number;
}

export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], options: { step?: number; maxIterations?: number; tolerance?: number } = {}): MinimumFound {
  const dimensions = start.length;
  const step = options.step ?? 0.1;
  const maxIterations = options.maxIterations ?? 400 * dimensions;
  const tolerance = options.tolerance ?? 1e-10;
  const evaluate = (x: number[]) => {
    const value = f(x);
    return { x, value: Number.isNaN(value) ? Number.POSITIVE_INFINITY : value };
  };
  let simplex = [evaluate([...start])];
  for (let i = 0; i < dimensions; i++) {
    const x = [...start];
    x[i] += x[i] === 0 ? step : step * Math.abs(x[i]);
    simplex.push(evaluate(x));
  }
  const along = (from: number[], to: number[], t: number) => from.map((value, i) => value + t * (to[i] - value));
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0];
    const worst = simplex[dimensions];
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + tolerance)) break;
    const centroid = new Array<number>(dimensions).fill(0);
    for (let i = 0; i < dimensions; i++) for (let d = 0; d < dimensions; d++) centroid[d] += simplex[i].x[d] / dimensions;
    const reflected = evaluate(along(centroid, worst.x, -1));
    if (reflected.value < best.value) {
      const expanded = evaluate(along(centroid, worst.x, -2));
      simplex[dimensions] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < simplex[dimensions - 1].value) {
      simplex[dimensions] = reflected;
    } else {
      const outside = reflected.value < worst.value;
      const contracted = evaluate(along(centroid, outside ? reflected.x : worst.x, 0.5));
      if (contracted.value < (outside ? reflected.value : worst.value)) {
        simplex[dimensions] = contracted;
      } else {
        simplex = simplex.map((point, i) => (i === 0 ? point : evaluate(along(best.x, point.x, 0.5))));
      }
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return { x: simplex[0].x, value: simplex[0].value, iterations: iteration };
}
