/**
 * A record as a dialogue ready for any training format: placeholders filled with this
 * conversation's names, turns as user / model, consecutive turns of one speaker merged, hidden and
 * narrator turns left out, the persona and its example chats resolved. Pure: no I/O.
 */
import type { Episode, EpisodeTurn, PippaRecord } from "../model/pippa-record.js";
import type { DialogueTurn, ExampleDialogueTurn, Role } from "../model/training-example.js";
import { parseExampleChats, type ExampleTurn } from "./example-chats.js";
import { fillPlaceholders, type PlaceholderNames } from "./placeholders.js";

export interface Dialogue {
  botId: string;
  char: string;
  user: string;
  /** The character's description (placeholders filled). */
  description: string;
  /** Definitions text outside the example chats. */
  definitionsPreamble: string;
  exampleChats: ExampleDialogueTurn[][];
  turns: DialogueTurn[];
}

export interface DialogueOptions {
  /** Join consecutive turns of one speaker [true]. */
  mergeConsecutive: boolean;
  /** What merged turns are joined with ["\n\n"]. */
  mergeJoiner: string;
  /** Keep the character's greeting as the first model turn [true]. */
  keepGreeting: boolean;
}

export const DEFAULT_DIALOGUE_OPTIONS: DialogueOptions = { mergeConsecutive: true, mergeJoiner: "\n\n", keepGreeting: true };

export interface DialogueCounts {
  /** Turns joined into the turn before them. */
  merged: number;
  /** Hidden, narrator or empty turns left out. */
  skipped: number;
}

function exampleTurn(turn: ExampleTurn, names: PlaceholderNames): ExampleDialogueTurn {
  const { speaker } = turn;
  const name = speaker === "char" ? names.char : speaker === "user" ? names.user : names.randomUser(speaker.randomUser);
  return { name, role: speaker === "char" ? "model" : "user", text: fillPlaceholders(turn.text, names) };
}

function alternativesOf(turn: EpisodeTurn, names: PlaceholderNames): string[] | undefined {
  if (!turn.swipes || turn.swipes.length < 2) return undefined;
  const chosen = turn.swipe_id ?? turn.swipes.indexOf(turn.message);
  const others = turn.swipes.filter((_, i) => i !== chosen).map((swipe) => fillPlaceholders(swipe, names).trim());
  return others.filter((text) => text.length > 0);
}

export function buildDialogue(record: PippaRecord | Episode, names: PlaceholderNames, options: DialogueOptions = DEFAULT_DIALOGUE_OPTIONS, counts?: DialogueCounts): Dialogue {
  const examples = parseExampleChats(record.bot_definitions, record.bot_name);
  const turns: DialogueTurn[] = [];
  let seenUser = false;
  for (const turn of record.conversation as EpisodeTurn[]) {
    const text = fillPlaceholders(turn.message, names).trim();
    if (turn.hidden || turn.narrator || text.length === 0) {
      if (counts) counts.skipped++;
      continue;
    }
    const role: Role = turn.is_human ? "user" : "model";
    if (role === "user") seenUser = true;
    const greeting = role === "model" && !seenUser && turns.length === 0;
    if (greeting && !options.keepGreeting) {
      if (counts) counts.skipped++;
      continue;
    }
    const previous = turns[turns.length - 1];
    if (options.mergeConsecutive && previous && previous.role === role) {
      previous.text += options.mergeJoiner + text;
      // Alternatives belong to one generation; after a merge they no longer match the turn.
      delete previous.alternatives;
      if (counts) counts.merged++;
      continue;
    }
    const alternatives = role === "model" ? alternativesOf(turn, names) : undefined;
    turns.push({ role, text, ...(alternatives?.length ? { alternatives } : {}), ...(greeting ? { greeting: true } : {}) });
  }
  return {
    botId: record.bot_id,
    char: names.char,
    user: names.user,
    description: fillPlaceholders(record.bot_description ?? "", names).trim(),
    definitionsPreamble: fillPlaceholders(examples.preamble, names),
    exampleChats: examples.chats.map((chat) => chat.map((turn) => exampleTurn(turn, names))),
    turns,
  };
}
