/**
 * The PIPPA JSONL format: one record per line. The reader takes any byte stream and yields each
 * record or the precise reason a line was refused; the writer reproduces the published files'
 * bytes (Python `json.dumps` defaults).
 */
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { parseJson } from "../../model/json.js";
import type { Episode, LineStyle, PippaRecord } from "../../model/pippa-record.js";
import { describeProblems, validateEpisode, validatePippaRecord } from "../../model/validate.js";
import { DEFAULT_MAX_LINE_BYTES, splitLines, type LineSplitterOptions } from "./line-splitter.js";
import { stringifyPython, stringifyPythonString } from "./python-json.js";

/** What reading one non-blank line gave; `record` carries episode extras only when asked to keep them. */
export type PippaLineResult =
  | { ok: true; line: number; record: Episode; warnings: string[]; style?: LineStyle }
  | { ok: false; line: number; error: PippaError; raw: string };

const strictDecoder = new TextDecoder("utf-8", { fatal: true });
const lenientDecoder = new TextDecoder("utf-8");

/** True when the bytes hold only spaces, tabs and carriage returns: a blank line, skipped. */
export function isBlankLine(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

export interface ParseLineOptions {
  /** Keep what episode lines carry beyond the record (swipes, names, card, source) [false]. */
  episodes?: boolean;
}

/** Parses and validates one line of text. `line` and `source` go into the error. */
export function parsePippaLine(text: string, where: { source?: string; line?: number } = {}, options: ParseLineOptions = {}): PippaLineResult {
  const line = where.line ?? 0;
  let value: unknown;
  try {
    value = parseJson(text, where);
  } catch (error) {
    return { ok: false, line, raw: text, error: error as PippaError };
  }
  const result = options.episodes ? validateEpisode(value) : validatePippaRecord(value);
  if (!result.ok) {
    const error = new PippaError(ERROR_CODES.field, describeProblems(result.problems), { ...where, path: result.problems[0].path });
    return { ok: false, line, raw: text, error };
  }
  return { ok: true, line, record: "episode" in result ? result.episode : result.record, warnings: result.warnings };
}

/** One line's bytes as text (strict UTF-8), or the error naming the first bad byte. */
export function decodeLineBytes(bytes: Uint8Array, where: { source?: string; line?: number } = {}): { ok: true; text: string } | { ok: false; error: PippaError; raw: string } {
  try {
    return { ok: true, text: strictDecoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    return { ok: false, raw: lenientDecoder.decode(bytes), error: new PippaError(ERROR_CODES.utf8, `not valid UTF-8 (byte ${offset + 1} of the line)`, where) };
  }
}

/** Decodes one line's bytes (strict UTF-8) and parses it. */
export function parsePippaLineBytes(bytes: Uint8Array, where: { source?: string; line?: number } = {}, options: ParseLineOptions = {}): PippaLineResult {
  const decoded = decodeLineBytes(bytes, where);
  if (!decoded.ok) return { ok: false, line: where.line ?? 0, raw: decoded.raw, error: decoded.error };
  return parsePippaLine(decoded.text, where, options);
}

/** The error for a line over the reader's cap; only its head is kept. */
export function lineTooLongResult(head: Uint8Array, totalBytes: number, where: { source?: string; line?: number }, maxLineBytes: number): PippaLineResult {
  const error = new PippaError(
    ERROR_CODES.lineTooLong,
    `line is ${totalBytes} bytes, over the limit of ${maxLineBytes} (raise it with --max-line-bytes); only its first ${head.length} bytes are kept here`,
    where,
  );
  return { ok: false, line: where.line ?? 0, raw: lenientDecoder.decode(head), error };
}

/** Where the first malformed UTF-8 sequence starts (WHATWG decoder rules). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

export interface ReadPippaOptions extends LineSplitterOptions, ParseLineOptions {
  /** File name for error messages. */
  source?: string;
}

/**
 * Reads PIPPA JSONL from a byte stream: UTF-8 with or without BOM, `\n` or `\r\n`, blank lines
 * skipped, no final newline needed. Yields every record and every refused line with its reason;
 * it never throws for bad data.
 *
 * @example
 * for await (const result of readPippaJsonl(createReadStream("pippa.jsonl"), { source: "pippa.jsonl" })) {
 *   if (result.ok) use(result.record); else rejects.push(result.error.toString());
 * }
 */
export async function* readPippaJsonl(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReadPippaOptions = {},
): AsyncGenerator<PippaLineResult> {
  const { source, episodes, ...splitOptions } = options;
  const maxLineBytes = splitOptions.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  for await (const line of splitLines(chunks, splitOptions)) {
    const where = { source, line: line.lineNumber };
    if (line.tooLong) yield lineTooLongResult(line.bytes, line.tooLong.totalBytes, where, maxLineBytes);
    else if (!isBlankLine(line.bytes)) {
      const result = parsePippaLineBytes(line.bytes, where, { episodes });
      if (result.ok && lineStyleOf(line.bytes) === "utf8") result.style = "utf8";
      yield result;
    }
  }
}

/**
 * One record as a published PIPPA line (no newline): keys in published order, Python separators,
 * non-ASCII escaped, or written as UTF-8 with `style` "utf8" (Python's `ensure_ascii=False`, as some
 * copies of the dataset are). Reading a line of either style and writing it back in that style
 * gives the same bytes.
 */
export function writePippaLine(record: PippaRecord, style: LineStyle = "ascii"): string {
  const ascii = style === "ascii";
  const text = (value: string) => stringifyPythonString(value, ascii);
  const nullable = (value: string | null) => (value === null ? "null" : text(value));
  const conversation = record.conversation.map((turn) => `{"message": ${text(turn.message)}, "is_human": ${turn.is_human ? "true" : "false"}}`).join(", ");
  const categories = record.categories === null ? "null" : `[${record.categories.map(text).join(", ")}]`;
  return (
    `{"submission_timestamp": ${stringifyPython(record.submission_timestamp)}, ` +
    `"categories": ${categories}, ` +
    `"bot_id": ${text(record.bot_id)}, ` +
    `"bot_name": ${text(record.bot_name)}, ` +
    `"bot_greeting": ${text(record.bot_greeting)}, ` +
    `"bot_definitions": ${nullable(record.bot_definitions)}, ` +
    `"bot_description": ${nullable(record.bot_description)}, ` +
    `"conversation": [${conversation}]}`
  );
}

/** The style a line was written in: "utf8" when it holds a byte beyond ASCII (a raw character). */
export function lineStyleOf(bytes: Uint8Array): LineStyle {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return "utf8";
  return "ascii";
}
