/**
 * One number format for every log axis of the report: ticks at the powers of ten only, each
 * written 10ⁿ, from shares of 10⁻⁷ to lengths of 10⁴ alike. Left to itself, Vega mixes styles on
 * one axis ("1e-7" beside "0.000001"); a fixed tick list with its own labels cannot.
 */

const SUPERSCRIPTS: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };

/** The label of the tick at 10^exponent: "10⁻⁷", "10⁰", "10³". */
export function powerOfTenLabel(exponent: number): string {
  return `10${String(exponent).replace(/[-0-9]/g, (char) => SUPERSCRIPTS[char])}`;
}

/** A scale domain, its ticks and the Vega expression that labels them. */
export interface LogAxis {
  /** From the power of ten at or below the smallest value to the one at or above the largest. */
  domain: [number, number];
  /** The powers of ten in the domain, smallest first. */
  values: number[];
  labels: string[];
  /** Picks a tick's label by its exponent (Vega's expression language). */
  labelExpr: string;
}

/** Float noise in log10 (log10(1000) a hair under 3) must not move a bound by a decade. */
const EPSILON = 1e-9;

/**
 * The log axis for positive values from `min` to `max`: whole decades, at least one, so an axis
 * always has two labelled ticks.
 * @example logAxis(0.003, 450) // domain [0.001, 1000], labels 10⁻³ 10⁻² 10⁻¹ 10⁰ 10¹ 10² 10³
 */
export function logAxis(min: number, max: number): LogAxis {
  const low = Math.floor(Math.log10(min) + EPSILON);
  const high = Math.max(low + 1, Math.ceil(Math.log10(max) - EPSILON));
  const exponents = Array.from({ length: high - low + 1 }, (_, i) => low + i);
  // `1e${k}` is the exact decimal power; Math.pow(10, -7) is not always.
  const values = exponents.map((k) => Number(`1e${k}`));
  const labels = exponents.map(powerOfTenLabel);
  return {
    domain: [values[0], values[values.length - 1]],
    values,
    labels,
    labelExpr: `${JSON.stringify(labels)}[round(log(datum.value) / LN10) - (${low})]`,
  };
}

/** The log axis covering the rows' positive `key` values (plain loops: no spread of long arrays); one decade from 1 when there are none. */
export function logAxisCovering(key: string, ...rowSets: readonly Record<string, unknown>[][]): LogAxis {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const rows of rowSets) {
    for (const row of rows) {
      const value = row[key] as number;
      if (!(value > 0 && value < Number.POSITIVE_INFINITY)) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return min <= max ? logAxis(min, max) : logAxis(1, 10);
}
