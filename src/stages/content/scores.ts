/**
 * How a tag's evidence adds up: independent signs combined by noisy-or over distinct matches (the same word twice is one
 * sign), leaning signs capped together, and the score from which a tag holds. Apart from classify.ts so that a detector
 * can ask whether a field's own evidence already makes its tag (the `sexual` model reads only where it does not).
 */
import type { ContentEvidence, ContentField, ContentTag } from "./types.js";

/** A tag holds from this combined score [0.5]. */
export const DEFAULT_CONTENT_THRESHOLD = 0.5;

/**
 * Rules whose evidence only leans (a kiss, a bed, a moan): however many of them a conversation holds, together they count
 * as one sign of at most `LEANING_CAP`, so that they add to an explicit word but never make a scene alone.
 */
export const LEANING_RULES: ReadonlySet<string> = new Set(["suggestive-term"]);
const LEANING_CAP = 0.3;

/** Each tag's combined score from its evidence. */
export function combinedScores(evidence: readonly ContentEvidence[], fields: readonly ContentField[]): Map<ContentTag, number> {
  const textOf = new Map(fields.map((field) => [field.field, field.text]));
  const strongest = new Map<string, ContentEvidence>();
  for (const item of evidence) {
    const key = `${item.tag}\u0000${item.rule}\u0000${(textOf.get(item.field) ?? "").slice(item.start, item.end).toLowerCase().replace(/\s+/g, " ")}`;
    if ((strongest.get(key)?.score ?? -1) < item.score) strongest.set(key, item);
  }
  const misses = new Map<ContentTag, number>();
  const capped = new Map<string, number>();
  for (const item of strongest.values()) {
    if (LEANING_RULES.has(item.rule)) capped.set(`${item.tag}\u0000${item.rule}`, (capped.get(`${item.tag}\u0000${item.rule}`) ?? 1) * (1 - item.score));
    else misses.set(item.tag, (misses.get(item.tag) ?? 1) * (1 - item.score));
  }
  for (const [key, miss] of capped) {
    const tag = key.split("\u0000")[0] as ContentTag;
    misses.set(tag, (misses.get(tag) ?? 1) * (1 - Math.min(1 - miss, LEANING_CAP)));
  }
  return new Map([...misses].map(([tag, miss]) => [tag, Math.round((1 - miss) * 1000) / 1000]));
}
