/**
 * Imports contributor exports of any known format into episodes, over documents of any origin
 * (files on disk in Node, `File` objects in a browser). Pass one looks at every document (format by
 * content) and gathers what others need: character cards for SillyTavern and Oobabooga chats,
 * Character.AI definitions dumps for chat dumps of the same bot. Pass two reads the conversations
 * in input order. A bad document or line never stops the batch: each becomes a reject naming the
 * document (and line or JSON path). Runtime-neutral: no Node import.
 */
import { collectCaiDefinitions, readCaiChatDump, readCaiTurns, type CaiDefinitions } from "./chats/cai-dump.js";
import { readCardPng } from "./character-card/card-png.js";
import { parseCard, type CharacterCard } from "./character-card/card.js";
import { classifyDocument, classifyLine, describeShape, FROM_CHOICES, looksLikePng, type FormatId } from "./detect.js";
import { readOobaChat } from "./chats/ooba-chat.js";
import { DEFAULT_MAX_LINE_BYTES, splitLines } from "./pippa/line-splitter.js";
import { isBlankLine, lineTooLongResult, readPippaJsonl } from "./pippa/pippa-jsonl.js";
import type { FormatReject, ReadOutcome } from "./read-outcome.js";
import { pippaIdentity, readSillyTavernChat } from "./chats/sillytavern-chat.js";
import { ERROR_CODES, PippaError } from "../model/errors.js";
import { parseJson } from "../model/json.js";
import type { Episode } from "../model/pippa-record.js";

/** A document to import: a name for messages and ways to read its bytes. */
export interface ImportDocument {
  /** A path or a file name, used in every message and as the episodes' source file. */
  source: string;
  size(): Promise<number>;
  /** Milliseconds since the epoch, the fallback submission time. */
  modified(): Promise<number>;
  /** The bytes, chunk by chunk (a fresh iteration reads from the start). */
  chunks(): AsyncIterable<Uint8Array>;
  /**
   * The bytes chunk by chunk through one buffer that each chunk overwrites, for a reader done with
   * a chunk before it asks for the next: no new buffer per chunk for the collector to count.
   * Where absent, `chunks` serves.
   */
  reusedChunks?(): AsyncIterable<Uint8Array>;
  whole(): Promise<Uint8Array>;
  /** Known already (a part of a file whose whole was detected): detection is skipped. */
  format?: FormatId;
  /** A part of a PIPPA JSONL file that starts at a line beginning: its first line's number, and whether it is the file's start (where a BOM may be). */
  lines?: { firstLineNumber: number; atFileStart: boolean };
}

export interface ImportOptions {
  /** Skip detection's verdict: one of FROM_CHOICES' names. */
  from?: string;
  /** Forces every episode's submission timestamp (ms). */
  timestamp?: number;
  /** Whole-document files (JSON, PNG) larger than this are refused [256 MiB]. */
  maxFileBytes?: number;
  /**
   * Yield PIPPA JSONL lines unparsed (`pippa-line` events), for a caller that parses in workers
   * [false]. A line's bytes are a view, valid until the next event is asked for: copy them first.
   */
  rawPippaLines?: boolean;
  /** Told the size of each chunk the readers take (pass two only: what a progress line counts). */
  onRead?: (bytes: number) => void;
}

/** The document, telling `onRead` the size of every chunk read from it. */
function countingDocument(document: ImportDocument, onRead: (bytes: number) => void): ImportDocument {
  async function* counted(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
    for await (const chunk of chunks) {
      onRead(chunk.length);
      yield chunk;
    }
  }
  return {
    ...document,
    chunks: () => counted(document.chunks()),
    reusedChunks: document.reusedChunks ? () => counted(document.reusedChunks!()) : undefined,
    whole: async () => {
      const bytes = await document.whole();
      onRead(bytes.length);
      return bytes;
    },
  };
}

export type ImportEvent =
  /** `source`: the document it was read from (an episode's own `source` may name where it was first read). */
  | { kind: "episode"; source: string; episode: Episode }
  | { kind: "pippa-line"; source: string; line: number; bytes: Uint8Array }
  | { kind: "reject"; source: string; reject: FormatReject }
  | { kind: "file"; report: ImportedFile };

/** What became of one input document. */
export interface ImportedFile {
  source: string;
  format: FormatId | null;
  episodes: number;
  rejected: number;
  warnings: string[];
}

export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
const LINES_TO_PROBE = 5;
const utf8 = new TextDecoder("utf-8");

/**
 * The start of a document: the first chunks until they hold a few complete lines (a PIPPA record
 * can be megabytes long), never more than `limit` bytes.
 */
