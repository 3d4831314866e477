/**
 * The published form of a PIPPA line, read byte by byte: whether a line's bytes are exactly what
 * `writePippaLine` writes for the record they hold (the published key order, Python's separators,
 * every string escaped as Python's `json.dumps` escapes it), and, walking such a line, its turns'
 * messages as UTF-8 without building strings. Such a line, when nothing about its record changes,
 * is published as it is instead of being written again, and the Parquet writer takes its messages
 * straight from it (the published PIPPA files and pippa's own output are all in this form).
 * Anything else answers false (or -1), and the caller parses and writes the record.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LOWER_HEX = new Uint8Array(128);
for (const c of "0123456789abcdef") LOWER_HEX[c.charCodeAt(0)] = 1;
/** Control characters Python writes with a short escape (\b \t \n \f \r), not as \u00XX. */
const SHORT_ESCAPED = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);
/** The character after a backslash of a short escape: " \ b f n r t. */
const SHORT_ESCAPES = new Uint8Array(128);
for (const c of '"\\bfnrt') SHORT_ESCAPES[c.charCodeAt(0)] = 1;

const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text);
const OPEN = bytesOf('{"submission_timestamp": ');
const CATEGORIES = bytesOf(', "categories": ');
const FIELDS = ["bot_id", "bot_name", "bot_greeting", "bot_definitions", "bot_description"].map((key) => bytesOf(`, "${key}": `));
const CONVERSATION = bytesOf(', "conversation": [');
const MESSAGE = bytesOf('{"message": ');
const IS_HUMAN = bytesOf(', "is_human": ');
const NULL = bytesOf("null");
const TRUE = bytesOf("true");
const FALSE = bytesOf("false");
const SEPARATOR = bytesOf(", ");
/** Fields after bot_name that may be null. */
const NULLABLE = new Set([3, 4]);
/** Timestamps longer than this could lose digits as a JavaScript number. */
const MAX_TIMESTAMP_DIGITS = 15;

/** `literal` at `p`: the index after it, or -1. */
function expect(bytes: Uint8Array, p: number, literal: Uint8Array): number {
  if (p < 0 || p + literal.length > bytes.length) return -1;
  for (let i = 0; i < literal.length; i++) if (bytes[p + i] !== literal[i]) return -1;
  return p + literal.length;
}

/** Four lower-case hex digits at `p` as a number, or -1 (the published form writes no other). */
function hex4(bytes: Uint8Array, p: number): number {
  let unit = 0;
  for (let k = 0; k < 4; k++) {
    const h = bytes[p + k];
    if (h === undefined || h >= 128 || LOWER_HEX[h] === 0) return -1;
    unit = unit * 16 + (h <= 0x39 ? h - 0x30 : h - 0x57);
  }
  return unit;
}

/** Whether Python writes `unit` as \uXXXX: a control character without a short escape, or anything past ASCII (-1, no unit, is not). */
function unicodeEscaped(unit: number): boolean {
  return unit >= 0x80 || (unit >= 0 && unit < 0x20 && !SHORT_ESCAPED.has(unit));
}

/** A string literal as Python writes it, from its opening quote: the index after it, or -1. */
function canonicalString(bytes: Uint8Array, p: number): number {
  if (p < 0 || bytes[p] !== QUOTE) return -1;
  for (let i = p + 1; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) return i + 1;
    // Raw bytes: printable ASCII and DEL only (Python escapes the rest).
    if (b !== BACKSLASH) {
      if (b < 0x20 || b >= 0x80) return -1;
      continue;
    }
    const next = bytes[++i];
    if (next === undefined) return -1;
    if (next !== 0x75) {
      if (next >= 128 || SHORT_ESCAPES[next] === 0) return -1;
      continue;
    }
    // \uXXXX, lower-case hex, only for what Python escapes that way.
    if (!unicodeEscaped(hex4(bytes, i + 1))) return -1;
    i += 4;
  }
  return -1;
}

function stringOrNull(bytes: Uint8Array, p: number, nullable: boolean): number {
  if (nullable && bytes[p] !== QUOTE) return expect(bytes, p, NULL);
  return canonicalString(bytes, p);
}

function timestamp(bytes: Uint8Array, p: number): number {
  if (p < 0) return -1;
  let i = p;
  while (i < bytes.length && bytes[i] >= 0x30 && bytes[i] <= 0x39) i++;
  const digits = i - p;
  if (digits === 0 || digits > MAX_TIMESTAMP_DIGITS || (digits > 1 && bytes[p] === 0x30)) return -1;
  return i;
}

function categories(bytes: Uint8Array, p: number): number {
  if (p < 0) return -1;
  if (bytes[p] !== 0x5b) return expect(bytes, p, NULL);
  if (bytes[p + 1] === 0x5d) return p + 2;
  let q = canonicalString(bytes, p + 1);
  while (q > 0 && bytes[q] !== 0x5d) q = canonicalString(bytes, expect(bytes, q, SEPARATOR));
  return q < 0 ? -1 : q + 1;
}

/** What a walk over a published line hands on of each turn. */
export interface TurnSink {
  /**
   * Reads the message's string literal, whose opening quote is at `start`, checking that it is in
   * published form; returns the index after its closing quote, or -1 when it is not.
   */
  message(bytes: Uint8Array, start: number): number;
  /** Who wrote the message just read. */
  speaker(isHuman: boolean): void;
}

