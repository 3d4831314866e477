/**
 * The formats side of the reader contract suite (test/formats/reader-contract.test.ts): the
 * conversations every format writes, each format's writer and model of a file, and the entry
 * points that read them, all giving back one `Outcome` shape.
 */
import { readCardDocument, importDocuments } from "../../src/formats/import-documents.js";
import { blankPng, encodeBase64Utf8, encodeTextChunk, readPngChunks, writePng, type CharacterCard } from "../../src/formats/character-card/index.js";
import type { FormatId } from "../../src/formats/import-format-ids.js";
import { PIPPA_PARQUET_SCHEMA, readPippaParquet } from "../../src/formats/parquet/parquet.js";
import type { FormatReject } from "../../src/formats/read-outcome.js";
import { PippaError } from "../../src/model/errors.js";
import { PIPPA_KEYS, type PippaRecord } from "../../src/model/pippa-record.js";
import { parquetWriteBuffer } from "hyparquet-writer";
import type { SchemaElement } from "hyparquet";
import { CAI_CHAT_DUMP, CAI_TURNS, CARD_EXAMPLES, OOBA_CHAT, ST_CHATS } from "./examples.js";
import { sampleRecord } from "./records.js";
import { jsonText, type CountedDocument } from "./contract-inputs.js";

// ---------------------------------------------------------------------------------------------
// The conversations every format writes

export interface Turn {
  human: boolean;
  message: string;
}
export interface Chat {
  bot: string;
  turns: Turn[];
}

const BOT = "Mira";
const bot = (message: string): Turn => ({ human: false, message });
const human = (message: string): Turn => ({ human: true, message });

/** Small neutral conversations, each opening with the character's greeting. */
export const CHATS: Chat[] = [
  { bot: BOT, turns: [bot("The lamp turns. You made it."), human("Only just; the road was flooded."), bot("Sit by the stove, the kettle is on."), human("How long have you kept the light?")] },
  { bot: BOT, turns: [bot("Back again? Mind the rocks."), human("I brought the oil you asked for.")] },
  { bot: BOT, turns: [bot("Fog tonight."), human("Then we keep the lamp bright."), bot("We do.")] },
];

/** A message of several MB (non-ASCII inside, so escaped forms grow further). */
export const HUGE_MESSAGE = "Tide log: high water at dawn, low at noon, é. ".repeat(120_000);
export const HUGE_CHAT: Chat = { bot: BOT, turns: [bot(HUGE_MESSAGE), human("That is a long log.")] };

/** Text that has broken readers and pages: markup, bidi overrides, invisible and unpaired characters, NUL. */
export const HOSTILE_CHAT: Chat = {
  bot: BOT,
  turns: [
    bot('<script>alert("x")</script><img src=x onerror=alert(1)>'),
    human("right\u202Eto-left override\u202C and \u2066isolate\u2069"),
    bot("zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word\uFEFFjoiner"),
    human("lone \uD800 high, lone \uDFFF low, reversed \uDC00\uD800"),
    bot("NUL \u0000 and bell \u0007 inside"),
  ],
};

/** What a reader gave back, in one shape whatever its entry point. */
export interface Conversation {
  bot: string;
  turns: { speaker: string; message: string }[];
}
export interface Outcome {
  conversations: Conversation[];
  problems: FormatReject[];
  /** The format `pippa import` settled on, for entry points that detect one. */
  format?: FormatId | null;
  /** What the reader returned, for the prototype check. */
  values: unknown[];
}

export const USER = "(user)";

