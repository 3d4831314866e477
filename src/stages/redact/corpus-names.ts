/**
 * What the corpus knows about names: a real person's name belongs to one contributor, while a
 * fandom's characters, places and memes recur in chats with many unrelated bots. Counting, for
 * each capitalised word of the human turns, the distinct bots it was written to finds the story's
 * names without any list. Counts only, kept in memory, never written out. Runs in a browser.
 */
import { nameTokens } from "./detectors/names.js";
import { isCapitalised } from "./text-utils.js";
import { COMMON_WORDS } from "./word-lists.js";

/** A word written to this many distinct bots is taken for a story name. */
export const DEFAULT_MIN_BOTS = 5;

export class CorpusNameCounter {
  /** Per word still being counted: the bots it was seen with (fewer than `minBots`). */
  private readonly botsOf = new Map<string, string[]>();
  private readonly common = new Set<string>();

  constructor(private readonly minBots = DEFAULT_MIN_BOTS) {}

  /** Counts the capitalised words of one conversation's human turns towards its bot. */
  addConversation(botId: string, humanTurns: Iterable<string>): void {
    const seen = new Set<string>();
    for (const turn of humanTurns) {
      for (const token of nameTokens(turn)) {
        if (token.text.length < 3 || !isCapitalised(token.text) || COMMON_WORDS.has(token.lower) || this.common.has(token.lower) || seen.has(token.lower)) continue;
        seen.add(token.lower);
        const bots = this.botsOf.get(token.lower);
        if (!bots) this.botsOf.set(token.lower, [botId]);
        else if (!bots.includes(botId)) {
          bots.push(botId);
          if (bots.length >= this.minBots) {
            this.common.add(token.lower);
            this.botsOf.delete(token.lower);
          }
        }
      }
    }
  }

  /** The words written to at least `minBots` distinct bots, lower case. */
  storyNames(): ReadonlySet<string> {
    return this.common;
  }

  /** What was counted, as plain data: a part of a corpus, to be merged with the other parts' (see `merge`). */
  toJSON(): CorpusNameCounts {
    return { common: [...this.common].sort(), bots: Object.fromEntries([...this.botsOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  }

  /** The counter of a whole corpus from its parts' counts: a word's bots are the union of its bots in each part. */
  static merge(parts: readonly CorpusNameCounts[], minBots = DEFAULT_MIN_BOTS): CorpusNameCounter {
    const merged = new CorpusNameCounter(minBots);
    for (const part of parts) for (const word of part.common) merged.common.add(word);
    for (const part of parts) {
      for (const [word, bots] of Object.entries(part.bots)) {
        if (merged.common.has(word)) continue;
        const union = merged.botsOf.get(word) ?? [];
        for (const bot of bots) if (!union.includes(bot)) union.push(bot);
        if (union.length >= minBots) {
          merged.common.add(word);
          merged.botsOf.delete(word);
        } else merged.botsOf.set(word, union);
      }
    }
    return merged;
  }
}

/** A corpus part's name counts: words already common, and the bots of each word not yet. */
export interface CorpusNameCounts {
  common: string[];
  bots: Record<string, string[]>;
}
