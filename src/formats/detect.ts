/**
 * Which format a file holds, decided by content, never by name: PNG signature, then the first
 * JSON line (PIPPA records and SillyTavern chats are line formats), then the shape of a whole
 * JSON document.
 */
import { isCaiChatDump, isCaiDefinitionsDump, isCaiTurns } from "./chats/cai-dump.js";
import { detectCardShape } from "./character-card/card.js";
import { isPng } from "./character-card/png-chunks.js";
import { isOobaChat } from "./chats/ooba-chat.js";
import { isSillyTavernHeader, isSillyTavernMessage } from "./chats/sillytavern-chat.js";
import { isJsonObject } from "../model/json.js";

import type { FormatId } from "./import-format-ids.js";

export { FORMATS, FROM_CHOICES } from "./import-format-ids.js";
export type { FormatId } from "./import-format-ids.js";

/** A JSON line that starts a line format, or null. */
export function classifyLine(value: unknown): "pippa-jsonl" | "sillytavern-chat" | null {
  if (!isJsonObject(value)) return null;
  if ("bot_id" in value && "conversation" in value) return "pippa-jsonl";
  if (isSillyTavernHeader(value) || isSillyTavernMessage(value)) return "sillytavern-chat";
  return null;
}

/** A whole JSON document's format, or null when no reader knows its shape. */
export function classifyDocument(value: unknown): FormatId | null {
  const line = classifyLine(value);
  if (line) return line;
  if (isCaiChatDump(value)) return "cai-dump";
  if (isCaiDefinitionsDump(value)) return "cai-definitions";
  if (isCaiTurns(value)) return "cai-turns";
  if (detectCardShape(value)) return "card-json";
  if (isOobaChat(value)) return "ooba";
  if (isJsonObject(value) && isJsonObject(value.entries) && Object.values(value.entries).every((entry) => isJsonObject(entry) && ("content" in entry || "key" in entry))) {
    return "sillytavern-worldinfo";
  }
  return null;
}

/** True when the bytes start like a PNG. */
export function looksLikePng(head: Uint8Array): boolean {
  return isPng(head);
}

/** A short description of a JSON value's shape for "no reader knows" errors. */
export function describeShape(value: unknown): string {
  if (Array.isArray(value)) return `a JSON array of ${value.length}`;
  if (!isJsonObject(value)) return `a JSON ${value === null ? "null" : typeof value}`;
  const keys = Object.keys(value);
  return `an object with keys ${keys.slice(0, 8).join(", ")}${keys.length > 8 ? ", ..." : ""}`;
}
