/**
 * Stable ids for bots whose source has none (SillyTavern chats, cards): the first 43 characters of
 * the base64url SHA-256 of what identifies the bot, shaped like Character.AI's external ids.
 */
import { sha256 } from "@noble/hashes/sha2.js";

/** The same parts always give the same id; parts are joined unambiguously. */
export function deriveBotId(kind: string, ...parts: string[]): string {
  const digest = sha256(new TextEncoder().encode(JSON.stringify([kind, ...parts])));
  // base64url of 32 bytes is exactly 43 characters once the padding is dropped.
  return btoa(String.fromCharCode(...digest)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
