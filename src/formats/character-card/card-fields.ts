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

/** A card's `mes_example` in PIPPA's convention, or null when it has no example chats. */
export function startBlocksToDefinitions(mesExample: string): string | null {
  const blocks = splitStartBlocks(mesExample);
  return blocks.length > 0 ? blocks.join(`\n${END_OF_DIALOG}\n`) : null;
}

/** PIPPA definitions as a card's `mes_example`; `{{random_user_n}}` speakers become `{{user}}`. */
export function definitionsToStartBlocks(definitions: string | null): string {
  if (!definitions) return "";
  return splitEndOfDialogBlocks(definitions)
    .map((block) => `<START>\n${block.replace(/\{\{random_user_\d+\}\}/g, "{{user}}")}`)
    .join("\n");
}

/** The description with personality and scenario folded in. */
export function foldDescription(data: Pick<CardData, "description" | "personality" | "scenario">): string | null {
  const parts = [data.description.trim()];
  if (data.personality.trim()) parts.push(`{{char}}'s Personality: ${data.personality.trim()}`);
  if (data.scenario.trim()) parts.push(`Scenario: ${data.scenario.trim()}`);
  const text = parts.filter((part) => part.length > 0).join("\n\n");
  return text.length > 0 ? text : null;
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
