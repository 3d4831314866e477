/** Rewrites a text with its spans replaced; every character outside a span stays as it was. */
import type { Operator } from "./operators.js";
import type { Span } from "./types.js";

/** `spans` must not overlap (the analyzer's output never does). */
export function applyOperator(text: string, spans: readonly Span[], operator: Operator): string {
  if (spans.length === 0) return text;
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let last = 0;
  for (const span of ordered) {
    if (span.start < last) throw new RangeError(`overlapping spans at ${span.start}`);
    out += text.slice(last, span.start) + operator(text.slice(span.start, span.end), span.type);
    last = span.end;
  }
  return out + text.slice(last);
}