function conversationOf(record: { bot_name: string; conversation: { message: string; is_human: boolean; name?: string }[] }): Conversation {
  return { bot: record.bot_name, turns: record.conversation.map((turn) => ({ speaker: turn.is_human ? USER : (turn.name ?? record.bot_name), message: turn.message })) };
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** `pippa import`'s dispatch (`importDocuments`), the format forced as `--from` would. */
export function throughImport(from: string): (document: CountedDocument) => Promise<Outcome> {
  return async (document) => {
    const outcome: Outcome = { conversations: [], problems: [], values: [] };
    for await (const event of importDocuments([document], { from })) {
      if (event.kind === "episode") {
        outcome.values.push(event.episode);
        outcome.conversations.push(conversationOf(event.episode));
      } else if (event.kind === "reject") outcome.problems.push(event.reject);
      else if (event.kind === "file") outcome.format = event.report.format;
    }
    return outcome;
  };
}

/** A card's conversation: its greeting, then the example chat written by `cardFields`. */
function conversationOfCard(card: CharacterCard): Conversation {
  const examples = card.data.mes_example.replace(/^<START>\n/, "");
  const turns = examples === "" ? [] : examples.split(/\n(?=\{\{(?:user|char)\}\}: )/);
  return {
    bot: card.data.name,
    turns: [
      { speaker: card.data.name, message: card.data.first_mes },
      ...turns.map((text) => ({ speaker: text.startsWith("{{user}}: ") ? USER : card.data.name, message: text.slice(text.indexOf(": ") + 2) })),
    ],
  };
}

/** A card as `pippa import --card` reads it (PNG or JSON), a PippaError caught as the file's one problem. */
export async function throughCardReader(document: CountedDocument): Promise<Outcome> {
  try {
    const { card } = await readCardDocument(document);
    return { conversations: [conversationOfCard(card)], problems: [], values: [card] };
  } catch (error) {
    if (error instanceof PippaError) return { conversations: [], problems: [{ error, raw: "" }], values: [] };
    throw error;
  }
}

/** Parquet as the reader of pippa's published files reads it, bad rows reported, not thrown. */
export async function throughParquetReader(document: CountedDocument): Promise<Outcome> {
  const bytes = await document.whole();
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const problems: FormatReject[] = [];
  try {
    const records = await readPippaParquet(file, { source: document.source, onReject: (reject) => problems.push(reject) });
    return { conversations: records.map(conversationOf), problems, values: records };
  } catch (error) {
    if (error instanceof PippaError) return { conversations: [], problems: [...problems, { error, raw: "" }], values: [] };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Writing a model (the file's JSON, one value per line for line formats) as bytes

const encoder = new TextEncoder();
export type Writer = (model: unknown, eol: string) => Uint8Array;

/** One JSON value per line. */
export const jsonLines = (stringify: (value: unknown) => string): Writer => (model, eol) => encoder.encode((model as unknown[]).map((line) => jsonText(line, stringify)).join(eol));

/** One JSON document, indented as the exporters write it (so line endings and blank lines occur). */
export const jsonDocument: Writer = (model, eol) => encoder.encode(jsonText(model, (value) => JSON.stringify(value, null, 2)).replaceAll("\n", eol));

/** A 1x1 PNG carrying `text` in a `tEXt` chunk named `keyword`, as card PNGs do. */
export function pngWithText(keyword: string, text: string): Uint8Array {
  const chunks = readPngChunks(blankPng());
  chunks.splice(chunks.length - 1, 0, encodeTextChunk(keyword, text));
  return writePng(chunks);
}

export const cardPng = (keyword: "chara" | "ccv3"): Writer => (model) => pngWithText(keyword, encodeBase64Utf8(jsonText(model)));

/** PIPPA's Parquet columns, every one nullable (so a row can lack a field); a column whose values are of another type is written as that type. */
export const parquetRows: Writer = (model) => {
  const rows = model as Record<string, unknown>[];
  const groups: SchemaElement[][] = [];
  for (let at = 1; at < PIPPA_PARQUET_SCHEMA.length; ) {
    let end = at + 1;
    for (let open = PIPPA_PARQUET_SCHEMA[at].num_children ?? 0; open > 0; end++) open += (PIPPA_PARQUET_SCHEMA[end].num_children ?? 0) - 1;
    groups.push(PIPPA_PARQUET_SCHEMA.slice(at, end));
    at = end;
  }
  const schema: SchemaElement[] = [{ name: "schema", num_children: PIPPA_KEYS.length }];
  const columnData = PIPPA_KEYS.map((name, i) => {
    const group = groups[i];
    const values = rows.map((row) => row[name] ?? null);
    const sample = values.find((value) => value !== null);
    const fits = sample === undefined || (group.length > 1 ? Array.isArray(sample) : group[0].type === "BYTE_ARRAY" ? typeof sample === "string" : typeof sample === "number");
    if (fits) schema.push(...group.map((element) => (element.repetition_type === "REQUIRED" ? { ...element, repetition_type: "OPTIONAL" as const } : element)));
    else schema.push(typeof sample === "number" ? { name, type: "DOUBLE", repetition_type: "OPTIONAL" } : { name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" });
    return { name, data: fits && group[0].type === "INT64" ? values.map((value) => (value === null ? null : BigInt(value as number))) : values };
  });
  return new Uint8Array(parquetWriteBuffer({ schema, columnData }));
};

// ---------------------------------------------------------------------------------------------
// Models: a neutral conversation in each format, built on the hand-written examples

const clone = <T>(value: T): T => structuredClone(value) as T;
const T0 = Date.UTC(2023, 4, 12, 21, 32);

export function pippaRecordOf(chat: Chat): PippaRecord {
  return sampleRecord({ bot_name: chat.bot, bot_greeting: chat.turns[0].message, conversation: chat.turns.map((turn) => ({ message: turn.message, is_human: turn.human })) });
}

const [ST_HEADER, ST_BOT_LINE, ST_USER_LINE] = ST_CHATS.modern.split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

export function sillyTavernLines(chat: Chat): unknown[] {
  const message = (turn: Turn, index: number) => {
    const { swipes: _swipes, swipe_id: _id, swipe_info: _info, ...template } = clone(turn.human ? ST_USER_LINE : ST_BOT_LINE);
    return { ...template, name: turn.human ? "Kit" : chat.bot, mes: turn.message, send_date: new Date(T0 + index * 60_000).toISOString() };
  };
  return [clone(ST_HEADER), ...chat.turns.map(message)];
}

export function caiDump(chats: Chat[]): unknown {
  const dump = clone(CAI_CHAT_DUMP) as unknown as { info: { character: Record<string, unknown> }; histories: { histories: unknown[] } };
  const [botMessage, humanMessage] = CAI_CHAT_DUMP.histories.histories[0].msgs;
  dump.info.character = { ...dump.info.character, name: BOT, participant__name: BOT, greeting: chats[0].turns[0].message };
  dump.histories.histories = chats.map((chat, h) => ({
    external_id: `hist-${h}`,
    created: new Date(T0).toISOString(),
    msgs: chat.turns.map((turn, i) => {
      const template = clone(turn.human ? humanMessage : botMessage) as Record<string, unknown>;
      const src = turn.human ? template.src : { ...(template.src as object), name: chat.bot };
      return { ...template, id: i + 1, text: turn.message, is_alternative: false, src };
    }),
  }));
  return dump;
}

export function caiTurns(chat: Chat): unknown {
  const [botTurn, humanTurn] = CAI_TURNS.turns;
  const turns = chat.turns.map((turn, i) => {
    const template = clone(turn.human ? humanTurn : botTurn) as Record<string, unknown>;
    return {
      ...template,
      turn_key: { chat_id: "c", turn_id: `t${i}` },
      create_time: new Date(T0 + i * 1000).toISOString(),
      author: { ...(template.author as object), name: turn.human ? "Robin" : chat.bot },
      candidates: [{ candidate_id: `k${i}`, raw_content: turn.message }],
      primary_candidate_id: `k${i}`,
    };
  });
  // Newest first, as the API sends them.
  return { turns: turns.reverse(), meta: clone(CAI_TURNS.meta) };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** text-generation-webui's history: the greeting after its begin marker, then [user, bot] pairs; `visible` HTML-escaped. */
export function oobaChat(chat: Chat): unknown {
  const pairs: [string, string][] = [];
  for (const turn of chat.turns) {
    if (!turn.human && pairs.length === 0) pairs.push(["<|BEGIN-VISIBLE-CHAT|>", turn.message]);
    else if (turn.human) pairs.push([turn.message, ""]);
    else pairs[pairs.length - 1][1] = turn.message;
  }
  const model = clone(OOBA_CHAT) as unknown as Record<string, unknown>;
  model.internal = pairs;
  model.visible = pairs.map(([user, reply], i) => [i === 0 && !chat.turns[0].human ? "" : escapeHtml(user), escapeHtml(reply)]);
  return model;
}

/** A card's fields for a conversation: the greeting, and the rest as its example chat. */
function cardFields(chat: Chat): { name: string; first_mes: string; mes_example: string } {
  const [greeting, ...rest] = chat.turns;
  const examples = rest.map((turn) => `${turn.human ? "{{user}}" : "{{char}}"}: ${turn.message}`).join("\n");
  return { name: chat.bot, first_mes: greeting.message, mes_example: examples === "" ? "" : `<START>\n${examples}` };
}

export const cardV1 = (chat: Chat) => ({ ...clone(CARD_EXAMPLES.v1), ...cardFields(chat) });
export const cardPygmalion = (chat: Chat) => {
  const { name, first_mes, mes_example } = cardFields(chat);
  return { ...clone(CARD_EXAMPLES.pygmalion), char_name: name, char_greeting: first_mes, example_dialogue: mes_example };
};
export const cardV2 = (chat: Chat) => {
  const card = clone(CARD_EXAMPLES.v2) as unknown as { data: Record<string, unknown> };
  return { ...card, data: { ...card.data, ...cardFields(chat), alternate_greetings: [] } };
};
export const cardV3 = (chat: Chat) => {
  const card = clone(CARD_EXAMPLES.v3) as unknown as { data: Record<string, unknown> };
  return { ...card, data: { ...card.data, ...cardFields(chat) } };
};

