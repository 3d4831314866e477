/**
 * The tokens Character.AI exporters put where a user's name was. Every one becomes `{{user}}` in
 * text; `[BOT_CREATOR_NAME_REDACTED]` only ever names the bot's creator in metadata, which is
 * dropped rather than rewritten.
 */

export const USER_NAME_TOKENS = [
  "[NAME_IN_MESSAGE_REDACTED]",
  "[USERNAME_REDACTED]",
  "[FIRST_NAME_REDACTED]",
  "[ACCOUNT_NAME_REDACTED]",
  "[NAME_REDACTED]",
  "[DISPLAY_NAME_REDACTED]",
  "[REDACTED]",
] as const;

export const BOT_CREATOR_TOKEN = "[BOT_CREATOR_NAME_REDACTED]";

const TOKEN_PATTERN = new RegExp(USER_NAME_TOKENS.map((token) => token.replace(/[[\]]/g, "\\$&")).join("|"), "g");

/** Replaces exporter redaction tokens with `{{user}}`. */
export function replaceRedactionTokens(text: string): string {
  return text.includes("[") ? text.replace(TOKEN_PATTERN, "{{user}}") : text;
}

/** True for a value an exporter wrote in place of a name (so it is no name to look for). */
export function isRedactionToken(value: string): boolean {
  return (USER_NAME_TOKENS as readonly string[]).includes(value) || value === BOT_CREATOR_TOKEN;
}
