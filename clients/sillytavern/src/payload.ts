/**
 * What the extension sends, built from SillyTavern's state (`SillyTavern.getContext()`): the chat as
 * SillyTavern chat JSONL and the character as a V2 card, with the user's persona name replaced by
 * `{{user}}` and only the messages the user kept. Pure and DOM-free, so it is unit-tested alone;
 * anything not needed (chat metadata, generation details, avatars) is left out.
 */
import { replaceableNames, userNameReplacer } from "../../../src/formats/user-names.js";

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

/** The character as a Character Card V2 (its own V2 data when SillyTavern has it). */
export function characterCardV2(character: StCharacter, userName: string): Record<string, unknown> {
  const data = character.data && typeof character.data === "object" ? { ...character.data } : {};
  const field = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : typeof character[key] === "string" ? (character[key] as string) : "");
  const card = {
    spec: "chara_card_v2",
    spec_version: "2.0",
    data: {
      ...data,
      name: field("name"),
      description: field("description"),
      personality: field("personality"),
      scenario: field("scenario"),
      first_mes: field("first_mes"),
      mes_example: field("mes_example"),
    },
  };
  return replaceInStrings(card, replacerFor(userName)) as Record<string, unknown>;
}

function sharedMessage(message: StMessage, replace: (text: string) => string): StMessage {
  const kept: StMessage = {
    name: message.is_user ? "{{user}}" : (message.name ?? ""),
    is_user: Boolean(message.is_user),
    is_system: false,
    send_date: message.send_date ?? "",
    mes: replace(message.mes ?? ""),
  };
  if (!message.is_user && Array.isArray(message.swipes) && message.swipes.length > 1) {
    kept.swipes = message.swipes.map((swipe) => replace(String(swipe)));
    kept.swipe_id = typeof message.swipe_id === "number" ? message.swipe_id : 0;
  }
  return kept;
}

/** A file name from a character's name: letters, digits and a few marks, never a path. */
export function safeFileName(name: string, extension: string): string {
  const base = name.normalize("NFKC").replace(/[^\p{L}\p{N} ._-]+/gu, "").trim().slice(0, 60) || "chat";
  return `${base}${extension}`;
}

/**
 * The payload for the kept messages (all shareable ones when `selected` is null): the chat as
 * SillyTavern JSONL (a header, then one message a line) and the card as V2 JSON.
 */
export function buildPayload(context: StContext, selected: ReadonlySet<number> | null = null, now = new Date()): Payload {
  const character = currentCharacter(context);
  const characterName = character?.name ?? context.name2;
  const messages = shareableMessages(context.chat).filter((index) => !selected || selected.has(index));
  const header = { user_name: "{{user}}", character_name: characterName, create_date: now.toISOString() };
  const lines = [header, ...messages.map((index) => sharedMessage(context.chat[index], replacerFor(context.name1)))].map((line) => JSON.stringify(line));
  return {
    chat: { name: safeFileName(characterName, ".jsonl"), text: lines.join("\n") },
    card: character ? { name: safeFileName(characterName, ".json"), text: JSON.stringify(characterCardV2(character, context.name1)) } : null,
    messages,
  };
}
