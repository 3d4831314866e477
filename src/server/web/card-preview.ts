/**
 * The character card's fields as the contributor sees them, with the personal information marked.
 * pippa reads a card into three bot fields (the greeting; the description with personality and
 * scenario folded in; the example chats as END_OF_DIALOG blocks) and finds personal information
 * there; the spans found are mapped back onto the card fields they came from, so what is marked is
 * what pippa would redact, shown in the fields that are sent.
 */
import { parseCard, sourcedDefinitions, sourcedDescription, type CharacterCard, type FieldSource, type SourcedText } from "../../formats/character-card/index.js";
import type { Episode } from "../../model/pippa-record.js";
import type { PiiAnalyzer } from "../../stages/redact/analyzer.js";
import type { Span } from "../../stages/redact/types.js";

/** The card fields shown (and, by the extension, sent), in order, with their labels. */
export const CARD_FIELD_LABELS = [
  ["description", "Description"],
  ["personality", "Personality"],
  ["scenario", "Scenario"],
  ["first_mes", "First message"],
  ["mes_example", "Example chats"],
] as const;

export type CardFieldKey = (typeof CARD_FIELD_LABELS)[number][0];

export interface CardFieldPreview {
  key: CardFieldKey;
  label: string;
  text: string;
  spans: Span[];
}

export interface CardPreview {
  name: string;
  /** The non-empty fields, in `CARD_FIELD_LABELS` order. */
  fields: CardFieldPreview[];
  /** The card's tags (they become the record's categories), shown and sent as they are. */
  tags: string[];
}

/** The card an episode was read with, or null (a chat without one). */
function episodeCard(episode: Episode): CharacterCard | null {
  if (!episode.card) return null;
  try {
    return parseCard(episode.card).card;
  } catch {
    return null;
  }
}

/** Spans found in `text` moved onto the card fields its `sources` name; spans across a seam are cut at it. */
function mapSpans(spans: readonly Span[], sources: readonly FieldSource[], into: Map<CardFieldKey, Span[]>): void {
  for (const span of spans) {
    for (const source of sources) {
      const start = Math.max(span.start, source.at);
      const end = Math.min(span.end, source.at + source.length);
      if (start >= end) continue;
      into.get(source.field)?.push({ ...span, start: start - source.at + source.from, end: end - source.at + source.from });
    }
  }
}

/**
 * The card's fields with the spans the conversation's analysis found in the bot fields (`spansOf`,
 * by field name). A bot field that is not the one this card makes (an importer that changed it) has
 * its card fields analysed alone instead, as a bot's writing.
 */
export function previewCard(episode: Episode, spansOf: ReadonlyMap<string, readonly Span[]>, pii: PiiAnalyzer): CardPreview | null {
  const card = episodeCard(episode);
  if (!card) return null;
  const { data } = card;
  const spans = new Map<CardFieldKey, Span[]>(CARD_FIELD_LABELS.map(([key]) => [key, []]));
  const greeting: SourcedText = { text: data.first_mes || null, sources: [{ field: "first_mes", at: 0, from: 0, length: data.first_mes.length }] };
  const botFields: [string, string | null, SourcedText][] = [
    ["bot_greeting", episode.bot_greeting || null, greeting],
    ["bot_description", episode.bot_description, sourcedDescription(data)],
    ["bot_definitions", episode.bot_definitions, sourcedDefinitions(data.mes_example)],
  ];
  for (const [field, read, sourced] of botFields) {
    if (read === sourced.text) {
      mapSpans(spansOf.get(field) ?? [], sourced.sources, spans);
      continue;
    }
    for (const key of new Set(sourced.sources.map((source) => source.field))) spans.get(key)!.push(...pii.analyzeText(data[key], { isHuman: false }));
  }
  const fields = CARD_FIELD_LABELS.filter(([key]) => data[key].trim() !== "").map(([key, label]) => ({ key, label, text: data[key], spans: spans.get(key)! }));
  return { name: data.name, fields, tags: data.tags.filter((tag) => typeof tag === "string" && tag.trim() !== "") };
}
