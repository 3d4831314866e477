/** Evidence from every match of a pattern (global, with `d` for group offsets) in a field. */
import { hasFamily, triggerFamily } from "./triggers.js";
import type { ContentEvidence, ContentField, ContentTag } from "./types.js";
import { escapeRegExp } from "../../base/escape-regexp.js";

/** The evidence of a rule that found nothing: one shared, frozen array (most rules find nothing in most fields). */
export const NO_EVIDENCE = Object.freeze([]) as unknown as ContentEvidence[];

/**
 * The evidence of several rules as one list. Cheaper than spreading each rule's list into an array literal: a spread runs
 * the iterator protocol even for an empty list, and a detector's dozens of rules mostly find nothing.
 */
export function gather(...lists: readonly ContentEvidence[][]): ContentEvidence[] {
  let found: ContentEvidence[] | null = null;
  for (const list of lists) {
    if (list.length === 0) continue;
    found ??= [];
    for (const item of list) found.push(item);
  }
  return found ?? NO_EVIDENCE;
}

export function evidenceOf(
  field: ContentField,
  pattern: RegExp,
  tag: ContentTag,
  rule: string,
  score: number | ((match: RegExpExecArray) => number | null),
  family?: number | readonly number[],
): ContentEvidence[] {
  // Most texts hold none of a rule's words: the field's quick pass says whether to look.
  if (family !== undefined && field.triggers !== undefined) {
    const present = typeof family === "number" ? hasFamily(field.triggers, family) : family.some((one) => hasFamily(field.triggers!, one));
    if (!present) return NO_EVIDENCE;
  }
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
  return found.length > 0 ? found : NO_EVIDENCE;
}

/** An alternation of words or phrases, whole words only, any case; spaces match any run of blanks. */
export function wordsPattern(words: readonly string[]): RegExp {
  // Marks count as part of a word: a Bengali or Hindi word goes on with its vowel signs ("গুদ" is not in "গুদাম").
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternationOf(words, "[\\s-]+")})(?![\\p{L}\\p{M}\\p{N}])`, "giu");
}

/** Words as a regular expression's alternatives, longest first (so a longer one wins), each space written as `space`. */
export function alternationOf(words: readonly string[], space = "\\s+"): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word).replace(/ /g, space)).join("|");
}

/** An alternation of words for scripts written without spaces: found anywhere, inside runs of letters too. */
export function substringsPattern(words: readonly string[]): RegExp {
  return new RegExp([...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|"), "giu");
}

/** A pattern and the trigger family that must be present for it to be run (see triggers.ts). */
export interface GatedPattern {
  pattern: RegExp;
  family: number;
}

/** Evidence from several gated patterns, each run only where its words are. */
export function evidenceOfAll(field: ContentField, patterns: readonly GatedPattern[], tag: ContentTag, rule: string, score: number | ((match: RegExpExecArray) => number | null)): ContentEvidence[] {
  // A plain loop: long lists (a table's patterns) are mostly skipped by their family, and should cost no more than that.
  const found: ContentEvidence[] = [];
  for (const { pattern, family } of patterns) {
    if (field.triggers !== undefined && !hasFamily(field.triggers, family)) continue;
    for (const item of evidenceOf(field, pattern, tag, rule, score)) found.push(item);
  }
  return found.length > 0 ? found : NO_EVIDENCE;
}

/**
 * A long list of words as several gated patterns, a few dozen words each, grouped in sorted order. One alternation of
 * thousands of words (every language's words for minors) is tried word by word at each word's start, and past a size the
 * engine no longer compiles it: ~2 µs a character, against ~0.1 for a group, and a text runs only the groups its words are in.
 */
export function wordGroups(words: readonly string[], size = 64): GatedPattern[] {
  const sorted = [...new Set(words)].sort();
  const groups: GatedPattern[] = [];
  for (let from = 0; from < sorted.length; from += size) {
    const group = sorted.slice(from, from + size);
    groups.push({ pattern: wordsPattern(group), family: triggerFamily(group) });
  }
  return groups;
}

/**
 * Evidence from a list's groups, read as the one alternation would be: of matches that overlap, the leftmost (the longest of
 * those that start together) alone is kept, and only then scored.
 */
export function evidenceOfGroups(field: ContentField, groups: readonly GatedPattern[], tag: ContentTag, rule: string, score: number | ((match: RegExpExecArray) => number | null)): ContentEvidence[] {
  const matches: RegExpExecArray[] = [];
  for (const { pattern, family } of groups) {
    if (field.triggers !== undefined && !hasFamily(field.triggers, family)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(field.text); match !== null; match = pattern.exec(field.text)) matches.push(match);
  }
  matches.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  const found: ContentEvidence[] = [];
  let end = 0;
  for (const match of matches) {
    if (match.index < end) continue;
    end = match.index + match[0].length;
    const value = typeof score === "number" ? score : score(match);
    if (value !== null) found.push({ tag, field: field.field, start: match.index, end, rule, score: value });
  }
  return found.length > 0 ? found : NO_EVIDENCE;
}

/** Every pairing of these words (verb × object…), as the phrases a pattern's match must contain. */
export function pairs(first: readonly string[], second: readonly string[], third: readonly string[] = [""]): string[] {
  return first.flatMap((a) => second.flatMap((b) => third.map((c) => `${a} ${b} ${c}`.trim())));
}

/** A pattern, whole words, and the phrases whose words must all be in a text for it to run. */
export function gated(source: string, triggers: readonly string[]): GatedPattern {
  return { pattern: new RegExp(`(?<![\\p{L}\\p{M}])(?:${source})(?![\\p{L}\\p{M}])`, "giu"), family: triggerFamily(triggers) };
}