async function readHead(document: ImportDocument, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  let newlines = 0;
  for await (const chunk of document.chunks()) {
    const part = chunk.subarray(0, Math.max(0, limit - length));
    parts.push(part);
    length += part.length;
    for (let at = part.indexOf(0x0a); at >= 0; at = part.indexOf(0x0a, at + 1)) newlines++;
    if (newlines >= LINES_TO_PROBE || length >= limit) break;
  }
  const head = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    head.set(part, offset);
    offset += part.length;
  }
  return head;
}

function ioError(source: string, error: unknown): PippaError {
  if (error instanceof PippaError) return error;
  const code = (error as { code?: string }).code;
  return new PippaError(ERROR_CODES.io, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : (error as Error).message, { source });
}

/** Reads a whole-document file, refusing one over the size limit. */
async function readWhole(document: ImportDocument, maxBytes: number): Promise<Uint8Array> {
  const size = await document.size();
  if (size > maxBytes) {
    throw new PippaError(ERROR_CODES.tooLarge, `the file is ${size} bytes; whole-document formats are read up to ${maxBytes} (--max-file-bytes)`, { source: document.source });
  }
  return document.whole();
}

/** The format of a document, from its first bytes (and the whole document when it is one JSON value). */
export async function detectDocumentFormat(document: ImportDocument, maxBytes: number): Promise<FormatId> {
  const { source } = document;
  const head = await readHead(document, DEFAULT_MAX_LINE_BYTES);
  if (looksLikePng(head)) return "card-png";
  const text = utf8.decode(head).replace(/^\ufeff/, "");
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "").slice(0, LINES_TO_PROBE);
  for (const line of lines) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    const format = classifyLine(value) ?? (line === lines[0] && lines.length === 1 ? classifyDocument(value) : null);
    if (format) return format;
  }
  const whole = utf8.decode(await readWhole(document, maxBytes)).replace(/^\ufeff/, "");
  if (whole.trim() === "") throw new PippaError(ERROR_CODES.format, "the file is empty", { source });
  let value: unknown;
  try {
    value = JSON.parse(whole);
  } catch (cause) {
    throw new PippaError(ERROR_CODES.format, `not a PNG card and not JSON (${(cause as Error).message})`, { source });
  }
  const format = classifyDocument(value);
  if (!format) throw new PippaError(ERROR_CODES.format, `a JSON shape no reader knows: ${describeShape(value)}`, { source });
  return format;
}

async function readJsonDocument(document: ImportDocument, maxBytes: number): Promise<unknown> {
  const text = utf8.decode(await readWhole(document, maxBytes)).replace(/^\ufeff/, "");
  return parseJson(text, { source: document.source });
}

/** Reads a card from a PNG or JSON document. */
export async function readCardDocument(document: ImportDocument, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<{ card: CharacterCard; warnings: string[] }> {
  const { source } = document;
  const bytes = await readWhole(document, maxBytes);
  if (looksLikePng(bytes)) {
    const { card, warnings } = readCardPng(bytes, { source });
    return { card, warnings };
  }
  const text = utf8.decode(bytes).replace(/^\ufeff/, "");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new PippaError(ERROR_CODES.card, `neither a PNG nor JSON (${(cause as Error).message})`, { source });
  }
  return { card: parseCard(value, { source }).card, warnings: [] };
}

/** A character's name as a key: NFC-normalised, lower case, spaces around it gone. */
function characterKey(name: string): string {
  return name.normalize("NFC").trim().toLowerCase();
}

/** A file's name without its folders and extension ("chats/Aqua/Aqua - 2023-5-12@21h32m.jsonl" → "Aqua - 2023-5-12@21h32m"). */
function baseName(source: string): string {
  const file = source.split(/[\\/]/).pop() ?? source;
  return file.replace(/\.[^.]+$/, "");
}

/** The folder a file is in ("chats/Aqua/…" → "Aqua"), or null. */
function folderName(source: string): string | null {
  const parts = source.split(/[\\/]/);
  return parts.length > 1 ? parts[parts.length - 2] : null;
}

/** What a SillyTavern chat's header says of its character: a name ("unused" in modern chats) and the bot id pippa wrote. */
function sillyTavernCharacter(text: string): { name: string | null; botId: string | null } {
  const end = text.indexOf("\n");
  try {
    const header = JSON.parse(end < 0 ? text : text.slice(0, end)) as Record<string, unknown>;
    const name = typeof header.character_name === "string" ? header.character_name.trim() : "";
    return { name: name && name !== "unused" ? name : null, botId: pippaIdentity(header).botId };
  } catch {
    return { name: null, botId: null };
  }
}

