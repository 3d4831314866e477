/**
 * Character.AI exports: characterai-dumper chat dumps `{info: {character}, histories: {histories:
 * [{msgs}]}}` (also what CAI Tools' raw dumps hold, with or without `info`, and its older bare
 * `{histories: [...]}`), definitions dumps `{character, user__username?}`, and the newer
 * `{turns: [...]}` of Character.AI's chat2 API. One episode per history, empty histories skipped.
 * Redaction tokens become `{{user}}`; names a dump failed to redact are found in its metadata and
 * replaced too; the bot creator's name is dropped.
 */
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import type { Episode, EpisodeTurn } from "../../model/pippa-record.js";
import { deriveBotId } from "../bot-id.js";
import { parseChatDate, timestampFromFileName } from "./dates.js";
import { emptyOutcome, rawJson, type ReadOutcome, type TimestampOptions } from "../read-outcome.js";
import { BOT_CREATOR_TOKEN, isRedactionToken, replaceRedactionTokens } from "./redaction-tokens.js";
import { replaceableNames, userNameReplacer } from "./user-names.js";
import { isJsonObject } from "../../model/json.js";

/** A definitions dump's character, by `external_id`. */
export type CaiDefinitions = Map<string, Record<string, unknown>>;

export interface CaiReadOptions extends TimestampOptions {
  source: string;
  /** Definitions dumps seen in the same batch; preferred over a chat dump's own `info`. */
  definitions?: CaiDefinitions;
}

type Json = Record<string, unknown>;


function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** `{info, histories: {histories}}`, `{histories: {histories}}` or `{histories: [...]}`. */
export function isCaiChatDump(value: unknown): value is Json {
  if (!isJsonObject(value)) return false;
  const histories = value.histories;
  return Array.isArray(histories) || (isJsonObject(histories) && Array.isArray(histories.histories));
}

/** `{character: {...}}`, optionally with `user__username`, and nothing else. */
export function isCaiDefinitionsDump(value: unknown): value is Json {
  if (!isJsonObject(value) || !isJsonObject(value.character)) return false;
  return Object.keys(value).every((key) => key === "character" || key === "user__username" || key === "status");
}

/** `{turns: [{author, candidates, ...}]}` from the chat2 API. */
export function isCaiTurns(value: unknown): value is Json {
  return isJsonObject(value) && Array.isArray(value.turns) && (value.turns.length === 0 || (isJsonObject(value.turns[0]) && ("candidates" in value.turns[0] || "author" in value.turns[0])));
}

/** Adds a definitions dump to `into`, keyed by the character's `external_id`. */
export function collectCaiDefinitions(value: Json, into: CaiDefinitions): void {
  const character = value.character as Json;
  const id = text(character.external_id);
  if (id) into.set(id, character);
}

/** Metadata without the bot creator's name. */
function withoutCreator(record: Json): Json {
  // fromEntries defines keys: a `__proto__` key stays a key, not the object's prototype.
  return Object.fromEntries(Object.entries(record).filter(([key, item]) => !key.endsWith("user__username") && item !== BOT_CREATOR_TOKEN));
}

function categoryNames(raw: unknown): string[] | null {
  if (!Array.isArray(raw)) return null;
  const names = raw.map((entry) => (typeof entry === "string" ? entry : isJsonObject(entry) ? text(entry.name) : undefined)).filter((name): name is string => !!name);
  return names;
}

/** Names of the user a dump left unredacted, from the fields the dumper was meant to redact. */
function unredactedUserNames(messages: Json[]): string[] {
  const names: (string | undefined)[] = [];
  const add = (value: unknown) => {
    if (typeof value === "string" && !isRedactionToken(value)) names.push(value);
  };
  for (const message of messages) {
    const src = isJsonObject(message.src) ? message.src : {};
    const tgt = isJsonObject(message.tgt) ? message.tgt : {};
    const person = src.is_human === true ? src : tgt.is_human === true ? tgt : undefined;
    if (!person) continue;
    add(person.name);
    const user = isJsonObject(person.user) ? person.user : {};
    add(user.first_name);
    add(user.name);
    add(user.username);
    if (isJsonObject(user.account)) add(user.account.name);
    if (src.is_human === true) add(message.display_name);
  }
  return replaceableNames(names);
}

