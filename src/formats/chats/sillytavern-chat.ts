/**
 * SillyTavern chat files (.jsonl): an optional header line (legacy `{user_name, character_name,
 * create_date}` or modern `{chat_metadata, user_name: "unused", character_name: "unused"}`; group
 * chats have none) and one message per line `{name, is_user, is_system, send_date, mes, swipes,
 * swipe_id, swipe_info, extra, ...}`. One file is one episode: every swipe and the chosen one
 * kept, `is_system` turns kept but flagged hidden, narrator turns kept as narrator turns, the
 * user's persona names replaced by `{{user}}`, every other field kept in `meta`.
 */
import { ERROR_CODES, PippaError, describeValue } from "../../model/errors.js";
import { parseJson } from "../../model/json.js";
import type { Episode, EpisodeTurn } from "../../model/pippa-record.js";
import { deriveBotId } from "../bot-id.js";
import { cardBotId, cardToBotFields } from "../character-card/card-fields.js";
import type { CharacterCard } from "../character-card/card.js";
import { parseChatDate, timestampFromFileName } from "./dates.js";
import { emptyOutcome, type ReadOutcome, type TimestampOptions } from "../read-outcome.js";
import { replaceableNames, userNameReplacer } from "./user-names.js";
import { isJsonObject } from "../../model/json.js";

export interface SillyTavernReadOptions extends TimestampOptions {
  /** File name, for errors and the `{epoch_ms}_` timestamp prefix. */
  source: string;
  /** The chat's character card: the bot fields come from it. */
  card?: CharacterCard;
}

const MAPPED_KEYS = new Set(["name", "is_user", "is_system", "send_date", "mes", "swipes", "swipe_id"]);
const PLACEHOLDER_NAMES = new Set(["unused", ""]);


/** A header line: chat metadata, or user/character names without a message. */
export function isSillyTavernHeader(value: unknown): value is Record<string, unknown> {
  return isJsonObject(value) && ("chat_metadata" in value || (("user_name" in value || "character_name" in value) && !("mes" in value)));
}

/** A message line: `mes` and `is_user` at least. */
export function isSillyTavernMessage(value: unknown): value is Record<string, unknown> {
  return isJsonObject(value) && "mes" in value && "is_user" in value;
}

/**
 * Reads one SillyTavern chat file into one episode. Lines that are not JSON or not messages are
 * rejected with their line number; the rest of the chat is kept.
 */
export function readSillyTavernChat(text: string, options: SillyTavernReadOptions): ReadOutcome {
  const outcome = emptyOutcome();
  const { source } = options;
  let header: Record<string, unknown> | undefined;
  const messages: { line: number; value: Record<string, unknown> }[] = [];
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = parseJson(raw, { source, line });
    } catch (error) {
      outcome.rejects.push({ line, raw, error: error as PippaError });
      return;
    }
    if (isSillyTavernHeader(value) && header === undefined && messages.length === 0) {
      header = value;
      return;
    }
    const problem = messageProblem(value);
    if (problem) {
      outcome.rejects.push({ line, raw, error: new PippaError(ERROR_CODES.field, problem.detail, { source, line, path: problem.path }) });
      return;
    }
    messages.push({ line, value: value as Record<string, unknown> });
  });
  if (messages.length === 0) {
    outcome.warnings.push(`${source}: no messages, nothing imported`);
    return outcome;
  }

  const userNames = replaceableNames([
    typeof header?.user_name === "string" ? header.user_name : undefined,
    ...messages.filter((m) => m.value.is_user === true).map((m) => m.value.name as string | undefined),
  ]);
  const replaceUser = userNameReplacer(userNames);
  const conversation = messages.map(({ value }) => toTurn(value, replaceUser));
  if (header && typeof header.user_name === "string") header = { ...header, user_name: replaceUser(header.user_name) };
  const botName = options.card?.data.name || chooseBotName(header, messages.map((m) => m.value));
  const identity = pippaIdentity(header);
  const first = conversation[0];
  const bot = options.card
    ? cardToBotFields(options.card)
    : {
        bot_name: botName,
        bot_greeting: !first.is_human && !first.narrator ? first.message : "",
        bot_description: null,
        bot_definitions: null,
        categories: identity.categories,
      };
  const episode: Episode = {
    submission_timestamp: chooseTimestamp(options, header, conversation),
    categories: bot.categories,
    bot_id: options.card ? cardBotId(options.card) : (identity.botId ?? deriveBotId("sillytavern", botName)),
    bot_name: bot.bot_name,
    bot_greeting: bot.bot_greeting,
    bot_definitions: bot.bot_definitions,
    bot_description: bot.bot_description,
    conversation,
    source: { format: "sillytavern-chat", file: source, line: messages[0].line },
    ...(header ? { meta: { header } } : {}),
    ...(options.card ? { card: options.card as unknown as Record<string, unknown> } : {}),
    ...(userNames.length > 0 ? { user_names: userNames } : {}),
  };
  outcome.episodes.push(episode);
  return outcome;
}

