/**
 * Any JSONL (one JSON value a line, as `pippa pii scan --text-field` reads): the same line rules
 * as the PIPPA reader (UTF-8, BOM, `\r\n`, blank lines skipped, a cap on line length), without the
 * record validation.
 */
import type { PippaError } from "../../model/errors.js";
import { parseJson } from "../../model/json.js";
import { DEFAULT_MAX_LINE_BYTES, splitLines, type LineSplitterOptions } from "./line-splitter.js";
import { decodeLineBytes, isBlankLine, lineTooLongResult } from "./pippa-jsonl.js";

/** One non-blank line: its value, or why it was refused (too long, not UTF-8, not JSON). */
export type JsonLineResult = { ok: true; line: number; value: unknown; raw: string } | { ok: false; line: number; error: PippaError; raw: string };

export interface ReadJsonLinesOptions extends LineSplitterOptions {
  /** File name for error messages. */
  source?: string;
}

/**
 * Reads JSONL from a byte stream, yielding every line's value or the reason it was refused; it
 * never throws for bad data.
 *
 * @example
 * for await (const result of readJsonLines(createReadStream("tweets.jsonl"), { source: "tweets.jsonl" })) {
 *   if (result.ok) use(result.value); else refuse(result.error, result.raw);
 * }
 */
export async function* readJsonLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: ReadJsonLinesOptions = {}): AsyncGenerator<JsonLineResult> {
  const { source, ...splitOptions } = options;
  for await (const { lineNumber: line, bytes, tooLong } of splitLines(chunks, splitOptions)) {
    const where = { source, line };
    if (tooLong) {
      const refused = lineTooLongResult(bytes, tooLong.totalBytes, where, splitOptions.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES);
      if (!refused.ok) yield refused;
      continue;
    }
    if (isBlankLine(bytes)) continue;
    const decoded = decodeLineBytes(bytes, where);
    if (!decoded.ok) {
      yield { ok: false, line, error: decoded.error, raw: decoded.raw };
      continue;
    }
    let value: unknown;
    try {
      value = parseJson(decoded.text, where);
    } catch (error) {
      yield { ok: false, line, error: error as PippaError, raw: decoded.text };
      continue;
    }
    yield { ok: true, line, value, raw: decoded.text };
  }
}