/** Reads a chat dump into one episode per non-empty history. */
export function readCaiChatDump(value: Json, options: CaiReadOptions): ReadOutcome {
  const outcome = emptyOutcome();
  const { source } = options;
  const info = isJsonObject(value.info) && isJsonObject(value.info.character) ? (value.info.character as Json) : undefined;
  const rawHistories = Array.isArray(value.histories) ? value.histories : (value.histories as Json).histories as unknown[];
  const externalId = text(info?.external_id) || undefined;
  const definition = externalId ? options.definitions?.get(externalId) : undefined;
  const character = { ...(info ?? {}), ...(definition ?? {}) };
  rawHistories.forEach((history, index) => {
    const where = { source, path: `histories[${index}]` };
    if (!isJsonObject(history) || !Array.isArray(history.msgs)) {
      outcome.rejects.push({ raw: rawJson(history), error: new PippaError(ERROR_CODES.field, "expected an object with a msgs array", where) });
      return;
    }
    const messages = history.msgs.filter(isJsonObject);
    const unusable = history.msgs.findIndex((message) => !isJsonObject(message) || typeof message.text !== "string" || !isJsonObject(message.src) || typeof message.src.is_human !== "boolean");
    if (unusable >= 0) {
      outcome.rejects.push({
        raw: rawJson(history),
        error: new PippaError(ERROR_CODES.field, "expected {text: string, src: {is_human: boolean}}", { source, path: `histories[${index}].msgs[${unusable}]` }),
      });
      return;
    }
    if (messages.length === 0) return;
    const userNames = unredactedUserNames(messages);
    const clean = (raw: string) => userNameReplacer(userNames)(replaceRedactionTokens(raw));
    const conversation = groupAlternatives(messages, clean);
    const firstBot = messages.find((message) => (message.src as Json).is_human === false);
    const botName = text(character.name) ?? text(character.participant__name) ?? text((firstBot?.src as Json | undefined)?.name) ?? "Unknown";
    const greeting = text(character.greeting) ?? (!conversation[0].is_human ? conversation[0].message : "");
    const description = text(character.description);
    const definitions = text(character.definition);
    const episode: Episode = {
      submission_timestamp: options.timestamp ?? timestampFromFileName(source) ?? options.fallbackTimestamp ?? parseChatDate(history.created) ?? 0,
      categories: categoryNames(character.categories),
      bot_id: externalId ?? deriveBotId("characterai", botName),
      bot_name: botName,
      bot_greeting: clean(greeting),
      bot_definitions: definitions ? clean(definitions) : null,
      bot_description: description ? clean(description) : null,
      conversation,
      source: { format: "cai-dump", file: source, line: index + 1 },
      meta: {
        ...(info || definition ? { character: withoutCreator(character) } : {}),
        history: withoutCreator(Object.fromEntries(Object.entries(history).filter(([key]) => key !== "msgs"))),
      },
      ...(userNames.length > 0 ? { user_names: userNames } : {}),
    };
    outcome.episodes.push(episode);
  });
  if (outcome.episodes.length === 0 && outcome.rejects.length === 0) outcome.warnings.push(`${source}: every history is empty, nothing imported`);
  return outcome;
}

/**
 * Consecutive bot messages flagged `is_alternative` are other generations of one turn: they
 * become its swipes, the unflagged one chosen.
 */
function groupAlternatives(messages: Json[], clean: (text: string) => string): EpisodeTurn[] {
  const turns: EpisodeTurn[] = [];
  let i = 0;
  while (i < messages.length) {
    const isHuman = (messages[i].src as Json).is_human === true;
    let j = i + 1;
    if (!isHuman) {
      while (j < messages.length && (messages[j].src as Json).is_human === false && (messages[j].is_alternative === true || messages[j - 1].is_alternative === true)) j++;
    }
    const group = messages.slice(i, j);
    const chosen = group.find((message) => message.is_alternative !== true) ?? group[0];
    const turn: EpisodeTurn = { message: clean(chosen.text as string), is_human: isHuman };
    const name = text((chosen.src as Json).name);
    if (!isHuman && name) turn.name = name;
    if (group.length > 1) {
      turn.swipes = group.map((message) => clean(message.text as string));
      turn.swipe_id = group.indexOf(chosen);
    }
    turns.push(turn);
    i = j;
  }
  return turns;
}

/** Reads chat2 `turns` (newest first, as the API sends them) into one episode. */
export function readCaiTurns(value: Json, options: CaiReadOptions): ReadOutcome {
  const outcome = emptyOutcome();
  const { source } = options;
  const turns: { at: number; turn: EpisodeTurn; author: string | undefined }[] = [];
  (value.turns as unknown[]).forEach((raw, index) => {
    const candidates = isJsonObject(raw) && Array.isArray(raw.candidates) ? raw.candidates.filter(isJsonObject) : [];
    const contents = candidates.map((candidate) => text(candidate.raw_content));
    if (!isJsonObject(raw) || candidates.length === 0 || contents.some((content) => content === undefined)) {
      outcome.rejects.push({ raw: rawJson(raw), error: new PippaError(ERROR_CODES.field, "expected a turn with candidates[].raw_content", { source, path: `turns[${index}]` }) });
      return;
    }
    const author = isJsonObject(raw.author) ? raw.author : {};
    const chosenIndex = Math.max(0, candidates.findIndex((candidate) => candidate.candidate_id === raw.primary_candidate_id));
    const turn: EpisodeTurn = { message: contents[chosenIndex] as string, is_human: author.is_human === true };
    if (candidates.length > 1) {
      turn.swipes = contents as string[];
      turn.swipe_id = chosenIndex;
    }
    const sentAt = parseChatDate(raw.create_time);
    if (sentAt !== null) turn.sent_at = sentAt;
    turns.push({ at: sentAt ?? -index, turn, author: text(author.name) });
  });
  if (turns.length === 0) return outcome;
  turns.sort((a, b) => a.at - b.at);
  const userNames = replaceableNames(turns.filter((t) => t.turn.is_human).map((t) => t.author));
  const replaceUser = userNameReplacer(userNames);
  const conversation = turns.map(({ turn, author }) => {
    const cleaned: EpisodeTurn = { ...turn, message: replaceUser(replaceRedactionTokens(turn.message)) };
    if (turn.swipes) cleaned.swipes = turn.swipes.map((swipe) => replaceUser(replaceRedactionTokens(swipe)));
    if (!turn.is_human && author) cleaned.name = author;
    return cleaned;
  });
  const botName = turns.find((t) => !t.turn.is_human)?.author ?? "Unknown";
  outcome.episodes.push({
    submission_timestamp: options.timestamp ?? timestampFromFileName(source) ?? options.fallbackTimestamp ?? conversation[0].sent_at ?? 0,
    categories: null,
    bot_id: deriveBotId("characterai", botName),
    bot_name: botName,
    bot_greeting: conversation[0].is_human ? "" : conversation[0].message,
    bot_definitions: null,
    bot_description: null,
    conversation,
    source: { format: "cai-turns", file: source },
    ...(userNames.length > 0 ? { user_names: userNames } : {}),
  });
  return outcome;
}