interface CardsByCharacter {
  byName: Map<string, { card: CharacterCard; source: string }>;
  names: string[];
  /** Cards some chat took. */
  usedFrom: Set<string>;
}

/** The batch's cards by their character's name and by their file's name ("Aqua.png"). */
function cardsByCharacter(cards: readonly { card: CharacterCard; source: string }[]): CardsByCharacter | null {
  if (cards.length < 2) return null;
  const byName = new Map<string, { card: CharacterCard; source: string }>();
  for (const { card, source } of cards) {
    // The bot id pippa wrote into a card is the surest key: two bots of one name stay two.
    const pippa = card.data.extensions?.pippa as { bot_id?: unknown } | undefined;
    if (typeof pippa?.bot_id === "string" && pippa.bot_id !== "") byName.set(`id:${pippa.bot_id}`, { card, source });
    for (const name of [card.data.name, baseName(source)]) if (name && !byName.has(characterKey(name))) byName.set(characterKey(name), { card, source });
  }
  return { byName, names: cards.map(({ card }) => card.data.name).filter(Boolean), usedFrom: new Set() };
}

/**
 * The card a chat takes: the one given or the batch's only one; among several, the one of its
 * character — named in the chat's header, in its file name ("Aqua - 2023-5-12@21h32m.jsonl", as
 * SillyTavern names chats) or its folder ("chats/Aqua/"). A chat left without one says so.
 */
function cardFor(only: CharacterCard | undefined, cards: CardsByCharacter | null, source: string, named: { name: string | null; botId: string | null } | null): { card: CharacterCard | undefined; warnings: string[] } {
  if (only || !cards) return { card: only, warnings: [] };
  const keys = [...(named?.botId ? [`id:${named.botId}`] : []), ...[named?.name ?? null, baseName(source).split(" - ")[0], folderName(source)].filter((key): key is string => !!key).map(characterKey)];
  for (const key of keys) {
    const found = cards.byName.get(key);
    if (found) {
      cards.usedFrom.add(found.source);
      return { card: found.card, warnings: [`${source}: paired with the card of ${found.card.data.name} (${found.source})`] };
    }
  }
  return { card: undefined, warnings: [`${source}: no card of its character among the ${cards.names.length} in this batch (${cards.names.join(", ")}); pass one with --card, or name the chat after its character`] };
}

/**
 * Imports every document, yielding episodes and rejects as they are read and a report per document.
 * `card` pairs with the SillyTavern and Oobabooga chats; without it, a lone card among the
 * documents does.
 */
