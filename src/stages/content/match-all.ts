/** Evidence from every match of a pattern (global, with `d` for group offsets) in a field. */
import type { ContentEvidence, ContentField, ContentTag } from "./types.js";

export function evidenceOf(
  field: ContentField,
  pattern: RegExp,
  tag: ContentTag,
  rule: string,
  score: number | ((match: RegExpExecArray) => number | null),
  family?: number,
): ContentEvidence[] {
  // Most texts hold none of a rule's words: the field's quick pass says whether to look.
  if (family !== undefined && field.triggers !== undefined && (field.triggers & family) === 0) return [];
  const found: ContentEvidence[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(field.text); match !== null; match = pattern.exec(field.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const value = typeof score === "number" ? score : score(match);
    if (value === null) continue;
    found.push({ tag, field: field.field, start: match.index, end: match.index + match[0].length, rule, score: value });
  }
  return found;
}

/** An alternation of words or phrases, whole words only, any case; spaces match any run of blanks. */
export function wordsPattern(words: readonly string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}
