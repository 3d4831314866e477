/**
 * Presidio's scoring, in one place: a candidate's pattern score, raised when a context word is
 * near; one conflict-resolution step (overlapping spans: the higher score wins, then the longer;
 * spans of one type that touch are merged); one threshold.
 */
import type { Candidate, Span } from "./types.js";
import { hasContext } from "./text-utils.js";

/** How much a nearby context word adds, and the least a span with context scores (Presidio's defaults). */
export const CONTEXT_BOOST = 0.35;
export const MIN_SCORE_WITH_CONTEXT = 0.4;

/** Raises the score of candidates with a context word near them. */
export function applyContext(text: string, candidates: readonly Candidate[]): Span[] {
  return candidates.map(({ context, ...span }) => {
    if (context && span.score < 1 && hasContext(text, span.start, span.end, context)) {
      return { ...span, score: Math.min(1, Math.max(MIN_SCORE_WITH_CONTEXT, span.score + CONTEXT_BOOST)), rule: `${span.rule}+context` };
    }
    return span;
  });
}

/** Types with a fixed shape, which win over a name found inside them. */
const STRUCTURED = new Set<Span["type"]>(["URL", "EMAIL", "HANDLE", "ADDRESS", "IBAN", "CREDIT_CARD", "PHONE", "IP", "MAC"]);

/** Names that a structured span may contain ("lily" in "instagram.com/lily"). */
const NAME_LIKE = new Set<Span["type"]>(["PERSON", "USER", "LOCATION", "ORG"]);

/** Types that describe the same thing: a person's name found as a name or as the user's. */
function sameFamily(a: Span["type"], b: Span["type"]): boolean {
  return a === b || ((a === "PERSON" || a === "USER") && (b === "PERSON" || b === "USER"));
}

/**
 * Resolves overlaps: candidates are taken best first (score, then length); one that overlaps a
 * taken span of another type is dropped, one of the same type is merged into it. Result sorted by start.
 */
export function resolveConflicts(spans: readonly Span[]): Span[] {
  const ordered = [...spans].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  let taken: Span[] = [];
  for (const span of ordered) {
    const overlapping = taken.filter((other) => span.start < other.end && other.start < span.end);
    if (overlapping.length === 0) {
      taken.push({ ...span });
      continue;
    }
    // A URL, e-mail or handle that contains a name ("instagram.com/lil.mae") is the better span.
    // So is an address holding a number taken for an age ("Polígono José María, 54, Málaga").
    const containsNames = overlapping.every(
      (other) =>
        (NAME_LIKE.has(other.type) || (span.type === "ADDRESS" && other.type === "AGE")) &&
        other.start >= span.start &&
        other.end <= span.end &&
        other.end - other.start < span.end - span.start,
    );
    if (STRUCTURED.has(span.type) && containsNames) {
      taken = taken.filter((other) => !overlapping.includes(other));
      taken.push({ ...span });
      continue;
    }
    if (overlapping.every((other) => sameFamily(other.type, span.type))) {
      for (const other of overlapping) {
        other.start = Math.min(other.start, span.start);
        other.end = Math.max(other.end, span.end);
        // The contributor's own name stays theirs, whichever rule scored higher.
        if (span.type === "USER") other.type = "USER";
      }
    }
  }
  // Merging may have made taken spans of one type overlap each other.
  const sorted = taken.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) last.end = span.end;
      last.score = Math.max(last.score, span.score);
      continue;
    }
    merged.push(span);
  }
  return merged;
}

/** Context, conflicts, threshold: candidates to final spans. */
export function scoreCandidates(text: string, candidates: readonly Candidate[], threshold: number): Span[] {
  return resolveConflicts(applyContext(text, candidates).filter((span) => span.score >= threshold));
}
