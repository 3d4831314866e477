/**
 * The contributor's own names (a SillyTavern persona, an exporter's user name) become `{{user}}`
 * in the text, as whole words in any letter case, so nothing carries the name out.
 */
import { escapeRegExp } from "../../base/escape-regexp.js";

/** Names too generic to replace: front-ends' defaults, which are also ordinary words. */
const GENERIC_NAMES = new Set(["you", "user", "unused", "anon", "anonymous", "me", "i", "player", "narrator", "system"]);

/** The names worth replacing, longest first (so "Alex Kim" goes before "Alex"). */
export function replaceableNames(names: Iterable<string | undefined | null>): string[] {
  const kept = new Set<string>();
  for (const name of names) {
    const trimmed = name?.trim();
    if (trimmed && trimmed.length >= 2 && !GENERIC_NAMES.has(trimmed.toLowerCase()) && !trimmed.includes("{{")) kept.add(trimmed);
  }
  return [...kept].sort((a, b) => b.length - a.length);
}


/** Any of `texts` as a whole word, ignoring case (the first alternative that fits wins: put longer ones first). */
export function wholeWordPattern(texts: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${texts.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`, "giu");
}

/** A function replacing each name, as a whole word and ignoring case, with `{{user}}`. */
export function userNameReplacer(names: readonly string[]): (text: string) => string {
  if (names.length === 0) return (text) => text;
  const pattern = wholeWordPattern(names);
  return (text) => text.replace(pattern, "{{user}}");
}
