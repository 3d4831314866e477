/**
 * The PIPPA record exactly as the published `pippa.jsonl` lines hold it, and the richer `Episode`
 * that importers produce and stages pass along.
 */

import type { Consent } from "./consent.js";

export type { Consent };

/** One message of a PIPPA conversation. */
export interface PippaMessage {
  message: string;
  is_human: boolean;
}

/** One line of a published PIPPA file; key order here is the order the files use. */
export interface PippaRecord {
  /** Milliseconds since the Unix epoch. */
  submission_timestamp: number;
  categories: string[] | null;
  bot_id: string;
  bot_name: string;
  bot_greeting: string;
  bot_definitions: string | null;
  bot_description: string | null;
  conversation: PippaMessage[];
}

/** The keys of a PIPPA record in published order. */
export const PIPPA_KEYS = [
  "submission_timestamp",
  "categories",
  "bot_id",
  "bot_name",
  "bot_greeting",
  "bot_definitions",
  "bot_description",
  "conversation",
] as const satisfies readonly (keyof PippaRecord)[];

/** One turn of an episode: a PIPPA message plus what richer sources know about it. */
export interface EpisodeTurn extends PippaMessage {
  /** Speaker name, for group chats and narrator turns. */
  name?: string;
  /** Alternative generations, the chosen one included; `swipe_id` indexes it. */
  swipes?: string[];
  swipe_id?: number;
  /** Hidden from the prompt in the source front-end (kept, but flagged). */
  hidden?: boolean;
  /** A narrator turn (neither the user nor the character speaking). */
  narrator?: boolean;
  /** When the turn was sent, in milliseconds since the epoch, when the source says. */
  sent_at?: number;
  /** Everything else the source held for this turn, kept verbatim. */
  meta?: Record<string, unknown>;
}

/** Where an episode came from, for error messages and audits. */
export interface EpisodeSource {
  format: string;
  file: string;
  /** The line (JSONL formats) or the position in the file (1-based) the episode came from. */
  line?: number;
  /** How a PIPPA line wrote non-ASCII text: escaped (Python's default) or as UTF-8 (`ensure_ascii=False`). */
  style?: LineStyle;
}

/** "ascii": non-ASCII escaped as `\uXXXX`, as the published PIPPA files; "utf8": written as it is. */
export type LineStyle = "ascii" | "utf8";


/** The internal form stages pass along. `toPippa` is the only place the extras are dropped. */
export interface Episode extends Omit<PippaRecord, "conversation"> {
  conversation: EpisodeTurn[];
  /** The full character card, unknown keys kept verbatim. */
  card?: Record<string, unknown>;
  source?: EpisodeSource;
  consent?: Consent;
  /** What the source held beyond the conversation (a chat header, dump metadata), verbatim. */
  meta?: Record<string, unknown>;
  /** The names the contributor went by, replaced by `{{user}}` in the text (for redaction). */
  user_names?: string[];
  /** What the stages found: PII counts, dedup cluster, filter reasons. */
  flags?: Record<string, unknown>;
}

/**
 * Drops everything an episode carries beyond the published PIPPA fields, in published key order.
 * Hidden turns (SillyTavern's `is_system`: notes the chat never showed the model, often out of
 * character) are no turns of the conversation and are left out; the episode keeps them flagged.
 */
export function toPippa(episode: Episode | PippaRecord): PippaRecord {
  return {
    submission_timestamp: episode.submission_timestamp,
    categories: episode.categories,
    bot_id: episode.bot_id,
    bot_name: episode.bot_name,
    bot_greeting: episode.bot_greeting,
    bot_definitions: episode.bot_definitions,
    bot_description: episode.bot_description,
    conversation: episode.conversation.filter((turn) => !("hidden" in turn && turn.hidden === true)).map((turn) => ({ message: turn.message, is_human: turn.is_human })),
  };
}
