/**
 * Imports contributor exports of any known format into episodes. Pass one looks at every file
 * (format by content) and gathers what other files need: character cards for SillyTavern and
 * Oobabooga chats, Character.AI definitions dumps for chat dumps of the same bot. Pass two reads
 * the conversations in input order. A bad file or line never stops the batch: each becomes a
 * reject naming the file (and line or JSON path).
 */
import { createReadStream } from "node:fs";
import { open, readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { collectCaiDefinitions, readCaiChatDump, readCaiTurns, type CaiDefinitions } from "../formats/cai-dump.js";
import { readCardPng } from "../formats/character-card/card-png.js";
import { parseCard, type CharacterCard } from "../formats/character-card/card.js";
import { classifyDocument, classifyLine, describeShape, FROM_CHOICES, looksLikePng, type FormatId } from "../formats/detect.js";
import { readOobaChat } from "../formats/ooba-chat.js";
import { DEFAULT_MAX_LINE_BYTES } from "../formats/line-splitter.js";
import { isBlankLine, lineTooLongResult, readPippaJsonl } from "../formats/pippa-jsonl.js";
import { splitLines } from "../formats/line-splitter.js";
import type { FormatReject, ReadOutcome } from "../formats/read-outcome.js";
import { readSillyTavernChat } from "../formats/sillytavern-chat.js";
import { ERROR_CODES, PippaError } from "../model/errors.js";
import type { Episode } from "../model/pippa-record.js";

export interface ImportOptions {
  /** A character card (PNG or JSON) for SillyTavern and Oobabooga chats. */
  card?: string;
  /** Skip detection's verdict: one of FROM_CHOICES' names. */
  from?: string;
  /** Forces every episode's submission timestamp (ms). */
  timestamp?: number;
  /** Whole-document files (JSON, PNG) larger than this are refused [256 MiB]. */
  maxFileBytes?: number;
  /** Yield PIPPA JSONL lines unparsed (`pippa-line` events), for a caller that parses in workers [false]. */
  rawPippaLines?: boolean;
}

export type ImportEvent =
  | { kind: "episode"; episode: Episode }
  | { kind: "pippa-line"; source: string; line: number; bytes: Uint8Array }
  | { kind: "reject"; source: string; reject: FormatReject }
  | { kind: "file"; report: ImportedFile };

/** What became of one input file. */
export interface ImportedFile {
  source: string;
  format: FormatId | null;
  episodes: number;
  rejected: number;
  warnings: string[];
}

const HEAD_BYTES = 1 << 20;
const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
const LINES_TO_PROBE = 5;
const utf8 = new TextDecoder("utf-8");

/** Files under the inputs: files as given, folders walked in name order (hidden entries skipped). */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(input, { withFileTypes: true })).filter((entry) => !entry.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : 1));
      files.push(...(await expandInputs(entries.map((entry) => join(input, entry.name)))));
    } else {
      files.push(input);
    }
  }
  return files;
}

/**
 * The start of a file: at least 1 MiB, and on until it holds a few complete lines (a PIPPA record
 * can be megabytes long), but never more than `limit` bytes.
 */
