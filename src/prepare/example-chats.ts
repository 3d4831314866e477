/**
 * The example chats in a character's definitions: dialogues separated by `END_OF_DIALOG` lines
 * (Character.AI, PIPPA) or `<START>` lines (Tavern cards), each line `SPEAKER: text` with
 * `{{char}}`, `{{user}}`, `{{random_user_N}}`, the character's own name or `You` as speaker; lines
 * without a speaker continue the previous turn. Text before the first speaker line is kept apart.
 */
import { normalizePlaceholders } from "./placeholders.js";

export type Speaker = "char" | "user" | { randomUser: number };

export interface ExampleTurn {
  speaker: Speaker;
  text: string;
}

export interface ExampleChats {
  /** Definitions text outside any dialogue (often more description). */
  preamble: string;
  chats: ExampleTurn[][];
}

const SEPARATOR = /^\s*(?:END_OF_DIALOG|<START>)\s*$/i;
const SPEAKER_LINE = /^\s*(\{\{char\}\}|\{\{user\}\}|\{\{random_user_(\d{1,3})\}\}|You|[^:\n]{1,40}?):[ \t]?(.*)$/;

function speakerOf(label: string, randomUser: string | undefined, charName: string): Speaker | null {
  if (label === "{{char}}") return "char";
  if (label === "{{user}}" || label === "You") return "user";
  if (randomUser !== undefined) return { randomUser: Number(randomUser) };
  // The character's full name, or its first word ("Ayaka" for "Ayaka Kamisato").
  const name = charName.trim().toLowerCase();
  const said = label.trim().toLowerCase();
  return name && (said === name || said === name.split(/\s+/)[0]) ? "char" : null;
}

export function parseExampleChats(definitions: string | null, charName: string): ExampleChats {
  if (!definitions) return { preamble: "", chats: [] };
  const preamble: string[] = [];
  const chats: ExampleTurn[][] = [];
  let chat: ExampleTurn[] = [];
  const close = () => {
    const kept = chat.map((turn) => ({ ...turn, text: turn.text.trim() })).filter((turn) => turn.text.length > 0);
    if (kept.length > 0) chats.push(kept);
    chat = [];
  };
  for (const line of normalizePlaceholders(definitions).replace(/\r\n?/g, "\n").split("\n")) {
    if (SEPARATOR.test(line)) {
      close();
      continue;
    }
    const match = SPEAKER_LINE.exec(line);
    const speaker = match ? speakerOf(match[1], match[2], charName) : null;
    if (speaker && match) chat.push({ speaker, text: match[3] });
    else if (chat.length > 0) chat[chat.length - 1].text += `\n${line}`;
    else preamble.push(line);
  }
  close();
  return { preamble: preamble.join("\n").trim(), chats };
}
