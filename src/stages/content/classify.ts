/**
 * A conversation's content tags: every detector over every field (the bot's description,
 * definitions and greeting as well as the messages), the evidence of each tag combined as
 * independent signs (noisy-or over distinct matches: the same word twice is one sign), and a tag
 * held when the combined score reaches the threshold. Pure; runs on the text before redaction,
 * since redaction would turn "I'm 15" into "I'm <AGE>".
 */
import type { Episode } from "../../model/pippa-record.js";
import { detectHate } from "./hate.js";
import { asciiDigits, hasFamily, OTHER_DIGITS, triggersOf } from "./triggers.js";
import { ageAnswers, birthYears, detectMinor } from "./minor.js";
import { detectMinorByModel } from "./minor-model.js";
import { detectSelfHarm } from "./self-harm.js";
import { detectSexual } from "./sexual.js";
import { detectViolence } from "./violence.js";
import { CONTENT_TAGS, type ContentDetector, type ContentEvidence, type ContentField, type ContentResult, type ContentTag } from "./types.js";

export const DETECTORS: readonly ContentDetector[] = [detectSexual, detectViolence, detectSelfHarm, detectMinor, detectMinorByModel, detectHate];

/** A tag holds from this combined score [0.5]. */
export const DEFAULT_CONTENT_THRESHOLD = 0.5;

/** "conversation[i].message", made once for each index (every record names its messages again). */
const MESSAGE_FIELDS: string[] = [];
function messageField(index: number): string {
  return (MESSAGE_FIELDS[index] ??= `conversation[${index}].message`);
}

export function contentFields(episode: Pick<Episode, "bot_description" | "bot_greeting" | "bot_definitions" | "conversation">): ContentField[] {
  const fields: ContentField[] = [];
  if (episode.bot_description) fields.push({ field: "bot_description", text: episode.bot_description, isHuman: false });
  if (episode.bot_definitions) fields.push({ field: "bot_definitions", text: episode.bot_definitions, isHuman: false });
  if (episode.bot_greeting) fields.push({ field: "bot_greeting", text: episode.bot_greeting, isHuman: false });
  episode.conversation.forEach((turn, i) => fields.push({ field: messageField(i), text: turn.message, isHuman: turn.is_human }));
  return fields;
}

/**
 * Rules whose evidence only leans (a kiss, a bed, a moan): however many of them a conversation holds, together they count
 * as one sign of at most `LEANING_CAP`, so that they add to an explicit word but never make a scene alone.
 */
const LEANING_RULES = new Set(["suggestive-term"]);
const LEANING_CAP = 0.3;

/** Each tag's combined score from its evidence. */
export function combinedScores(evidence: readonly ContentEvidence[], fields: readonly ContentField[]): Map<ContentTag, number> {
  const textOf = new Map(fields.map((field) => [field.field, field.text]));
  const strongest = new Map<string, ContentEvidence>();
  for (const item of evidence) {
    const key = `${item.tag}\u0000${item.rule}\u0000${(textOf.get(item.field) ?? "").slice(item.start, item.end).toLowerCase().replace(/\s+/g, " ")}`;
    if ((strongest.get(key)?.score ?? -1) < item.score) strongest.set(key, item);
  }
  const misses = new Map<ContentTag, number>();
  const capped = new Map<string, number>();
  for (const item of strongest.values()) {
    if (LEANING_RULES.has(item.rule)) capped.set(`${item.tag}\u0000${item.rule}`, (capped.get(`${item.tag}\u0000${item.rule}`) ?? 1) * (1 - item.score));
    else misses.set(item.tag, (misses.get(item.tag) ?? 1) * (1 - item.score));
  }
  for (const [key, miss] of capped) {
    const tag = key.split("\u0000")[0] as ContentTag;
    misses.set(tag, (misses.get(tag) ?? 1) * (1 - Math.min(1 - miss, LEANING_CAP)));
  }
  return new Map([...misses].map(([tag, miss]) => [tag, Math.round((1 - miss) * 1000) / 1000]));
}

/** Whether no family is present (a loop: this runs for every field of every conversation). */
function noneSet(triggers: Uint32Array): boolean {
  for (let i = 0; i < triggers.length; i++) if (triggers[i] !== 0) return false;
  return true;
}

/** How a field was read: its quick pass, its text as the detectors read it, and what they found there. */
interface FieldReading {
  triggers: Uint32Array;
  text: string;
  evidence: ContentEvidence[];
}

/**
 * A bot's description, definitions and greeting come again with each of its conversations (most of a corpus's bot text is
 * repeated): their readings, by field and text, in two generations of a thousand each (a corpus of PIPPA's size has about
 * as many bots), so that each is read about once. A reading used again moves to the young generation; when that is full it
 * becomes the old one and the old is dropped (no reordering on every hit, which a single map's recency order costs).
 */
const BOT_FIELDS = ["bot_description", "bot_definitions", "bot_greeting"] as const;
const BOT_READINGS_KEPT = 1024;
const botReadings = new Map<string, { young: Map<string, FieldReading>; old: Map<string, FieldReading> }>(BOT_FIELDS.map((field) => [field, { young: new Map(), old: new Map() }]));

function readField(field: ContentField): FieldReading {
  const triggers = triggersOf(field.text);
  const text = hasFamily(triggers, OTHER_DIGITS) ? asciiDigits(field.text) : field.text;
  const evidence: ContentEvidence[] = [];
  // Most texts hold no rule's words at all: nothing to run.
  if (!noneSet(triggers)) {
    // One shape for every field the detectors read (a spread makes a new one each time, and slows every detector).
    const read: ContentField = { field: field.field, text, isHuman: field.isHuman, triggers };
    for (const detect of DETECTORS) for (const item of detect(read)) evidence.push(item);
  }
  return { triggers, text, evidence };
}

function readingOf(field: ContentField): FieldReading {
  const kept = botReadings.get(field.field);
  if (kept === undefined) return readField(field);
  const young = kept.young.get(field.text);
  if (young !== undefined) return young;
  const reading = kept.old.get(field.text) ?? readField(field);
  if (kept.young.size >= BOT_READINGS_KEPT) {
    kept.old = kept.young;
    kept.young = new Map();
  }
  kept.young.set(field.text, reading);
  return reading;
}

export function classifyContent(episode: Pick<Episode, "bot_description" | "bot_greeting" | "bot_definitions" | "conversation">, threshold = DEFAULT_CONTENT_THRESHOLD): ContentResult {
  const fields = contentFields(episode);
  const evidence: ContentEvidence[] = [];
  // Each field as the detectors read it: digits of other scripts as ASCII ones, offsets unchanged.
  const read = fields.map((field) => {
    const reading = readingOf(field);
    field.triggers = reading.triggers;
    // A copy of each item: a kept reading's evidence serves many results.
    for (const item of reading.evidence) evidence.push({ ...item });
    return reading.text === field.text ? field : { field: field.field, text: reading.text, isHuman: field.isHuman, triggers: reading.triggers };
  });
  // Ages given as answers to a question in the turn before (the greeting's question and the first reply count).
  for (const item of ageAnswers(read.filter((field) => field.field === "bot_greeting" || field.field.startsWith("conversation[")))) evidence.push(item);
  for (const item of birthYears(read)) evidence.push(item);
  const scores = combinedScores(evidence, fields);
  const tags: ContentResult["tags"] = {};
  for (const tag of CONTENT_TAGS) {
    const score = scores.get(tag);
    if (score !== undefined && score >= threshold) tags[tag] = score;
  }
  return { tags, evidence };
}
