/**
 * The Hurwitz zeta function ζ(s, q) = Σ_{k≥0} (q + k)^-s and its derivative in s, for s > 1 and
 * q ≥ 1: the normaliser of the discrete power law p(x) = x^-α / ζ(α, x_min). Direct summation
 * up to q + N ≥ 12, then the Euler–Maclaurin formula with six Bernoulli terms (relative error
 * below 1e-13 there for the exponents power laws take).
 */

/** B_{2j} / (2j)! for j = 1..6. */
const BERNOULLI_OVER_FACTORIAL = [1 / 12, -1 / 720, 1 / 30240, -1 / 1209600, 1 / 47900160, -691 / 1307674368000];
const SUMMED_BELOW = 12;

export interface ZetaValue {
  /** ζ(s, q). */
  value: number;
  /** ∂ζ(s, q)/∂s (negative). */
  derivative: number;
}

/** ζ(s, q) and ∂ζ/∂s. */
export function hurwitzZeta(s: number, q: number): ZetaValue {
  if (!(s > 1) || !(q > 0)) throw new RangeError(`Hurwitz zeta needs s > 1 and q > 0, got s=${s}, q=${q}`);
  let value = 0;
  let derivative = 0;
  let a = q;
  while (a < SUMMED_BELOW) {
    const term = Math.pow(a, -s);
    value += term;
    derivative -= Math.log(a) * term;
    a += 1;
  }
  const logA = Math.log(a);
  const aToMinusS = Math.exp(-s * logA);
  // The integral of the remaining terms and the half term at a.
  const integral = (a * aToMinusS) / (s - 1);
  value += integral + aToMinusS / 2;
  derivative += -logA * integral - integral / (s - 1) - (logA * aToMinusS) / 2;
  // Euler–Maclaurin corrections: c_j · s(s+1)…(s+2j-2) · a^(-s-2j+1).
  let rising = s; // s(s+1)…(s+2j-2)
  let risingDerivative = 1; // its derivative in s
  let power = aToMinusS / a; // a^(-s-1)
  for (let j = 0; j < BERNOULLI_OVER_FACTORIAL.length; j++) {
    const c = BERNOULLI_OVER_FACTORIAL[j];
    value += c * rising * power;
    derivative += c * power * (risingDerivative - logA * rising);
    // Two more factors: (s + 2j + 1)(s + 2j + 2) in the j+1 term (counting from s).
    const f1 = s + 2 * j + 1;
    const f2 = s + 2 * j + 2;
    risingDerivative = risingDerivative * f1 * f2 + rising * (f1 + f2);
    rising *= f1 * f2;
    power /= a * a;
  }
  return { value, derivative };
}
