/**
 * The placeholders of role-play data: `{{user}}` (the person), `{{char}}` (the character) and
 * `{{random_user_N}}` (other people in a group chat), in the malformed forms real data holds too:
 * `{user}}`, `{{User}}`, `{ user }`, `<USER>`, `<BOT>`, `{{bot}}`. Pure string functions.
 */

/** Any placeholder, well formed or not: braces one or two deep on each side, or Tavern's angle forms. */
const ANY_PLACEHOLDER = /\{\{?[ \t]*(user|char|bot|random_user_(\d{1,3}))[ \t]*\}\}?|<(user|bot|char)>/gi;

export type PlaceholderKind = "user" | "char" | { randomUser: number };

function kindOf(match: RegExpMatchArray): PlaceholderKind {
  const name = (match[1] ?? match[3]).toLowerCase();
  if (name === "user") return "user";
  if (name === "char" || name === "bot") return "char";
  return { randomUser: Number(match[2]) };
}

/** Every placeholder of a text, as written. */
export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(ANY_PLACEHOLDER)].map((match) => match[0]);
}

/** The text with every placeholder in its canonical form: `{{user}}`, `{{char}}`, `{{random_user_N}}`. */
export function normalizePlaceholders(text: string): string {
  return text.replace(ANY_PLACEHOLDER, (...args) => {
    const kind = kindOf(args as unknown as RegExpMatchArray);
    return typeof kind === "string" ? `{{${kind}}}` : `{{random_user_${kind.randomUser}}}`;
  });
}

/** Who the placeholders stand for in one conversation. */
export interface PlaceholderNames {
  user: string;
  char: string;
  randomUser(n: number): string;
}

/** The text with every placeholder, in any form, replaced by the name it stands for. */
export function fillPlaceholders(text: string, names: PlaceholderNames): string {
  if (!text.includes("{") && !text.includes("<")) return text;
  return text.replace(ANY_PLACEHOLDER, (...args) => {
    const kind = kindOf(args as unknown as RegExpMatchArray);
    return kind === "user" ? names.user : kind === "char" ? names.char : names.randomUser(kind.randomUser);
  });
}

/** A name with any placeholder inside taken out (a bot called "{{char}}" must not survive filling). */
export function withoutPlaceholders(name: string): string {
  return name.replace(ANY_PLACEHOLDER, "").replace(/\s{2,}/g, " ").trim();
}
