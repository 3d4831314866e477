/**
 * Quality filters for a release, each a predicate returning `true` or `{ drop: reason }`:
 * too few turns, an empty message, no human turn, degenerate looping bot replies, and
 * optionally a language. `qualityFilter` applies the configured ones in order.
 */
import type { Episode } from "../model/pippa-record.js";
import type { Verdict } from "./stage.js";
import { fnv1a, fnv1aRange } from "../base/hashing.js";

export interface FilterOptions {
  /** Fewer turns than this are dropped [3]. */
  minTurns: number;
  /** Drop conversations with an empty (or whitespace-only) message [true]. */
  emptyMessages: boolean;
  /** Drop conversations without a human turn [true]. */
  requireHuman: boolean;
  /** Drop conversations whose bot loops: the same reply over and over, or one phrase repeated through a reply [true]. */
  degenerate: boolean;
  /** ISO 639-3 codes to keep ("eng"); null keeps every language [null]. Needs `languageOf`. */
  languages: string[] | null;
}

export const DEFAULT_FILTERS: FilterOptions = { minTurns: 3, emptyMessages: true, requireHuman: true, degenerate: true, languages: null };

/** Bot replies that repeat an earlier reply word for word, from this many on, are a loop. */
const REPEATED_REPLIES = 3;
/** One reply made mostly of one 4-word phrase repeated this many times is a loop. */
const REPEATED_PHRASE = 8;

/** How many times the commonest 4-word phrase of `text` occurs, and how many words it has. */
function topPhrase(text: string): { top: number; words: number } {
  const words: number[] = [];
  let hash = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13;
    if (!space) {
      if (!inWord) hash = 0x811c9dc5;
      inWord = true;
      hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), 0x01000193);
    } else if (inWord) {
      words.push(hash >>> 0);
      inWord = false;
    }
  }
  if (inWord) words.push(hash >>> 0);
  if (words.length < REPEATED_PHRASE * 4) return { top: 0, words: words.length };
  const counts = new Map<number, number>();
  let top = 0;
  for (let i = 0; i + 4 <= words.length; i++) {
    const phrase = (Math.imul(Math.imul(Math.imul(words[i], 31) + words[i + 1], 31) + words[i + 2], 31) + words[i + 3]) | 0;
    const n = (counts.get(phrase) ?? 0) + 1;
    counts.set(phrase, n);
    if (n > top) top = n;
  }
  return { top, words: words.length };
}

/**
 * A cheap first look: a reply that is mostly one phrase repeated holds a 16-character window that
 * recurs at least four times; probes at a quarter, half and three quarters of it find one.
 */
function mayRepeat(text: string): boolean {
  for (const at of [0.25, 0.5, 0.75]) {
    const start = Math.floor(text.length * at);
    const probe = text.slice(start, start + 16);
    let count = 0;
    for (let i = text.indexOf(probe); i >= 0 && count < 4; i = text.indexOf(probe, i + 1)) count++;
    if (count >= 4) return true;
  }
  return false;
}

/** Why a bot's replies count as degenerate, or null. */
export function degenerateReason(episode: Pick<Episode, "conversation">): string | null {
  // Keyed by a hash of the reply: long replies make slow string keys.
  const seen = new Map<number, number>();
  let repeats = 0;
  for (const turn of episode.conversation) {
    if (turn.is_human) continue;
    const key = turn.message;
    if (key.length < 2) continue;
    // Length and both ends identify a reply well enough for counting repeats, at a fraction of the cost.
    const ends = key.length > 96 ? fnv1aRange(key, key.length - 48, key.length, fnv1aRange(key, 0, 48)) : fnv1a(key);
    const hash = ends ^ Math.imul(key.length, 0x9e3779b1);
    const count = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, count);
    if (count > 1) repeats++;
    if (repeats >= REPEATED_REPLIES && repeats * 2 >= seen.size) return "bot-repeats-replies";
    // A phrase can only fill half of a reply this long if the reply is long; skip short ones cheaply.
    if (key.length >= REPEATED_PHRASE * 4 * 2 && mayRepeat(key)) {
      const { top, words } = topPhrase(key);
      if (top >= REPEATED_PHRASE && (top * 4) / words >= 0.5) return "bot-repeats-phrase";
    }
  }
  return null;
}

/**
 * The configured filters in one predicate (the first failing reason is returned).
 * `languageOf` guesses a text's ISO 639-3 language ("und" when unsure).
 */
export function qualityFilter(options: Partial<FilterOptions> = {}, languageOf?: (text: string) => string): (episode: Episode) => Verdict {
  const settings = { ...DEFAULT_FILTERS, ...options };
  if (settings.languages && !languageOf) throw new Error("a language filter needs a language detector (languageOf)");
  return (episode) => {
    const turns = episode.conversation;
    if (turns.length < settings.minTurns) return { drop: "too-few-turns" };
    if (settings.emptyMessages && turns.some((turn) => turn.message.trim() === "")) return { drop: "empty-message" };
    if (settings.requireHuman && !turns.some((turn) => turn.is_human)) return { drop: "no-human-turn" };
    if (settings.degenerate) {
      const reason = degenerateReason(episode);
      if (reason) return { drop: reason };
    }
    if (settings.languages && languageOf) {
      const sample = turns.map((turn) => turn.message).join("\n").slice(0, 2000);
      const language = languageOf(sample);
      if (language !== "und" && !settings.languages.includes(language)) return { drop: `language-${language}` };
    }
    return true;
  };
}

/** franc-min's guess (ISO 639-3), loaded on first use. */
export async function loadLanguageDetector(): Promise<(text: string) => string> {
  const { franc } = await import("franc-min");
  return (text) => franc(text, { minLength: 20 });
}
