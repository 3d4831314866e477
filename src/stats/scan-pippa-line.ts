/**
 * Measures a PIPPA JSONL line straight from its UTF-8 bytes, without building strings or objects:
 * the fast path of `pippa stats` and `pippa validate`. It accepts only lines it can prove valid
 * (the published shape, strict JSON, valid UTF-8) and answers `false` for anything else, so the
 * caller falls back to `JSON.parse` plus the validation module, which has the last word and the
 * precise error. Counts match `measureText` exactly: characters are code points, words are runs of
 * non-whitespace under the same predicate.
 */
import type { CorpusStats } from "./corpus-stats.js";
import { isWhitespaceCodePoint } from "../base/measure-text.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

/** Byte classes inside a JSON string. */
const PLAIN = 0;
const SPACE = 1;
const END_QUOTE = 2;
const ESCAPE = 3;
const CONTROL = 4;
const MULTIBYTE = 5;
const STRING_CLASS = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  STRING_CLASS[b] = b < 0x20 ? CONTROL : b >= 0x80 ? MULTIBYTE : isWhitespaceCodePoint(b) ? SPACE : PLAIN;
}
STRING_CLASS[QUOTE] = END_QUOTE;
STRING_CLASS[BACKSLASH] = ESCAPE;
// Control characters that Python counts as whitespace still cannot appear raw in JSON.
for (let b = 0; b < 0x20; b++) STRING_CLASS[b] = CONTROL;

const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX[0x30 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX[0x41 + i] = 10 + i;
  HEX[0x61 + i] = 10 + i;
}

const KEYS = ["submission_timestamp", "categories", "bot_id", "bot_name", "bot_greeting", "bot_definitions", "bot_description", "conversation"];
const KEY_BYTES = KEYS.map((key) => new TextEncoder().encode(key));
const K_TIMESTAMP = 0;
const K_CATEGORIES = 1;
const K_BOT_ID = 2;
const K_BOT_NAME = 3;
const K_BOT_GREETING = 4;
const K_DEFINITIONS = 5;
const K_DESCRIPTION = 6;
const K_CONVERSATION = 7;
const REQUIRED = (1 << K_TIMESTAMP) | (1 << K_BOT_ID) | (1 << K_BOT_NAME) | (1 << K_BOT_GREETING) | (1 << K_CONVERSATION);
/** More digits than this might not be a safe integer: let the full parser decide. */
const MAX_TIMESTAMP_DIGITS = 15;

const decoder = new TextDecoder();

/** JSON whitespace except `\n`: a record never spans lines, so a newline ends the scan. */
function skipWhitespace(buf: Uint8Array, p: number, end: number): number {
  while (p < end) {
    const b = buf[p];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) break;
    p++;
  }
  return p;
}

/*
 * SWAR ("SIMD within a register"): four bytes per step through a Uint32Array view. Each helper
 * returns bit 7 of every byte lane that matches, with no false positives. Inside a valid JSON
 * string the only raw ASCII whitespace is the space (other whitespace is escaped or multi-byte),
 * so a lane is either a space, plain, or "special" (quote, backslash, control, non-ASCII).
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LANES_HIGH = 0x80808080;
const LANES_LOW7 = 0x7f7f7f7f;

function lanesEqual(word: number, repeated: number): number {
  const x = word ^ repeated;
  return ~(((x & LANES_LOW7) + LANES_LOW7) | x) & LANES_HIGH;
}

function lanesSpecial(word: number): number {
  const control = ~(((word & LANES_LOW7) + 0x60606060) | word) & LANES_HIGH;
  return (word & LANES_HIGH) | control | lanesEqual(word, 0x22222222) | lanesEqual(word, 0x5c5c5c5c);
}

/** Number of lanes with bit 7 set. */
function countLanes(mask: number): number {
  return Math.imul((mask >>> 7) & 0x01010101, 0x01010101) >>> 24;
}

/** A 32-bit view of `buf` when SWAR can use it (aligned, little-endian), else null. */
function wordView(buf: Uint8Array): Uint32Array | null {
  if (!LITTLE_ENDIAN || (buf.byteOffset & 3) !== 0) return null;
  return new Uint32Array(buf.buffer, buf.byteOffset, buf.length >>> 2);
}

function hex4(buf: Uint8Array, p: number, end: number): number {
  if (p + 4 > end) return -1;
  const a = HEX[buf[p]], b = HEX[buf[p + 1]], c = HEX[buf[p + 2]], d = HEX[buf[p + 3]];
  if ((a | b | c | d) < 0) return -1;
  return (a << 12) | (b << 8) | (c << 4) | d;
}

