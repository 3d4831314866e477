/**
 * What the extension sends, built from SillyTavern's state (`SillyTavern.getContext()`): the chat as
 * SillyTavern chat JSONL and the character as a V2 card, with the user's persona name replaced by
 * `{{user}}`, only the messages and swipes the user kept, and of the card only the fields the
 * preview shows. Pure and DOM-free, so it is unit-tested alone; anything the preview does not show
 * (chat metadata, generation details, avatars, the card's other fields) is left out.
 */
import { replaceableNames, userNameReplacer } from "../../../src/formats/chats/user-names.js";
import { CARD_FIELD_LABELS } from "../../../src/server/web/card-preview.js";

/** A chat message as SillyTavern keeps it (only the fields read here). */
export interface StMessage {
  name?: string;
  is_user?: boolean;
  is_system?: boolean;
  send_date?: string | number;
  mes?: string;
  swipes?: string[];
  swipe_id?: number;
  [key: string]: unknown;
}

/** A character as SillyTavern keeps it: V1 fields at the top, the V2 card in `data` when present. */
export interface StCharacter {
  name?: string;
  description?: string;
  personality?: string;
  scenario?: string;
  first_mes?: string;
  mes_example?: string;
  avatar?: string;
  data?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The part of `SillyTavern.getContext()` the extension reads. */
export interface StContext {
  chat: StMessage[];
  characters: StCharacter[];
  characterId?: string | number;
  groupId?: string | null;
  name1: string;
  name2: string;
}

export interface SharedFile {
  name: string;
  text: string;
}

export interface Payload {
  chat: SharedFile;
  card: SharedFile | null;
  /** Indices (in `context.chat`) of the messages sent. */
  messages: number[];
  /** Per message sent (in order), the indices in its `swipes` of the swipes sent, in order ([] for none). */
  swipes: number[][];
}

/** What the user chose in the preview. */
export interface ShareChoices {
  /** The messages kept (indices in `context.chat`) [every shareable one]. */
  messages?: ReadonlySet<number> | null;
  /** Per message (index in `context.chat`), the swipes left out (indices in its `swipes`) [none]. */
  swipesLeftOut?: ReadonlyMap<number, ReadonlySet<number>>;
}


let lastReplacer: { userName: string; replace: (text: string) => string } | null = null;

/**
 * Replaces the persona name with `{{user}}` as pippa's importers do (whole words, any letter case;
 * generic names such as "User" left alone). The replacer of the last name is kept.
 */
function replacerFor(userName: string): (text: string) => string {
  if (lastReplacer?.userName !== userName) lastReplacer = { userName, replace: userNameReplacer(replaceableNames([userName])) };
  return lastReplacer.replace;
}

/** The text with the user's name, as a whole word in any letter case, replaced by `{{user}}`. */
export function replaceUserName(text: string, userName: string): string {
  return replacerFor(userName)(text);
}

/** Every string in a JSON value passed through `replace`; keys are left as they are. */
function replaceInStrings(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === "string") return replace(value);
  if (Array.isArray(value)) return value.map((item) => replaceInStrings(item, replace));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceInStrings(item, replace)]));
  return value;
}

/** The messages that can be shared: not hidden ones (SillyTavern's `is_system`), with some text. */
export function shareableMessages(chat: readonly StMessage[]): number[] {
  const indices: number[] = [];
  chat.forEach((message, index) => {
    if (!message.is_system && typeof message.mes === "string" && message.mes.trim() !== "") indices.push(index);
  });
  return indices;
}

export function currentCharacter(context: StContext): StCharacter | null {
  if (context.groupId) return null;
  const id = context.characterId;
  if (id === undefined || id === null || id === "") return null;
  return context.characters[Number(id)] ?? null;
}

/**
 * The character as a Character Card V2 of what the preview shows: the name, `CARD_FIELD_LABELS`
 * (its own V2 data first, else SillyTavern's V1 keys) and the tags (the record's categories).
 * Alternate greetings, the lorebook, notes and extensions are not shown, so they are not sent.
 */