function messageProblem(value: unknown): { path: string; detail: string } | null {
  if (!isJsonObject(value)) return { path: "(line)", detail: `expected a message object, got ${describeValue(value)}` };
  if (typeof value.mes !== "string") return { path: "mes", detail: `expected string, got ${describeValue(value.mes)}` };
  if (typeof value.is_user !== "boolean") return { path: "is_user", detail: `expected boolean, got ${describeValue(value.is_user)}` };
  if (value.name !== undefined && typeof value.name !== "string") return { path: "name", detail: `expected string, got ${describeValue(value.name)}` };
  if (value.swipes !== undefined && (!Array.isArray(value.swipes) || value.swipes.some((s) => typeof s !== "string"))) {
    return { path: "swipes", detail: `expected an array of strings, got ${describeValue(value.swipes)}` };
  }
  return null;
}

function toTurn(value: Record<string, unknown>, replaceUser: (text: string) => string): EpisodeTurn {
  const extra = isJsonObject(value.extra) ? value.extra : undefined;
  const turn: EpisodeTurn = { message: replaceUser(value.mes as string), is_human: value.is_user === true };
  // The speaker name of a user turn is the persona name itself.
  if (typeof value.name === "string") turn.name = replaceUser(value.name);
  if (Array.isArray(value.swipes)) {
    turn.swipes = (value.swipes as string[]).map(replaceUser);
    if (typeof value.swipe_id === "number") turn.swipe_id = value.swipe_id;
  }
  if (value.is_system === true) turn.hidden = true;
  if (extra?.type === "narrator") turn.narrator = true;
  const sentAt = parseChatDate(value.send_date);
  if (sentAt !== null) turn.sent_at = sentAt;
  // fromEntries defines keys: a `__proto__` key stays a key, not the object's prototype.
  const meta: Record<string, unknown> = Object.fromEntries(Object.entries(value).filter(([key]) => !MAPPED_KEYS.has(key)));
  if (value.send_date !== undefined) meta.send_date = value.send_date;
  if (Object.keys(meta).length > 0) turn.meta = meta;
  return turn;
}

/** The bot id and categories a chat written by pippa carries in `chat_metadata.pippa`. */
export function pippaIdentity(header: Record<string, unknown> | undefined): { botId: string | null; categories: string[] | null } {
  const metadata = isJsonObject(header?.chat_metadata) ? header.chat_metadata : {};
  const pippa = isJsonObject(metadata.pippa) ? metadata.pippa : {};
  const botId = typeof pippa.bot_id === "string" && pippa.bot_id !== "" ? pippa.bot_id : null;
  const categories = Array.isArray(pippa.categories) && pippa.categories.every((item) => typeof item === "string") ? (pippa.categories as string[]) : null;
  return { botId, categories };
}

/** The header's character name, else the character who speaks most. */
function chooseBotName(header: Record<string, unknown> | undefined, messages: Record<string, unknown>[]): string {
  const named = typeof header?.character_name === "string" ? header.character_name.trim() : "";
  if (!PLACEHOLDER_NAMES.has(named)) return named;
  const counts = new Map<string, number>();
  for (const message of messages) {
    const extra = isJsonObject(message.extra) ? message.extra : {};
    if (message.is_user === true || extra.type === "narrator" || typeof message.name !== "string") continue;
    counts.set(message.name, (counts.get(message.name) ?? 0) + 1);
  }
  let best = "";
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  return best || "Unknown";
}

function chooseTimestamp(options: SillyTavernReadOptions, header: Record<string, unknown> | undefined, turns: EpisodeTurn[]): number {
  return (
    options.timestamp ??
    timestampFromFileName(options.source) ??
    parseChatDate(header?.create_date) ??
    turns.find((turn) => turn.sent_at !== undefined)?.sent_at ??
    options.fallbackTimestamp ??
    0
  );
}

