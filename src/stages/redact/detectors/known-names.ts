/**
 * The contributor's known names (from the importer, or found disclosed earlier in the
 * conversation) wherever they appear, in any letter case: they become `{{user}}`.
 */
import type { Candidate, Detector } from "../types.js";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const patterns = new Map<string, RegExp>();

function patternFor(names: readonly string[]): RegExp {
  const key = names.join("\u0000");
  let pattern = patterns.get(key);
  if (!pattern) {
    const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sorted.join("|")})(?![\\p{L}\\p{N}_])`, "giu");
    if (patterns.size > 1000) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}

export const detectKnownUserNames: Detector = (text, context) => {
  const names = context.userNames.filter((name) => name.trim().length >= 2);
  if (names.length === 0) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(patternFor(names))) {
    found.push({ start: match.index!, end: match.index! + match[0].length, type: "USER", score: 1, rule: "user/known-name" });
  }
  return found;
};
