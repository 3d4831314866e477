/**
 * Names that belong to the story, not to a person: the bot's name and every capitalised word of
 * its greeting, description and definitions and of the bot's own turns (where the story's
 * characters and places are introduced), plus the placeholders. Names the contributor is known to
 * go by are taken out again, so a bot repeating a user's real name does not protect it.
 */

/** Capitalised words; a match may start inside a word ("McDonald" gives "Donald" too), which only adds harmless entries. */
const CAPITALISED = /[\p{Lu}][\p{L}'’-]*/gu;
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
  return word.replace(/['’]s?$/, "").replace(/[-'’]+$/, "").toLowerCase();
}

/** Lower-case story names to leave alone. */
export function buildAllowNames(story: StoryText, userNames: readonly string[] = []): Set<string> {
  const allow = new Set<string>(PLACEHOLDERS);
  for (const word of story.bot_name.match(ANY_WORD) ?? []) allow.add(bare(word));
  const texts = [story.bot_greeting, story.bot_description, story.bot_definitions, ...(story.botTurns ?? [])];
  for (const text of texts) {
    if (!text) continue;
    for (const word of text.match(CAPITALISED) ?? []) allow.add(bare(word));
  }
  for (const name of userNames) for (const word of name.match(ANY_WORD) ?? []) allow.delete(bare(word));
  return allow;
}