/**
 * Decodes one multi-byte UTF-8 sequence at `p` under the WHATWG rules (no overlongs, no
 * surrogates, nothing above U+10FFFF). Returns `(codePoint << 3) | length`, or -1 if malformed.
 */
function decodeMultibyte(buf: Uint8Array, p: number, end: number): number {
  const b0 = buf[p];
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    if (p + 1 >= end) return -1;
    const b1 = buf[p + 1];
    if ((b1 & 0xc0) !== 0x80) return -1;
    return ((((b0 & 0x1f) << 6) | (b1 & 0x3f)) << 3) | 2;
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    if (p + 2 >= end) return -1;
    const b1 = buf[p + 1], b2 = buf[p + 2];
    const lower = b0 === 0xe0 ? 0xa0 : 0x80;
    const upper = b0 === 0xed ? 0x9f : 0xbf;
    if (b1 < lower || b1 > upper || (b2 & 0xc0) !== 0x80) return -1;
    return ((((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)) << 3) | 3;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    if (p + 3 >= end) return -1;
    const b1 = buf[p + 1], b2 = buf[p + 2], b3 = buf[p + 3];
    const lower = b0 === 0xf0 ? 0x90 : 0x80;
    const upper = b0 === 0xf4 ? 0x8f : 0xbf;
    if (b1 < lower || b1 > upper || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return -1;
    return ((((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) << 3) | 4;
  }
  return -1;
}

/** Skips a JSON string whose opening quote is at `p - 1`, checking it. Returns the index after the closing quote or -1. */
function skipString(buf: Uint8Array, words: Uint32Array | null, p: number, end: number): number {
  for (;;) {
    if (words !== null) {
      while (p < end && (p & 3) !== 0 && STRING_CLASS[buf[p]] <= SPACE) p++;
      if ((p & 3) === 0) {
        let i = p >>> 2;
        const last = end >>> 2;
        while (i < last && lanesSpecial(words[i]) === 0) i++;
        p = i << 2;
      }
    }
    while (p < end && STRING_CLASS[buf[p]] <= SPACE) p++;
    if (p >= end) return -1;
    const kind = STRING_CLASS[buf[p]];
    if (kind === END_QUOTE) return p + 1;
    if (kind === ESCAPE) {
      p = escapeEnd(buf, p, end);
      if (p < 0) return -1;
    } else if (kind === MULTIBYTE) {
      const packed = decodeMultibyte(buf, p, end);
      if (packed < 0) return -1;
      p += packed & 7;
    } else {
      return -1;
    }
  }
}

/** Index after the escape sequence starting at the backslash at `p`, or -1. */
function escapeEnd(buf: Uint8Array, p: number, end: number): number {
  if (p + 1 >= end) return -1;
  switch (buf[p + 1]) {
    case 0x22: case 0x5c: case 0x2f: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74:
      return p + 2;
    case 0x75:
      return hex4(buf, p + 2, end) < 0 ? -1 : p + 6;
    default:
      return -1;
  }
}

function isLiteral(buf: Uint8Array, p: number, end: number, literal: readonly number[]): boolean {
  if (p + literal.length > end) return false;
  for (let i = 0; i < literal.length; i++) if (buf[p + i] !== literal[i]) return false;
  return true;
}
const NULL = [0x6e, 0x75, 0x6c, 0x6c];
const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];

function identifyKey(buf: Uint8Array, start: number, end: number): number {
  const length = end - start;
  outer: for (let k = 0; k < KEY_BYTES.length; k++) {
    const key = KEY_BYTES[k];
    if (key.length !== length) continue;
    for (let i = 0; i < length; i++) if (buf[start + i] !== key[i]) continue outer;
    return k;
  }
  return -1;
}

/** Reads the measures of one line; reuse one scanner for many lines. */
export class PippaLineScanner {
  /** Results of the last successful scan. */
  botId = "";
  categories: string[] | null = null;
  turns = 0;
  isHuman = new Uint8Array(256);
  chars = new Uint32Array(256);
  words = new Uint32Array(256);
  /** Where the last record's bot_name string lies (valid until the next scan). */
  private nameOf: Uint8Array | null = null;
  private nameStart = -1;
  private nameEnd = -1;
  private stringChars = 0;
  private stringWords = 0;
  private viewOf: Uint8Array | null = null;
  private view: Uint32Array | null = null;

  /**
   * Scans `buf[start, end)` (one line without its line ending). True when the line is a valid
   * PIPPA record and its measures are ready; false when the full parser must look at it.
   */
  scan(buf: Uint8Array, start: number, end: number): boolean {
    return this.scanRecord(buf, start, end) === end;
  }

  /**
   * Scans one record starting at `start`, reading no further than `limit` and never past a
   * newline. Returns the index after the record and any trailing spaces (the caller checks that a
   * newline or the line's end is there), or -1 when the full parser must decide.
   */
  scanRecord(buf: Uint8Array, start: number, limit: number): number {
    if (buf !== this.viewOf) {
      this.viewOf = buf;
      this.view = wordView(buf);
    }
    const view = this.view;
    const end = limit;
    this.turns = 0;
    this.categories = null;
    this.botId = "";
    this.nameStart = -1;
    let p = skipWhitespace(buf, start, end);
    if (p >= end || buf[p] !== LBRACE) return -1;
    p = skipWhitespace(buf, p + 1, end);
    let seen = 0;
    for (;;) {
      if (p >= end || buf[p] !== QUOTE) return -1;
      const keyStart = p + 1;
      let q = keyStart;
      while (q < end && buf[q] !== QUOTE) {
        const b = buf[q];
        if (b === BACKSLASH || b < 0x20 || b >= 0x80) return -1;
        q++;
      }
      if (q >= end) return -1;
      const key = identifyKey(buf, keyStart, q);
      if (key < 0 || (seen & (1 << key)) !== 0) return -1;
      seen |= 1 << key;
      p = skipWhitespace(buf, q + 1, end);
      if (p >= end || buf[p] !== COLON) return -1;
      p = skipWhitespace(buf, p + 1, end);
      if (p >= end) return -1;
      switch (key) {
        case K_TIMESTAMP:
          p = scanTimestamp(buf, p, end);
          break;
        case K_CATEGORIES:
          p = this.scanCategories(buf, view, p, end);
          break;
        case K_BOT_ID:
          p = this.scanBotId(buf, view, p, end);
          break;
        case K_BOT_NAME:
          p = this.scanBotName(buf, view, p, end);
          break;
        case K_BOT_GREETING:
          p = buf[p] === QUOTE ? skipString(buf, view, p + 1, end) : -1;
          break;
        case K_DEFINITIONS:
        case K_DESCRIPTION:
          p = buf[p] === QUOTE ? skipString(buf, view, p + 1, end) : isLiteral(buf, p, end, NULL) ? p + 4 : -1;
          break;
        default:
          p = this.scanConversation(buf, view, p, end);
      }
      if (p < 0) return -1;
      p = skipWhitespace(buf, p, end);
      if (p >= end) return -1;
      if (buf[p] === COMMA) {
        p = skipWhitespace(buf, p + 1, end);
        continue;
      }
      if (buf[p] !== RBRACE) return -1;
      p = skipWhitespace(buf, p + 1, end);
      break;
    }
    return (seen & REQUIRED) === REQUIRED ? p : -1;
  }

  /** Adds the last scanned record to `stats`. */
  commit(stats: CorpusStats): void {
    // The name is decoded only when it is kept: per-persona figures, a persona's first conversation.
    const keepName = stats.personaStats !== null && !stats.personaStats.has(this.botId);
    const name = keepName && this.nameOf && this.nameStart >= 0 ? decodeJsonString(this.nameOf, this.nameStart, this.nameEnd) : "";
    stats.addConversation(this.botId, this.categories, this.turns, name);
    for (let i = 0; i < this.turns; i++) stats.addMessage(this.isHuman[i] === 1, this.chars[i], this.words[i]);
  }

  private scanBotId(buf: Uint8Array, view: Uint32Array | null, p: number, end: number): number {
    if (buf[p] !== QUOTE) return -1;
    const after = skipString(buf, view, p + 1, end);
    if (after < 0) return -1;
    this.botId = decodeJsonString(buf, p, after);
    return this.botId.length > 0 ? after : -1;
  }

  private scanBotName(buf: Uint8Array, view: Uint32Array | null, p: number, end: number): number {
    if (buf[p] !== QUOTE) return -1;
    const after = skipString(buf, view, p + 1, end);
    if (after < 0) return -1;
    this.nameOf = buf;
    this.nameStart = p;
    this.nameEnd = after;
    return after;
  }

  private scanCategories(buf: Uint8Array, view: Uint32Array | null, p: number, end: number): number {
    if (isLiteral(buf, p, end, NULL)) return p + 4;
    if (buf[p] !== LBRACKET) return -1;
    const categories: string[] = [];
    p = skipWhitespace(buf, p + 1, end);
    if (p < end && buf[p] === RBRACKET) {
      this.categories = categories;
      return p + 1;
    }
    for (;;) {
      if (p >= end || buf[p] !== QUOTE) return -1;
      const after = skipString(buf, view, p + 1, end);
      if (after < 0) return -1;
      categories.push(decodeJsonString(buf, p, after));
      p = skipWhitespace(buf, after, end);
      if (p >= end) return -1;
      if (buf[p] === RBRACKET) break;
      if (buf[p] !== COMMA) return -1;
      p = skipWhitespace(buf, p + 1, end);
    }
    this.categories = categories;
    return p + 1;
  }

  private scanConversation(buf: Uint8Array, view: Uint32Array | null, p: number, end: number): number {
    if (buf[p] !== LBRACKET) return -1;
    p = skipWhitespace(buf, p + 1, end);
    if (p < end && buf[p] === RBRACKET) return p + 1;
    for (;;) {
      p = this.scanMessage(buf, view, p, end);
      if (p < 0) return -1;
      p = skipWhitespace(buf, p, end);
      if (p >= end) return -1;
      if (buf[p] === RBRACKET) return p + 1;
      if (buf[p] !== COMMA) return -1;
      p = skipWhitespace(buf, p + 1, end);
    }
  }

  /** `{"message": "...", "is_human": bool}` in either key order, nothing else. */
  private scanMessage(buf: Uint8Array, view: Uint32Array | null, p: number, end: number): number {
    if (p >= end || buf[p] !== LBRACE) return -1;
    const index = this.turns;
    if (index === this.chars.length) this.growScratch();
    let sawMessage = false;
    let sawIsHuman = false;
    p = skipWhitespace(buf, p + 1, end);
    for (;;) {
      if (p >= end || buf[p] !== QUOTE) return -1;
      // "message" is 7 bytes, "is_human" 8; both followed by a quote.
      let isMessageKey: boolean;
      if (p + 8 < end && buf[p + 8] === QUOTE && buf[p + 1] === 0x6d && buf[p + 2] === 0x65 && buf[p + 3] === 0x73 && buf[p + 4] === 0x73 && buf[p + 5] === 0x61 && buf[p + 6] === 0x67 && buf[p + 7] === 0x65) {
        isMessageKey = true;
        p += 9;
      } else if (p + 9 < end && buf[p + 9] === QUOTE && buf[p + 1] === 0x69 && buf[p + 2] === 0x73 && buf[p + 3] === 0x5f && buf[p + 4] === 0x68 && buf[p + 5] === 0x75 && buf[p + 6] === 0x6d && buf[p + 7] === 0x61 && buf[p + 8] === 0x6e) {
        isMessageKey = false;
        p += 10;
      } else {
        return -1;
      }
      p = skipWhitespace(buf, p, end);
      if (p >= end || buf[p] !== COLON) return -1;
      p = skipWhitespace(buf, p + 1, end);
      if (p >= end) return -1;
      if (isMessageKey) {
        if (sawMessage || buf[p] !== QUOTE) return -1;
        sawMessage = true;
        p = this.measureString(buf, view, p + 1, end);
        if (p < 0) return -1;
        this.chars[index] = this.stringChars;
        this.words[index] = this.stringWords;
      } else {
        if (sawIsHuman) return -1;
        sawIsHuman = true;
        if (isLiteral(buf, p, end, TRUE)) {
          this.isHuman[index] = 1;
          p += 4;
        } else if (isLiteral(buf, p, end, FALSE)) {
          this.isHuman[index] = 0;
          p += 5;
        } else {
          return -1;
        }
      }
      p = skipWhitespace(buf, p, end);
      if (p >= end) return -1;
      if (buf[p] === COMMA) {
        p = skipWhitespace(buf, p + 1, end);
        continue;
      }
      if (buf[p] !== RBRACE || !sawMessage || !sawIsHuman) return -1;
      this.turns = index + 1;
      return p + 1;
    }
  }

  /**
   * Like `skipString`, counting code points and words into `stringChars` / `stringWords`.
   * Characters are the bytes consumed minus the extra bytes of escapes and multi-byte sequences;
   * a word starts at every non-space that follows a space (or the string's start). Plain ASCII
   * goes four bytes at a time.
   */
  private measureString(buf: Uint8Array, view: Uint32Array | null, p: number, end: number): number {
    const start = p;
    let extraBytes = 0;
    let words = 0;
    /** 1 when the previous character was whitespace (a word may start here). */
    let afterSpace = 1;
    for (;;) {
      if (view !== null) {
        // Bytewise up to alignment, then whole words until one holds a special byte.
        while (p < end && (p & 3) !== 0) {
          const kind = STRING_CLASS[buf[p]];
          if (kind === PLAIN) {
            words += afterSpace;
            afterSpace = 0;
          } else if (kind === SPACE) {
            afterSpace = 1;
          } else {
            break;
          }
          p++;
        }
        if ((p & 3) === 0) {
          let i = p >>> 2;
          const last = end >>> 2;
          while (i < last) {
            const word = view[i];
            if (lanesSpecial(word) !== 0) break;
            const spaces = lanesEqual(word, 0x20202020);
            const starts = ~spaces & LANES_HIGH & ((spaces << 8) | (afterSpace << 7));
            if (starts !== 0) words += countLanes(starts);
            afterSpace = spaces >>> 31;
            i++;
          }
          p = i << 2;
        }
      }
      if (p >= end) return -1;
      const kind = STRING_CLASS[buf[p]];
      if (kind === PLAIN) {
        words += afterSpace;
        afterSpace = 0;
        p++;
        continue;
      }
      if (kind === SPACE) {
        afterSpace = 1;
        p++;
        continue;
      }
      if (kind === END_QUOTE) {
        this.stringChars = p - start - extraBytes;
        this.stringWords = words;
        return p + 1;
      }
      let cp: number;
      const sequenceStart = p;
      if (kind === ESCAPE) {
        if (p + 1 >= end) return -1;
        const escaped = buf[p + 1];
        if (escaped === 0x75) {
          cp = hex4(buf, p + 2, end);
          if (cp < 0) return -1;
          p += 6;
          // A surrogate pair written as two escapes is one code point.
          if (cp >= 0xd800 && cp <= 0xdbff && p + 1 < end && buf[p] === BACKSLASH && buf[p + 1] === 0x75) {
            const low = hex4(buf, p + 2, end);
            if (low >= 0xdc00 && low <= 0xdfff) {
              cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
              p += 6;
            }
          }
        } else {
          switch (escaped) {
            case 0x22: case 0x5c: case 0x2f: cp = escaped; break;
            case 0x62: cp = 0x08; break;
            case 0x66: cp = 0x0c; break;
            case 0x6e: cp = 0x0a; break;
            case 0x72: cp = 0x0d; break;
            case 0x74: cp = 0x09; break;
            default: return -1;
          }
          p += 2;
        }
      } else if (kind === MULTIBYTE) {
        const packed = decodeMultibyte(buf, p, end);
        if (packed < 0) return -1;
        cp = packed >> 3;
        p += packed & 7;
      } else {
        return -1;
      }
      extraBytes += p - sequenceStart - 1;
      if (isWhitespaceCodePoint(cp)) {
        afterSpace = 1;
      } else {
        words += afterSpace;
        afterSpace = 0;
      }
    }
  }

  private growScratch(): void {
    const size = this.chars.length * 2;
    const isHuman = new Uint8Array(size);
    isHuman.set(this.isHuman);
    const chars = new Uint32Array(size);
    chars.set(this.chars);
    const words = new Uint32Array(size);
    words.set(this.words);
    this.isHuman = isHuman;
    this.chars = chars;
    this.words = words;
  }
}

function scanTimestamp(buf: Uint8Array, p: number, end: number): number {
  const first = buf[p];
  if (first < 0x30 || first > 0x39) return -1; // strings, negatives: the full parser decides
  let q = p + 1;
  while (q < end && buf[q] >= 0x30 && buf[q] <= 0x39) q++;
  if (first === 0x30 && q - p > 1) return -1;
  if (q - p > MAX_TIMESTAMP_DIGITS) return -1;
  if (q < end && (buf[q] === 0x2e || buf[q] === 0x65 || buf[q] === 0x45)) return -1;
  return q;
}

/** The value of a JSON string literal `buf[start, end)` (quotes included). */
function decodeJsonString(buf: Uint8Array, start: number, end: number): string {
  const text = decoder.decode(buf.subarray(start, end));
  return text.indexOf("\\") < 0 ? text.slice(1, -1) : (JSON.parse(text) as string);
}
