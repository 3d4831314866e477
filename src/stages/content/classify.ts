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
import { sexualModelAcrossConversation } from "./sexual-model.js";
import { detectViolence } from "./violence.js";
import { combinedScores, DEFAULT_CONTENT_THRESHOLD } from "./scores.js";
import { CONTENT_TAGS, type ContentDetector, type ContentEvidence, type ContentField, type ContentResult } from "./types.js";

export { combinedScores, DEFAULT_CONTENT_THRESHOLD } from "./scores.js";

export const DETECTORS: readonly ContentDetector[] = [detectSexual, detectViolence, detectSelfHarm, detectMinor, detectMinorByModel, detectHate];

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
  let scores = combinedScores(evidence, fields);
  // A conversation with a sign of a scene that does not make it: the model reads its other messages.
  const sexual = scores.get("sexual") ?? 0;
  if (sexual > 0 && sexual < threshold) {
    const found = sexualModelAcrossConversation(read, evidence);
    if (found.length > 0) {
      for (const item of found) evidence.push(item);
      scores = combinedScores(evidence, fields);
    }
  }
  const tags: ContentResult["tags"] = {};
  for (const tag of CONTENT_TAGS) {
    const score = scores.get(tag);
    if (score !== undefined && score >= threshold) tags[tag] = score;
  }
  return { tags, evidence };
}
