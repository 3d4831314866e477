/**
 * The labelled sets: presidio-research's generated sample, Broad Twitter Corpus section H (PER),
 * and the project's own role-play gold set, each read into plain texts with gold spans.
 */
import { readFile } from "node:fs/promises";
import type { LabelledSpan } from "./metrics.js";

export interface GoldText {
  id: string;
  conversation: string;
  text: string;
  gold: LabelledSpan[];
  protected?: LabelledSpan[];
  /** Role-play context for conversation-aware analysis. */
  turn?: { botName: string; botDescription: string; isHuman: boolean; index: number };
}

/**
 * presidio-research's entity types, mapped to pippa's the way presidio-research maps them to
 * Presidio's (ADDRESS, STREET_ADDRESS, CITY and GPE all become a location), onto pippa's names.
 */
export const PRESIDIO_TYPE_MAP: Record<string, string> = {
  PERSON: "PERSON",
  FIRST_NAME: "PERSON",
  LAST_NAME: "PERSON",
  NAME: "PERSON",
  TITLE: "TITLE",
  PREFIX: "TITLE",
  ADDRESS: "LOCATION",
  STREET_ADDRESS: "LOCATION",
  CITY: "LOCATION",
  GPE: "LOCATION",
  LOCATION: "LOCATION",
  ZIP_CODE: "LOCATION",
  NATIONALITY: "NRP",
  NRP: "NRP",
  ORGANIZATION: "ORG",
  ORG: "ORG",
  PHONE_NUMBER: "PHONE",
  EMAIL_ADDRESS: "EMAIL",
  CREDIT_CARD: "CREDIT_CARD",
  IBAN: "IBAN",
  IBAN_CODE: "IBAN",
  US_SSN: "SSN",
  IP_ADDRESS: "IP",
  DOMAIN_NAME: "URL",
  URL: "URL",
  DATE_TIME: "DATE",
  BIRTHDAY: "DATE",
  AGE: "AGE",
  US_DRIVER_LICENSE: "ID",
};

/** pippa's types as the presidio-research comparison names them (ADDRESS is a location there). */
export const PIPPA_TO_PRESIDIO: Record<string, string> = { ADDRESS: "LOCATION", USER: "PERSON", HANDLE: "PERSON", MAC: "IP" };

interface PresidioSample {
  full_text: string;
  spans: { entity_type: string; start_position: number; end_position: number }[];
}

export async function loadPresidio(path: string): Promise<GoldText[]> {
  const samples = JSON.parse(await readFile(path, "utf8")) as PresidioSample[];
  return samples.map((sample, i) => ({
    id: `presidio-${i}`,
    conversation: `presidio-${i}`,
    text: sample.full_text,
    gold: sample.spans.map((span) => ({ start: span.start_position, end: span.end_position, type: PRESIDIO_TYPE_MAP[span.entity_type] ?? span.entity_type, rawType: span.entity_type })),
  }));
}

export async function loadBroadTwitter(path: string): Promise<GoldText[]> {
  const lines = (await readFile(path, "utf8")).split("\n").filter((line) => line.trim() !== "");
  return lines.map((line) => {
    const row = JSON.parse(line) as { id: number; text: string; spans: { start: number; end: number; label: string }[] };
    // PER only; a lone "@" token before a handle is kept in the span it belongs to.
    const gold = row.spans.filter((span) => span.label === "PER").map((span) => ({ start: span.start, end: span.end, type: "PERSON" }));
    return { id: `btc-${row.id}`, conversation: `btc-${row.id}`, text: row.text, gold };
  });
}

const MARK = /\[\[([A-Z_]+)\|([^\]]*)\]\]|<<([^>]*)>>/g;

/** Reads one marked-up line: `[[TYPE|text]]` is PII, `<<text>>` a story name to keep. */
export function parseMarkup(marked: string): { text: string; gold: LabelledSpan[]; protected: LabelledSpan[] } {
  let text = "";
  let last = 0;
  const gold: LabelledSpan[] = [];
  const keep: LabelledSpan[] = [];
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(last, match.index);
    const value = match[1] ? match[2] : match[3];
    const span = { start: text.length, end: text.length + value.length, type: match[1] ?? "STORY" };
    (match[1] ? gold : keep).push(span);
    text += value;
    last = match.index! + match[0].length;
  }
  text += marked.slice(last);
  return { text, gold, protected: keep };
}

export async function loadRoleplayGold(path: string): Promise<GoldText[]> {
  const lines = (await readFile(path, "utf8")).split("\n").filter((line) => line.trim() !== "");
  return lines.map((line, i) => {
    const row = JSON.parse(line) as { conversation: string; bot_name: string; bot_description?: string; turn: number; is_human: boolean; text: string };
    const { text, gold, protected: keep } = parseMarkup(row.text);
    const type = (t: string) => (t === "HANDLE" ? "HANDLE" : t);
    return {
      id: `${row.conversation}-${row.turn ?? i}`,
      conversation: row.conversation,
      text,
      gold: gold.map((span) => ({ ...span, type: type(span.type) })),
      protected: keep,
      turn: { botName: parseMarkup(row.bot_name).text, botDescription: parseMarkup(row.bot_description ?? "").text, isHuman: row.is_human, index: row.turn ?? i },
    };
  });
}