async function readHead(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    let buffer = new Uint8Array(HEAD_BYTES);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length >= limit) break;
        const grown = new Uint8Array(Math.min(limit, buffer.length * 2));
        grown.set(buffer);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      let newlines = 0;
      for (let at = buffer.indexOf(0x0a); at >= 0 && at < length; at = buffer.indexOf(0x0a, at + 1)) newlines++;
      if (newlines >= LINES_TO_PROBE) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function ioError(source: string, error: unknown): PippaError {
  if (error instanceof PippaError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new PippaError(ERROR_CODES.io, code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder" : (error as Error).message, { source });
}

/** Reads a whole-document file, refusing one over the size limit. */
async function readWhole(source: string, maxBytes: number): Promise<Uint8Array> {
  const { size } = await stat(source);
  if (size > maxBytes) {
    throw new PippaError(ERROR_CODES.tooLarge, `the file is ${size} bytes; whole-document formats are read up to ${maxBytes} (--max-file-bytes)`, { source });
  }
  return new Uint8Array(await readFile(source));
}

/** The format of a file, from its first bytes (and the whole document when it is one JSON value). */
export async function detectFileFormat(source: string, maxBytes: number): Promise<FormatId> {
  const head = await readHead(source, DEFAULT_MAX_LINE_BYTES);
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
  const whole = utf8.decode(await readWhole(source, maxBytes)).replace(/^\ufeff/, "");
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

async function readJsonDocument(source: string, maxBytes: number): Promise<unknown> {
  const text = utf8.decode(await readWhole(source, maxBytes)).replace(/^\ufeff/, "");
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new PippaError(ERROR_CODES.json, `not valid JSON (${(cause as Error).message})`, { source });
  }
}

/** Reads a card from a PNG or JSON file. */
export async function readCardFile(source: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<{ card: CharacterCard; warnings: string[] }> {
  const bytes = await readWhole(source, maxBytes);
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

/**
 * Imports every input, yielding episodes and rejects as they are read and a report per file.
 *
 * @example
 * for await (const event of importFiles(["chat.jsonl"], { card: "card.png" })) { ... }
 */
export async function* importFiles(inputs: readonly string[], options: ImportOptions = {}): AsyncGenerator<ImportEvent> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const allowed = options.from ? FROM_CHOICES[options.from] : undefined;
  if (options.from && !allowed) throw new PippaError(ERROR_CODES.usage, `unknown --from "${options.from}" (one of ${Object.keys(FROM_CHOICES).join(", ")})`);
  const files = await expandInputs(inputs);

  // Pass one: formats, cards, definitions.
  const formats = new Map<string, FormatId | PippaError>();
  for (const source of files) {
    try {
      const format = await detectFileFormat(source, maxBytes);
      formats.set(source, allowed && !allowed.includes(format) ? new PippaError(ERROR_CODES.format, `--from ${options.from} was given, but the content is ${format}`, { source }) : format);
    } catch (error) {
      formats.set(source, ioError(source, error));
    }
  }
  let card: CharacterCard | undefined;
  const cardWarnings: string[] = [];
  if (options.card) {
    const read = await readCardFile(options.card, maxBytes);
    card = read.card;
    cardWarnings.push(...read.warnings);
  }
  // Every card in the batch is read, so a damaged one is reported; a lone good card pairs with the chats.
  const batchCards: { card: CharacterCard; warnings: string[] }[] = [];
  for (const source of files.filter((path) => formats.get(path) === "card-json" || formats.get(path) === "card-png")) {
    try {
      batchCards.push(await readCardFile(source, maxBytes));
    } catch (error) {
      formats.set(source, ioError(source, error));
    }
  }
  if (!card && batchCards.length === 1) {
    card = batchCards[0].card;
    cardWarnings.push(...batchCards[0].warnings);
  }
  const definitions: CaiDefinitions = new Map();
  for (const source of files) {
    if (formats.get(source) !== "cai-definitions") continue;
    try {
      collectCaiDefinitions((await readJsonDocument(source, maxBytes)) as Record<string, unknown>, definitions);
    } catch (error) {
      formats.set(source, ioError(source, error));
    }
  }

  // Pass two: conversations, in input order.
  for (const source of files) {
    const format = formats.get(source)!;
    const report: ImportedFile = { source, format: format instanceof PippaError ? null : format, episodes: 0, rejected: 0, warnings: [] };
    const emit = function* (outcome: ReadOutcome): Generator<ImportEvent> {
      for (const episode of outcome.episodes) {
        report.episodes++;
        yield { kind: "episode", episode };
      }
      for (const reject of outcome.rejects) {
        report.rejected++;
        yield { kind: "reject", source, reject };
      }
      report.warnings.push(...outcome.warnings);
    };
    try {
      if (format instanceof PippaError) throw format;
      const fallbackTimestamp = Math.round((await stat(source)).mtimeMs);
      const timing = { timestamp: options.timestamp, fallbackTimestamp };
      switch (format) {
        case "pippa-jsonl":
          if (options.rawPippaLines) {
            for await (const line of splitLines(createReadStream(source), { maxLineBytes: DEFAULT_MAX_LINE_BYTES })) {
              if (line.tooLong) {
                report.rejected++;
                const result = lineTooLongResult(line.bytes, line.tooLong.totalBytes, { source, line: line.lineNumber }, DEFAULT_MAX_LINE_BYTES);
                if (!result.ok) yield { kind: "reject", source, reject: { error: result.error, line: line.lineNumber, raw: result.raw } };
                continue;
              }
              if (isBlankLine(line.bytes)) continue;
              // Undecoded: the caller's workers decode (and refuse bad UTF-8 with the line number).
              report.episodes++;
              yield { kind: "pippa-line", source, line: line.lineNumber, bytes: line.bytes.slice() };
            }
            break;
          }
          for await (const result of readPippaJsonl(createReadStream(source), { source, episodes: true })) {
            if (result.ok) {
              report.episodes++;
              const episode: Episode = { source: { format, file: source, line: result.line }, ...result.record };
              if (options.timestamp !== undefined) episode.submission_timestamp = options.timestamp;
              yield { kind: "episode", episode };
            } else {
              report.rejected++;
              yield { kind: "reject", source, reject: { error: result.error, line: result.line, raw: result.raw } };
            }
          }
          break;
        case "sillytavern-chat":
          yield* emit(readSillyTavernChat(utf8.decode(await readWhole(source, maxBytes)), { source, card, ...timing }));
          report.warnings.push(...cardWarnings);
          break;
        case "ooba":
          yield* emit(readOobaChat((await readJsonDocument(source, maxBytes)) as Record<string, unknown>, { source, card, ...timing }));
          break;
        case "cai-dump":
          yield* emit(readCaiChatDump((await readJsonDocument(source, maxBytes)) as Record<string, unknown>, { source, definitions, ...timing }));
          break;
        case "cai-turns":
          yield* emit(readCaiTurns((await readJsonDocument(source, maxBytes)) as Record<string, unknown>, { source, ...timing }));
          break;
        case "cai-definitions":
          report.warnings.push(`${source}: Character.AI definitions; they complete chat dumps of the same bot, and hold no conversation themselves`);
          break;
        case "card-json":
        case "card-png":
          report.warnings.push(
            card && !options.card
              ? `${source}: character card, used for the chats in this batch`
              : `${source}: a character card holds no conversation; pass it with --card to pair it with a chat`,
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
