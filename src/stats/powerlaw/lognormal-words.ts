/**
 * The lognormal comparison in words, written once: the report's table cell and the verdict
 * sentence take their numbers, their rounding and their conclusion from here, so the table can
 * never say what the prose contradicts.
 */
import { FAVOUR_P, MIN_EVIDENCE, type LognormalComparison } from "./lognormal.js";

/** What the comparison shows: a model favoured, or why neither is. */
export type LognormalOutcome = "power law" | "lognormal" | "too close" | "not significant";

export function lognormalOutcome(comparison: LognormalComparison): LognormalOutcome {
  if (comparison.favours !== "neither") return comparison.favours;
  // Undecided with a small p can only mean the log-likelihoods differ by less than MIN_EVIDENCE.
  return comparison.p < FAVOUR_P ? "too close" : "not significant";
}

/**
 * `value` with `digits` decimals (thousands separators, no "-0.0"), with more decimals when
 * rounding would carry it across a threshold: p = 0.0996 stays "0.0996", not "0.100" beside the
 * words "p < 0.1".
 */
export function formatDecimalKeepingSide(value: number, digits: number, side: (x: number) => boolean): string {
  // By 20 decimals a double reads back as itself, so the loop always ends on the right side.
  let d = digits;
  while (d < 20 && side(Number(value.toFixed(d))) !== side(value)) d++;
  return (Number(value.toFixed(d)) + 0).toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
}

export interface LognormalWords {
  outcome: LognormalOutcome;
  /** R = ln L(power law) − ln L(lognormal), one decimal: "-3.2". */
  ratio: string;
  /** Vuong's p-value: "p = 0.004", or "p < 0.001". */
  p: string;
  /** The conclusion as a table shows it: "favours the lognormal". */
  finding: string;
}

const FINDINGS: Record<LognormalOutcome, string> = {
  "power law": "favours the power law",
  lognormal: "favours the lognormal",
  "too close": `neither: |R| < ${MIN_EVIDENCE}`,
  "not significant": `neither: p ≥ ${FAVOUR_P}`,
};

const SMALLEST_P = 0.001;

export function lognormalWords(comparison: LognormalComparison): LognormalWords {
  const { logLikelihoodRatio: ratio, p } = comparison;
  const outcome = lognormalOutcome(comparison);
  return {
    outcome,
    ratio: formatDecimalKeepingSide(ratio, 1, (x) => Math.abs(x) >= MIN_EVIDENCE),
    p: p < SMALLEST_P ? `p < ${SMALLEST_P}` : `p = ${formatDecimalKeepingSide(p, 3, (x) => x < FAVOUR_P)}`,
    finding: FINDINGS[outcome],
  };
}

/** The table cell: "-3.2, p = 0.004 (favours the lognormal)". */
export function lognormalCell(comparison: LognormalComparison): string {
  const words = lognormalWords(comparison);
  return `${words.ratio}, ${words.p} (${words.finding})`;
}

/** The verdict's clause on the lognormal, with the table's numbers and conclusion. */
export function lognormalClause(comparison: LognormalComparison): string {
  const { outcome, ratio, p } = lognormalWords(comparison);
  const numbers = `log-likelihood ratio R = ${ratio}, ${p}`;
  switch (outcome) {
    case "lognormal":
      return `a lognormal fits the same tail better (${numbers})`;
    case "power law":
      return `it fits better than a lognormal (${numbers})`;
    case "too close":
      return `a lognormal fits almost exactly as well (${numbers}: the log-likelihoods differ by less than ${MIN_EVIDENCE}, so neither is favoured)`;
    case "not significant":
      return `the data cannot tell it from a lognormal (${numbers}: p ≥ ${FAVOUR_P}, so neither is favoured)`;
  }
}
