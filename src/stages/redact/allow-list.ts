/**
 * Names that belong to the story, not to a person: the bot's name and every capitalised word of
 * its greeting, description and definitions and of the bot's own turns (where the story's
 * characters and places are introduced), plus the placeholders. Names the contributor is known to
 * go by are taken out again, so a bot repeating a user's real name does not protect it.
 */

import type { NameSet } from "./types.js";

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * Adds every capitalised word of `text` (lower-cased, possessive and trailing hyphens dropped) to
 * `into`: a character loop, several times faster than a Unicode regular expression over the
 * bot's text, which is most of a conversation.
 */
function collectCapitalised(text: string, into: Set<string>): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const upper = code >= 65 && code <= 90 ? true : code >= 0xc0 && UPPER.test(text[i]);
    const previous = i > 0 ? text.charCodeAt(i - 1) : 32;
    const afterLetter = (previous >= 65 && previous <= 90) || (previous >= 97 && previous <= 122) || (previous >= 0xc0 && LETTER.test(text[i - 1]));
    if (!upper || afterLetter) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < length) {
      const c = text.charCodeAt(end);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || c === 45 || (c >= 0xc0 && LETTER.test(text[end]))) end++;
      else break;
    }
    into.add(bare(text.slice(i, end)));
    i = end;
  }
}
const ANY_WORD = /[\p{L}][\p{L}'’-]*/gu;
const PLACEHOLDERS = ["user", "char", "bot", "random_user_1", "random_user_2", "random_user_3"];

export interface StoryText {
  bot_name: string;
  bot_greeting?: string;
  bot_description?: string | null;
  bot_definitions?: string | null;
  /** The bot's turns. */
  botTurns?: readonly string[];
}

function bare(word: string): string {
  let end = word.length;
  if (end > 2 && (word.endsWith("'s") || word.endsWith("’s"))) end -= 2;
  while (end > 1 && (word[end - 1] === "-" || word[end - 1] === "'" || word[end - 1] === "’")) end--;
  return (end === word.length ? word : word.slice(0, end)).toLowerCase();
}

/** Lower-case story names to leave alone. */
/** A bot's persona is the same in every conversation with it: its names are kept, not re-read. */
const personaCache = new Map<string, ReadonlySet<string>>();
const PERSONA_CACHE_SIZE = 256;

function personaNames(story: StoryText): ReadonlySet<string> {
  const key = `${story.bot_name}\u0000${story.bot_greeting ?? ""}\u0000${story.bot_description ?? ""}\u0000${story.bot_definitions ?? ""}`;
  let names = personaCache.get(key);
  if (!names) {
    const set = new Set<string>(PLACEHOLDERS);
    for (const word of story.bot_name.match(ANY_WORD) ?? []) set.add(bare(word));
    for (const text of [story.bot_greeting, story.bot_description, story.bot_definitions]) if (text) collectCapitalised(text, set);
    if (personaCache.size >= PERSONA_CACHE_SIZE) personaCache.clear();
    personaCache.set(key, (names = set));
  }
  return names;
}

/**
 * The story's names as one set without copying the persona's (shared by every conversation with
 * the bot): the persona's, plus those of this conversation's bot turns, less the person's own.
 */
class StoryNames implements NameSet {
  constructor(
    private readonly persona: ReadonlySet<string>,
    private readonly turns: ReadonlySet<string>,
    private readonly excluded: ReadonlySet<string>,
  ) {}

  has(name: string): boolean {
    return (this.persona.has(name) || this.turns.has(name)) && !this.excluded.has(name);
  }
}

export function buildAllowNames(story: StoryText, userNames: readonly string[] = []): NameSet {
  const persona = personaNames(story);
  if (!story.botTurns?.length && userNames.length === 0) return persona;
  const turns = new Set<string>();
  for (const text of story.botTurns ?? []) collectCapitalised(text, turns);
  const excluded = new Set<string>();
  for (const name of userNames) for (const word of name.match(ANY_WORD) ?? []) excluded.add(bare(word));
  return new StoryNames(persona, turns, excluded);
}
