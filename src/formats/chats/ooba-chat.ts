/**
 * text-generation-webui ("Oobabooga") chat histories, as CAI Tools also exports them:
 * `{internal: [[user, bot], ...], visible: [...], data?, data_visible?}`. `internal` (or `data`)
 * holds the raw text; `visible` is HTML-escaped, used only when nothing else is there. The file
 * has no character name, so it comes from a card, the CAI Tools file name `<Name>_oobabooga_Chat.json`,
 * or stays "Unknown".
 */
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import type { EpisodeTurn } from "../../model/pippa-record.js";
import { deriveBotId } from "../bot-id.js";
import { cardBotId, cardToBotFields } from "../character-card/card-fields.js";
import type { CharacterCard } from "../character-card/card.js";
import { timestampFromFileName } from "./dates.js";
import { emptyOutcome, rawJson, type ReadOutcome, type TimestampOptions } from "../read-outcome.js";

export interface OobaReadOptions extends TimestampOptions {
  source: string;
  card?: CharacterCard;
}

const PAIR_KEYS = ["internal", "data", "visible", "data_visible"] as const;
/** text-generation-webui's marker for "the greeting has no user message before it". */
const BEGIN_MARKER = "<|BEGIN-VISIBLE-CHAT|>";

function pairsOf(value: unknown): [string, string][] | null {
  if (!Array.isArray(value)) return null;
  const valid = value.every((pair) => Array.isArray(pair) && pair.length >= 2 && typeof pair[0] === "string" && typeof pair[1] === "string");
  return valid ? (value as [string, string][]) : null;
}

/** An object with one of the pair arrays. */
export function isOobaChat(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && PAIR_KEYS.some((key) => Array.isArray((value as Record<string, unknown>)[key]));
}

function unescapeHtml(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

export function readOobaChat(value: Record<string, unknown>, options: OobaReadOptions): ReadOutcome {
  const outcome = emptyOutcome();
  const key = PAIR_KEYS.find((candidate) => pairsOf(value[candidate]) !== null);
  if (!key) {
    outcome.rejects.push({ raw: rawJson(value), error: new PippaError(ERROR_CODES.field, "expected an array of [user, bot] string pairs", { source: options.source, path: PAIR_KEYS.find((k) => k in value) }) });
    return outcome;
  }
  const escaped = key === "visible" || key === "data_visible";
  const clean = (text: string) => (escaped ? unescapeHtml(text) : text);
  const conversation: EpisodeTurn[] = [];
  for (const [user, bot] of pairsOf(value[key])!) {
    if (user && user !== BEGIN_MARKER) conversation.push({ message: clean(user), is_human: true });
    if (bot) conversation.push({ message: clean(bot), is_human: false });
  }
  if (conversation.length === 0) {
    outcome.warnings.push(`${options.source}: no messages, nothing imported`);
    return outcome;
  }
  const fromName = /([^\\/]+?)_oobabooga_Chat\.json$/i.exec(options.source)?.[1];
  const bot = options.card
    ? cardToBotFields(options.card)
    : { bot_name: fromName ?? "Unknown", bot_greeting: conversation[0].is_human ? "" : conversation[0].message, bot_description: null, bot_definitions: null, categories: null };
  outcome.episodes.push({
    submission_timestamp: options.timestamp ?? timestampFromFileName(options.source) ?? options.fallbackTimestamp ?? 0,
    bot_id: options.card ? cardBotId(options.card) : deriveBotId("ooba", bot.bot_name),
    ...bot,
    conversation,
    source: { format: "ooba", file: options.source },
  });
  return outcome;
}
