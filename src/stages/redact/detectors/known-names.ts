/**
 * Real people's names learnt for the conversation, wherever they appear in any letter case: the
 * contributor's own (USER, becomes `{{user}}`) and others they named ("my brother Tyler").
 *
 * The contributor's known names (from the importer, or found disclosed earlier in the
 * conversation) wherever they appear, in any letter case: they become `{{user}}`.
 */
import { wholeWordPattern } from "../../../formats/user-names.js";
import type { Candidate, Detector } from "../types.js";
import { allMatches } from "../text-utils.js";

const patterns = new Map<string, RegExp>();

function patternFor(names: readonly string[]): RegExp {
  const key = names.join("\u0000");
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = wholeWordPattern([...names].sort((a, b) => b.length - a.length));
    if (patterns.size > 1000) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}

export const detectKnownUserNames: Detector = (text, context) => {
  const found: Candidate[] = [];
  const users = context.userNames.filter((name) => name.trim().length >= 2);
  if (users.length > 0) {
    for (const match of allMatches(patternFor(users), text)) {
      found.push({ start: match.index!, end: match.index! + match[0].length, type: "USER", score: 1, rule: "user/known-name" });
    }
  }
  // Values the person gave that the bot may repeat ("Toronto", "vexx#2231").
  const values = context.knownValues.filter((known) => known.value.trim().length >= 3);
  if (values.length > 0) {
    const types = new Map(values.map((known) => [known.value.toLowerCase(), known.type]));
    for (const match of allMatches(patternFor(values.map((known) => known.value)), text)) {
      const type = types.get(match[0].toLowerCase());
      if (type) found.push({ start: match.index!, end: match.index! + match[0].length, type, score: 0.9, rule: "known-value" });
    }
  }
  const others = context.realNames.filter((name) => name.trim().length >= 2);
  if (others.length > 0) {
    for (const match of allMatches(patternFor(others), text)) {
      found.push({ start: match.index!, end: match.index! + match[0].length, type: "PERSON", score: 0.9, rule: "person/known-real-name" });
    }
  }
  return found;
};