export async function* importDocuments(documents: readonly ImportDocument[], options: ImportOptions & { card?: ImportDocument } = {}): AsyncGenerator<ImportEvent> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const allowed = options.from ? FROM_CHOICES[options.from] : undefined;
  if (options.from && !allowed) throw new PippaError(ERROR_CODES.usage, `unknown --from "${options.from}" (one of ${Object.keys(FROM_CHOICES).join(", ")})`);

  // Pass one: formats, cards, definitions.
  const formats = new Map<ImportDocument, FormatId | PippaError>();
  for (const document of documents) {
    try {
      const format = document.format ?? (await detectDocumentFormat(document, maxBytes));
      formats.set(document, allowed && !allowed.includes(format) ? new PippaError(ERROR_CODES.format, `--from ${options.from} was given, but the content is ${format}`, { source: document.source }) : format);
    } catch (error) {
      formats.set(document, ioError(document.source, error));
    }
  }
  let card: CharacterCard | undefined;
  const cardWarnings: string[] = [];
  if (options.card) {
    const read = await readCardDocument(options.card, maxBytes);
    card = read.card;
    cardWarnings.push(...read.warnings);
  }
  // Every card in the batch is read, so a damaged one is reported; a lone good card pairs with the chats.
  const batchCards: { card: CharacterCard; warnings: string[]; source: string }[] = [];
  for (const document of documents.filter((doc) => formats.get(doc) === "card-json" || formats.get(doc) === "card-png")) {
    try {
      batchCards.push({ ...(await readCardDocument(document, maxBytes)), source: document.source });
    } catch (error) {
      formats.set(document, ioError(document.source, error));
    }
  }
  if (!card && batchCards.length === 1) {
    card = batchCards[0].card;
    cardWarnings.push(...batchCards[0].warnings);
  }
  // Several cards: each chat takes the card of its character (see `cardFor`).
  const cardsByName = card ? null : cardsByCharacter(batchCards);
  const definitions: CaiDefinitions = new Map();
  for (const document of documents) {
    if (formats.get(document) !== "cai-definitions") continue;
    try {
      collectCaiDefinitions((await readJsonDocument(document, maxBytes)) as Record<string, unknown>, definitions);
    } catch (error) {
      formats.set(document, ioError(document.source, error));
    }
  }

  // Pass two: conversations, in input order.
  for (const given of documents) {
    const document = options.onRead ? countingDocument(given, options.onRead) : given;
    const { source } = document;
    const format = formats.get(given)!;
    const report: ImportedFile = { source, format: format instanceof PippaError ? null : format, episodes: 0, rejected: 0, warnings: [] };
    const emit = function* (outcome: ReadOutcome): Generator<ImportEvent> {
      for (const episode of outcome.episodes) {
        report.episodes++;
        yield { kind: "episode", source, episode };
      }
      for (const reject of outcome.rejects) {
        report.rejected++;
        yield { kind: "reject", source, reject };
      }
      report.warnings.push(...outcome.warnings);
    };
    try {
      if (format instanceof PippaError) throw format;
      const fallbackTimestamp = Math.round(await document.modified());
      const timing = { timestamp: options.timestamp, fallbackTimestamp };
      switch (format) {
        case "pippa-jsonl":
          if (options.rawPippaLines) {
            // Each line is copied by the caller as it comes, before the next chunk is read.
            for await (const line of splitLines(document.reusedChunks?.() ?? document.chunks(), { maxLineBytes: DEFAULT_MAX_LINE_BYTES, ...document.lines })) {
              if (line.tooLong) {
                report.rejected++;
                const result = lineTooLongResult(line.bytes, line.tooLong.totalBytes, { source, line: line.lineNumber }, DEFAULT_MAX_LINE_BYTES);
                if (!result.ok) yield { kind: "reject", source, reject: { error: result.error, line: line.lineNumber, raw: result.raw } };
                continue;
              }
              if (isBlankLine(line.bytes)) continue;
              // Undecoded: the caller's workers decode (and refuse bad UTF-8 with the line number).
              report.episodes++;
              yield { kind: "pippa-line", source, line: line.lineNumber, bytes: line.bytes };
            }
            break;
          }
          for await (const result of readPippaJsonl(document.chunks(), { source, episodes: true, ...document.lines })) {
            if (result.ok) {
              report.episodes++;
              const episode: Episode = { source: { format, file: source, line: result.line, ...(result.style ? { style: result.style } : {}) }, ...result.record };
              if (options.timestamp !== undefined) episode.submission_timestamp = options.timestamp;
              yield { kind: "episode", source, episode };
            } else {
              report.rejected++;
              yield { kind: "reject", source, reject: { error: result.error, line: result.line, raw: result.raw } };
            }
          }
          break;
        case "sillytavern-chat": {
          const text = utf8.decode(await readWhole(document, maxBytes));
          const paired = cardFor(card, cardsByName, source, sillyTavernCharacter(text));
          yield* emit(readSillyTavernChat(text, { source, card: paired.card, ...timing }));
          report.warnings.push(...(cardsByName ? paired.warnings : cardWarnings));
          break;
        }
        case "ooba": {
          const paired = cardFor(card, cardsByName, source, null);
          yield* emit(readOobaChat((await readJsonDocument(document, maxBytes)) as Record<string, unknown>, { source, card: paired.card, ...timing }));
          report.warnings.push(...paired.warnings);
          break;
        }
        case "cai-dump":
          yield* emit(readCaiChatDump((await readJsonDocument(document, maxBytes)) as Record<string, unknown>, { source, definitions, ...timing }));
          break;
        case "cai-turns":
          yield* emit(readCaiTurns((await readJsonDocument(document, maxBytes)) as Record<string, unknown>, { source, ...timing }));
          break;
        case "cai-definitions":
          report.warnings.push(`${source}: Character.AI definitions; they complete chat dumps of the same bot, and hold no conversation themselves`);
          break;
        case "card-json":
        case "card-png":
          report.warnings.push(
            (card && !options.card) || cardsByName?.usedFrom.has(source)
              ? `${source}: character card, used for the chats of its character in this batch`
              : `${source}: a character card holds no conversation, and no chat in this batch is of its character; pass it with --card to pair it with a chat`,
          );
          break;
        case "sillytavern-worldinfo":
          throw new PippaError(ERROR_CODES.format, "a SillyTavern World Info (lorebook) file holds no conversation", { source });
      }
    } catch (error) {
      const failure = ioError(source, error);
      report.rejected++;
      yield { kind: "reject", source, reject: { error: failure, raw: "" } };
    }
    yield { kind: "file", report };
  }
}