export function characterCardV2(character: StCharacter, userName: string): Record<string, unknown> {
  const data = character.data && typeof character.data === "object" ? character.data : {};
  const field = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : typeof character[key] === "string" ? (character[key] as string) : "");
  const shared: Record<string, string | string[]> = { name: field("name") };
  for (const [key] of CARD_FIELD_LABELS) shared[key] = field(key);
  const tags = Array.isArray(data.tags) ? data.tags : Array.isArray(character.tags) ? character.tags : [];
  shared.tags = tags.filter((tag): tag is string => typeof tag === "string" && tag.trim() !== "");
  return replaceInStrings({ spec: "chara_card_v2", spec_version: "2.0", data: shared }, replacerFor(userName)) as Record<string, unknown>;
}

/** The swipe shown as the message itself: `swipe_id` when it points at one, else the one equal to `mes`, else the first. */
function chosenSwipe(message: StMessage, swipes: readonly unknown[]): number {
  const id = message.swipe_id;
  if (typeof id === "number" && Number.isInteger(id) && id >= 0 && id < swipes.length) return id;
  return Math.max(0, swipes.indexOf(message.mes));
}

/**
 * The swipes of a message that can be shared besides the message itself (indices in its `swipes`):
 * a character's alternatives with some text. The chosen one is the message and goes with it.
 */
export function shareableSwipes(message: StMessage): number[] {
  if (message.is_user || !Array.isArray(message.swipes) || message.swipes.length < 2) return [];
  const chosen = chosenSwipe(message, message.swipes);
  const indices: number[] = [];
  message.swipes.forEach((swipe, index) => {
    if (index !== chosen && typeof swipe === "string" && swipe.trim() !== "") indices.push(index);
  });
  return indices;
}

/**
 * A message as sent, and the indices of the swipes sent with it. The chosen swipe's slot holds the
 * message's own text (the one shown), so a swipe edited away in SillyTavern is not sent under it.
 */
function sharedMessage(message: StMessage, leftOut: ReadonlySet<number> | undefined, replace: (text: string) => string): { line: StMessage; swipes: number[] } {
  const line: StMessage = {
    name: message.is_user ? "{{user}}" : (message.name ?? ""),
    is_user: Boolean(message.is_user),
    is_system: false,
    send_date: message.send_date ?? "",
    mes: replace(message.mes ?? ""),
  };
  const alternatives = shareableSwipes(message).filter((index) => !leftOut?.has(index));
  if (alternatives.length === 0) return { line, swipes: [] };
  const swipes = message.swipes!;
  const chosen = chosenSwipe(message, swipes);
  const sent = [chosen, ...alternatives].sort((a, b) => a - b);
  line.swipes = sent.map((index) => (index === chosen ? line.mes! : replace(String(swipes[index]))));
  line.swipe_id = sent.indexOf(chosen);
  return { line, swipes: sent };
}

/** A file name from a character's name: letters, digits and a few marks, never a path. */
export function safeFileName(name: string, extension: string): string {
  const base = name.normalize("NFKC").replace(/[^\p{L}\p{N} ._-]+/gu, "").trim().slice(0, 60) || "chat";
  return `${base}${extension}`;
}

/**
 * The payload for the choices made in the preview (every shareable message and swipe by default):
 * the chat as SillyTavern JSONL (a header, then one message a line) and the card as V2 JSON.
 *
 * @example
 * buildPayload(context, { messages: new Set([0, 1]), swipesLeftOut: new Map([[0, new Set([2])]]) });
 */
export function buildPayload(context: StContext, choices: ShareChoices = {}, now = new Date()): Payload {
  const character = currentCharacter(context);
  const characterName = character?.name ?? context.name2;
  const messages = shareableMessages(context.chat).filter((index) => !choices.messages || choices.messages.has(index));
  const shared = messages.map((index) => sharedMessage(context.chat[index], choices.swipesLeftOut?.get(index), replacerFor(context.name1)));
  const header = { user_name: "{{user}}", character_name: characterName, create_date: now.toISOString() };
  const lines = [header, ...shared.map((message) => message.line)].map((line) => JSON.stringify(line));
  return {
    chat: { name: safeFileName(characterName, ".jsonl"), text: lines.join("\n") },
    card: character ? { name: safeFileName(characterName, ".json"), text: JSON.stringify(characterCardV2(character, context.name1)) } : null,
    messages,
    swipes: shared.map((message) => message.swipes),
  };
}
