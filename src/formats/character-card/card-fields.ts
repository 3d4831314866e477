/**
 * Between cards and PIPPA's bot fields. A card's example chats are `<START>`-separated blocks;
 * PIPPA's definitions separate them with `END_OF_DIALOG` lines. Personality and scenario have no
 * PIPPA field of their own, so they are folded into the description after a blank line, in the
 * labelled form the Pygmalion prompt format used ("{{char}}'s Personality: ...", "Scenario: ...").
 */
import type { Episode, PippaRecord } from "../../model/pippa-record.js";
import { deriveBotId } from "../bot-id.js";
import { parseCard, type CardData, type CharacterCard } from "./card.js";

export const END_OF_DIALOG = "END_OF_DIALOG";
const START_MARKER = /^[ \t]*<START>[ \t]*$/im;
const END_OF_DIALOG_LINE = /^[ \t]*END_OF_DIALOG[ \t]*$/m;

/** Splits `<START>`-separated example chats into trimmed, non-empty blocks (CRLF kept inside). */
export function splitStartBlocks(mesExample: string): string[] {
  return mesExample
    .split(new RegExp(START_MARKER.source, "gim"))
    .map((block) => block.replace(/^(\r?\n)+|(\r?\n)+$/g, "").trim())
    .filter((block) => block.length > 0);
}

/** Splits PIPPA definitions on `END_OF_DIALOG` lines into trimmed, non-empty blocks. */
export function splitEndOfDialogBlocks(definitions: string): string[] {
  return definitions
    .split(new RegExp(END_OF_DIALOG_LINE.source, "gm"))
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/**
 * Where a card field's text sits in the PIPPA bot field made from it: `length` code units at `at`
 * in the bot field are the ones at `from` in the card field. The preview maps the personal
 * information found in a bot field back onto the card fields the contributor sees.
 */
export interface FieldSource {
  field: "description" | "personality" | "scenario" | "first_mes" | "mes_example";
  at: number;
  from: number;
  length: number;
}

/** A bot field's text with where each part of it came from. */
export interface SourcedText {
  text: string | null;
  sources: FieldSource[];
}

/** A card's `mes_example` in PIPPA's convention, or null when it has no example chats. */
export function startBlocksToDefinitions(mesExample: string): string | null {
  return sourcedDefinitions(mesExample).text;
}

/** `startBlocksToDefinitions`, with where each block sits in `mes_example`. */
export function sourcedDefinitions(mesExample: string): SourcedText {
  const marker = new RegExp(START_MARKER.source, "gim");
  const sources: FieldSource[] = [];
  let text = "";
  let pieceStart = 0;
  // The pieces between markers, as splitStartBlocks cuts them, each trimmed.
  const addPiece = (pieceEnd: number) => {
    const piece = mesExample.slice(pieceStart, pieceEnd);
    const block = piece.trim();
    if (block.length === 0) return;
    if (text.length > 0) text += `\n${END_OF_DIALOG}\n`;
    sources.push({ field: "mes_example", at: text.length, from: pieceStart + piece.length - piece.trimStart().length, length: block.length });
    text += block;
  };
  for (const match of mesExample.matchAll(marker)) {
    addPiece(match.index);
    pieceStart = match.index + match[0].length;
  }
  addPiece(mesExample.length);
  return { text: text.length > 0 ? text : null, sources };
}

/**
 * PIPPA definitions as a card's `mes_example`. `{{random_user_n}}` speakers stay as they are: they
 * are other people than the user, and importing the card again must give the same definitions.
 */
export function definitionsToStartBlocks(definitions: string | null): string {
  if (!definitions) return "";
  return splitEndOfDialogBlocks(definitions)
    .map((block) => `<START>\n${block}`)
    .join("\n");
}

/** The description with personality and scenario folded in. */
export function foldDescription(data: Pick<CardData, "description" | "personality" | "scenario">): string | null {
  return sourcedDescription(data).text;
}

/** `foldDescription`, with where each card field sits in the folded text. */
export function sourcedDescription(data: Pick<CardData, "description" | "personality" | "scenario">): SourcedText {
  const sources: FieldSource[] = [];
  let text = "";
  const add = (field: "description" | "personality" | "scenario", label: string, value: string) => {
    const trimmed = value.trim();
    if (trimmed.length === 0) return;
    if (text.length > 0) text += "\n\n";
    text += label;
    sources.push({ field, at: text.length, from: value.length - value.trimStart().length, length: trimmed.length });
    text += trimmed;
  };
  add("description", "", data.description);
  add("personality", "{{char}}'s Personality: ", data.personality);
  add("scenario", "Scenario: ", data.scenario);
  return { text: text.length > 0 ? text : null, sources };
}

export type BotFields = Pick<PippaRecord, "bot_name" | "bot_greeting" | "bot_description" | "bot_definitions" | "categories">;

/** The PIPPA bot fields a card gives. */
export function cardToBotFields(card: CharacterCard): BotFields {
  const { data } = card;
  return {
    bot_name: data.name,
    bot_greeting: data.first_mes,
    bot_description: foldDescription(data),
    bot_definitions: startBlocksToDefinitions(data.mes_example),
    categories: data.tags.length > 0 ? [...data.tags] : null,
  };
}

/**
 * The bot id for a card: the one pippa stored in `extensions.pippa.bot_id` when it wrote the card,
 * else one derived from the name, greeting and description.
 */
export function cardBotId(card: CharacterCard): string {
  const pippa = card.data.extensions.pippa as { bot_id?: unknown } | undefined;
  if (typeof pippa?.bot_id === "string" && pippa.bot_id.length > 0) return pippa.bot_id;
  return deriveBotId("card", card.data.name, card.data.first_mes, card.data.description);
}

/** A V2 card for a PIPPA bot; its `bot_id` is kept in `extensions.pippa`. */
export function botFieldsToCard(record: BotFields & Pick<PippaRecord, "bot_id">): CharacterCard {
  return {
    spec: "chara_card_v2",
    spec_version: "2.0",
    data: {
      name: record.bot_name,
      description: record.bot_description ?? "",
      personality: "",
      scenario: "",
      first_mes: record.bot_greeting,
      mes_example: definitionsToStartBlocks(record.bot_definitions),
      creator_notes: "",
      system_prompt: "",
      post_history_instructions: "",
      alternate_greetings: [],
      tags: record.categories ?? [],
      creator: "",
      character_version: "",
      extensions: { pippa: { bot_id: record.bot_id } },
    },
  };
}

/** The card behind an episode: the full card it was imported with, else one made from its bot fields. */
export function cardForEpisode(episode: Episode): CharacterCard {
  if (episode.card) {
    try {
      return parseCard(episode.card).card;
    } catch {
      // A damaged stored card: fall back to the bot fields, which were checked.
    }
  }
  return botFieldsToCard(episode);
}
