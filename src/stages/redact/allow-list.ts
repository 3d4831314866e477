/**
 * Names that belong to the story, not to a person: the bot's name and every capitalised word of
 * its greeting, description and definitions and of the bot's own turns (where the story's
 * characters and places are introduced), plus the placeholders. Names the contributor is known to
 * go by are taken out again, so a bot repeating a user's real name does not protect it.
 */

import { LRUCache } from "lru-cache";
import { LETTER, UPPER, letterClasses } from "../char-tables.js";
import type { NameSet } from "./types.js";

/**
 * Adds every capitalised word of `text` (lower-cased, possessive and trailing hyphens dropped) to
 * `into`: a character loop over a class table, several times faster than a Unicode regular
 * expression over the bot's text, which is most of a conversation.
 */
function collectCapitalised(text: string, into: Set<string>, seen: SeenWords | null = null): void {
  const classes = letterClasses();
  const length = text.length;
  let i = 0;
  while (i < length) {
    // A capital letter that does not follow a letter starts a word.
    if ((classes[text.charCodeAt(i)] & UPPER) === 0 || (i > 0 && (classes[text.charCodeAt(i - 1)] & LETTER) !== 0)) {
      i++;
      continue;
    }
    let end = i + 1;
    let hash = Math.imul(0x811c9dc5 ^ text.charCodeAt(i), 0x01000193);
    while (end < length) {
      const c = text.charCodeAt(end);
      if ((classes[c] & LETTER) !== 0 || c === 39 || c === 0x2019 || c === 45) {
        hash = Math.imul(hash ^ c, 0x01000193);
        end++;
      } else break;
    }
    if (seen === null || !seen.repeat(text, i, end, hash)) into.add(bare(text.slice(i, end)));
    i = end;
  }
}

/**
 * The capitalised words one collection has taken, by the hash of their characters: a story
 * repeats its names (in chat data 92% of a conversation's capitalised words are repeats), and a
 * repeat is known by comparing characters, without making its string and set entry again.
 */
export class SeenWords {
  private readonly byHash = new Map<number, number>();
  private readonly texts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** True when `text[start, end)` was taken before; else remembers it (one word per hash). */
  repeat(text: string, start: number, end: number, hash: number): boolean {
    const entry = this.byHash.get(hash);
    if (entry === undefined) {
      this.byHash.set(hash, this.texts.length);
      this.texts.push(text);
      this.starts.push(start);
      this.ends.push(end);
      return false;
    }
    const other = this.texts[entry];
    const from = this.starts[entry];
    if (this.ends[entry] - from !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (other.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    return true;
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

/** A bot's persona is the same in every conversation with it: its names are kept, not re-read. */
interface PersonaEntry {
  texts: readonly (string | null | undefined)[];
  names: ReadonlySet<string>;
}
/** Room for every bot of a PIPPA-sized collection (1,254) and more. */
const personaCache = new LRUCache<string, PersonaEntry[]>({ max: 4096 });

/**
 * A persona's story names. The cache is looked up by a short key (name, lengths, the greeting's
 * start) and the texts compared in full, so long persona texts are neither joined nor hashed.
 */
function personaNames(story: StoryText): ReadonlySet<string> {
  const texts = [story.bot_name, story.bot_greeting, story.bot_description, story.bot_definitions];
  const key = `${story.bot_name}\u0000${texts.map((text) => text?.length ?? -1).join(",")}\u0000${story.bot_greeting?.slice(0, 32) ?? ""}`;
  const entries = personaCache.get(key);
  const known = entries?.find((entry) => entry.texts.every((text, i) => text === texts[i]));
  if (known) return known.names;
  const names = new Set<string>(PLACEHOLDERS);
  for (const word of story.bot_name.match(ANY_WORD) ?? []) names.add(bare(word));
  for (const text of [story.bot_greeting, story.bot_description, story.bot_definitions]) if (text) collectCapitalised(text, names);
  if (entries) {
    if (entries.length >= 8) entries.shift();
    entries.push({ texts, names });
  }
  else personaCache.set(key, [{ texts, names }]);
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

  *[Symbol.iterator](): Iterator<string> {
    for (const name of this.persona) if (!this.excluded.has(name)) yield name;
    for (const name of this.turns) if (!this.persona.has(name) && !this.excluded.has(name)) yield name;
  }
}

export function buildAllowNames(story: StoryText, userNames: readonly string[] = []): NameSet {
  const persona = personaNames(story);
  if (!story.botTurns?.length && userNames.length === 0) return persona;
  const turns = new Set<string>();
  const seen = new SeenWords();
  for (const text of story.botTurns ?? []) collectCapitalised(text, turns, seen);
  const excluded = new Set<string>();
  for (const name of userNames) for (const word of name.match(ANY_WORD) ?? []) excluded.add(bare(word));
  return new StoryNames(persona, turns, excluded);
}
