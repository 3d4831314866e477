/**
 * Real people's names learnt for the conversation, wherever they appear in any letter case: the
 * contributor's own (from the importer or disclosed; USER, becomes `{{user}}`), others they named
 * ("my brother Tyler"), and the values they gave that the bot may repeat.
 */
import type { Candidate, Detector } from "../types.js";
import { WholeWordFinder } from "../whole-words.js";

/** Finders by the names they look for: one conversation asks with the same names many times. */
const finders = new Map<string, WholeWordFinder>();

function finderFor(names: readonly string[]): WholeWordFinder {
  const key = names.join("\u0000");
  let finder = finders.get(key);
  if (!finder) {
    finder = new WholeWordFinder(names);
    if (finders.size > 1000) finders.clear();
    finders.set(key, finder);
  }
  return finder;
}

export const detectKnownUserNames: Detector = (text, context) => {
  const found: Candidate[] = [];
  const users = context.userNames.filter((name) => name.trim().length >= 2);
  const values = context.knownValues.filter((known) => known.value.trim().length >= 3);
  const others = context.realNames.filter((name) => name.trim().length >= 2);
  if (users.length === 0 && values.length === 0 && others.length === 0) return found;
  const lower = text.toLowerCase();
  for (const match of finderFor(users).find(text, lower)) {
    found.push({ start: match.start, end: match.end, type: "USER", score: 1, rule: "user/known-name" });
  }
  // Values the person gave that the bot may repeat ("Toronto", "vexx#2231").
  if (values.length > 0) {
    const types = new Map(values.map((known) => [known.value.toLowerCase(), known.type]));
    for (const match of finderFor(values.map((known) => known.value)).find(text, lower)) {
      const type = types.get(match.text.toLowerCase());
      if (type) found.push({ start: match.start, end: match.end, type, score: 0.9, rule: "known-value" });
    }
  }
  for (const match of finderFor(others).find(text, lower)) {
    found.push({ start: match.start, end: match.end, type: "PERSON", score: 0.9, rule: "person/known-real-name" });
  }
  return found;
};