function turn(bytes: Uint8Array, p: number, sink: TurnSink | null): number {
  const start = expect(bytes, p, MESSAGE);
  const end = start < 0 ? -1 : sink ? sink.message(bytes, start) : canonicalString(bytes, start);
  let q = expect(bytes, end, IS_HUMAN);
  if (q < 0) return -1;
  const isHuman = bytes[q] === 0x74;
  q = isHuman ? expect(bytes, q, TRUE) : expect(bytes, q, FALSE);
  if (q < 0 || bytes[q] !== 0x7d) return -1;
  sink?.speaker(isHuman);
  return q + 1;
}

/**
 * Walks a line in published form: where its `, "conversation": ` key starts (everything before
 * it, closed with "}", is the record without its conversation), or -1 when the line is not in
 * published form. Each turn is handed to `sink` as it is passed (a line found wrong further on
 * may already have handed some).
 */
export function publishedConversation(bytes: Uint8Array, sink: TurnSink | null): number {
  let p = timestamp(bytes, expect(bytes, 0, OPEN));
  p = categories(bytes, expect(bytes, p, CATEGORIES));
  for (let field = 0; field < FIELDS.length; field++) p = stringOrNull(bytes, expect(bytes, p, FIELDS[field]), NULLABLE.has(field));
  const conversation = p;
  p = expect(bytes, p, CONVERSATION);
  if (p < 0) return -1;
  if (bytes[p] !== 0x5d) {
    p = turn(bytes, p, sink);
    while (p > 0 && bytes[p] !== 0x5d) p = turn(bytes, expect(bytes, p, SEPARATOR), sink);
  }
  return p > 0 && p + 2 === bytes.length && bytes[p] === 0x5d && bytes[p + 1] === 0x7d ? conversation : -1;
}

/** True when `bytes` (one line, no newline) is exactly the published form of the record it holds. */
export function isPublishedLine(bytes: Uint8Array): boolean {
  return publishedConversation(bytes, null) >= 0;
}

/** What each short escape stands for. */
const SHORT_VALUES = new Uint8Array(128);
for (const [escape, value] of [['"', 0x22], ["\\", 0x5c], ["b", 0x08], ["f", 0x0c], ["n", 0x0a], ["r", 0x0d], ["t", 0x09]] as const) SHORT_VALUES[escape.charCodeAt(0)] = value;

/** Bytes a string literal holds as they are: printable ASCII and DEL, but the quote and the backslash. */
const RAW = new Uint8Array(256);
RAW.fill(1, 0x20, 0x80);
RAW[QUOTE] = 0;
RAW[BACKSLASH] = 0;
/** Runs shorter than this are copied byte by byte: a view per run would cost more. */
const BULK_COPY_BYTES = 48;

/** The bytes `writeLiteral` wrote last. */
export const literalOut = { written: 0 };

/**
 * Reads a string literal of a published line (opening quote at `start`) as `canonicalString` checks
 * it, and writes its text into `out` at `offset` as UTF-8, the way `TextEncoder` encodes what
 * `JSON.parse` gives (a lone surrogate becomes U+FFFD): one pass for both. Returns the index after
 * the closing quote (the bytes written are in `literalOut.written`), or -1 when the literal is not
 * in published form. `out` needs room for the literal's length: no text is longer in UTF-8.
 */
export function writeLiteral(bytes: Uint8Array, start: number, out: Uint8Array, offset: number): number {
  if (bytes[start] !== QUOTE) return -1;
  let o = offset;
  const length = bytes.length;
  for (let i = start + 1; i < length; i++) {
    // A run of raw bytes is found first, then copied at once (2.4x the byte-by-byte loop).
    const run = i;
    while (i < length && RAW[bytes[i]] === 1) i++;
    if (i - run >= BULK_COPY_BYTES) {
      out.set(bytes.subarray(run, i), o);
      o += i - run;
    } else {
      for (let k = run; k < i; k++) out[o++] = bytes[k];
    }
    if (i === length) return -1;
    const b = bytes[i];
    if (b === QUOTE) {
      literalOut.written = o - offset;
      return i + 1;
    }
    // Not raw: a control character or a byte past ASCII, which Python escapes.
    if (b !== BACKSLASH) return -1;
    const kind = bytes[++i];
    if (kind !== 0x75) {
      if (kind === undefined || kind >= 128 || SHORT_ESCAPES[kind] === 0) return -1;
      out[o++] = SHORT_VALUES[kind];
      continue;
    }
    let code = hex4(bytes, i + 1);
    if (!unicodeEscaped(code)) return -1;
    i += 4;
    if (code >= 0xd800 && code <= 0xdbff && bytes[i + 1] === BACKSLASH && bytes[i + 2] === 0x75) {
      const low = hex4(bytes, i + 3);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i += 6;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out[o++] = code;
    else if (code < 0x800) {
      out[o++] = 0xc0 | (code >> 6);
      out[o++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      out[o++] = 0xe0 | (code >> 12);
      out[o++] = 0x80 | ((code >> 6) & 0x3f);
      out[o++] = 0x80 | (code & 0x3f);
    } else {
      out[o++] = 0xf0 | (code >> 18);
      out[o++] = 0x80 | ((code >> 12) & 0x3f);
      out[o++] = 0x80 | ((code >> 6) & 0x3f);
      out[o++] = 0x80 | (code & 0x3f);
    }
  }
  return -1;
}