export interface SillyTavernWriteOptions {
  /** Speaker name for human turns without one ["User"]. */
  userName?: string;
}

/**
 * One episode as a modern SillyTavern chat file (header line, one message per line, no final
 * newline, as SillyTavern writes them). Swipes, hidden and narrator flags and kept `meta` go back.
 */
export function writeSillyTavernChat(episode: Episode, options: SillyTavernWriteOptions = {}): string {
  const userName = options.userName ?? "User";
  // The persona's identity rides in the chat's metadata, so importing the chat again gives the same
  // bot (two bots of one name stay two; the card written beside it pairs by the id) and categories.
  const header = { chat_metadata: { pippa: { bot_id: episode.bot_id, ...(episode.categories ? { categories: episode.categories } : {}) } }, user_name: "unused", character_name: "unused" };
  const lines = [JSON.stringify(header)];
  episode.conversation.forEach((turn, index) => {
    const { send_date: storedDate, extra: storedExtra, ...meta } = turn.meta ?? {};
    const sentAt = turn.sent_at ?? episode.submission_timestamp + index;
    // A turn read from a file without `extra` gets none back; new turns get SillyTavern's default.
    const keepsNoExtra = turn.meta !== undefined && storedExtra === undefined && !turn.narrator;
    const extra = { ...(isJsonObject(storedExtra) ? storedExtra : {}), ...(turn.narrator ? { type: "narrator" } : {}) };
    const message: Record<string, unknown> = {
      name: turn.name ?? (turn.is_human ? userName : episode.bot_name),
      is_user: turn.is_human,
      is_system: turn.hidden === true,
      send_date: storedDate ?? new Date(sentAt).toISOString(),
      mes: turn.message,
      ...(keepsNoExtra ? {} : { extra }),
      ...meta,
    };
    if (turn.swipes) {
      message.swipe_id = turn.swipe_id ?? Math.max(0, turn.swipes.indexOf(turn.message));
      message.swipes = turn.swipes;
    }
    lines.push(JSON.stringify(message));
  });
  return lines.join("\n");
}

/**
 * The chat file with some swipes taken out, every other line byte for byte: `leftOut` maps a turn
 * (numbered as `readSillyTavernChat` numbers them: message lines that read, in order) to the
 * indices in its `swipes` to drop. `swipe_info` entries go with their swipes and `swipe_id` follows
 * the chosen swipe; the chosen slot itself is never dropped, but when asked to, it takes the
 * message's own text (what the turn shows). For the upload page: a swipe left out is not sent.
 *
 * @example
 * withoutSwipes(text, new Map([[2, new Set([0])]])); // the third message's first swipe removed
 */
export function withoutSwipes(text: string, leftOut: ReadonlyMap<number, ReadonlySet<number>>): string {
  const bom = text.startsWith("\ufeff") ? "\ufeff" : "";
  // Lines at even places, their line breaks at odd ones, so untouched lines keep their bytes.
  const parts = text.slice(bom.length).split(/(\r?\n)/);
  let header = false;
  let turn = 0;
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i].trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(parts[i]);
    } catch {
      continue;
    }
    if (isSillyTavernHeader(value) && !header && turn === 0) {
      header = true;
      continue;
    }
    if (messageProblem(value)) continue;
    const drop = leftOut.get(turn++);
    if (drop && drop.size > 0) parts[i] = JSON.stringify(dropSwipes(value as Record<string, unknown>, drop));
  }
  return bom + parts.join("");
}

function dropSwipes(message: Record<string, unknown>, drop: ReadonlySet<number>): Record<string, unknown> {
  if (!Array.isArray(message.swipes)) return message;
  const swipes = message.swipes as string[];
  const chosen = typeof message.swipe_id === "number" ? message.swipe_id : swipes.indexOf(message.mes as string);
  const kept = swipes.map((_, index) => index).filter((index) => index === chosen || !drop.has(index));
  const result: Record<string, unknown> = { ...message, swipes: kept.map((index) => (index === chosen && drop.has(index) ? (message.mes as string) : swipes[index])) };
  if (typeof message.swipe_id === "number" && kept.includes(message.swipe_id)) result.swipe_id = kept.indexOf(message.swipe_id);
  if (Array.isArray(message.swipe_info) && message.swipe_info.length === swipes.length) result.swipe_info = kept.map((index) => (message.swipe_info as unknown[])[index]);
  return result;
}
