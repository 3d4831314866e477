/**
 * Text cleaning for releases: exporter redaction tokens become `{{user}}`, runs of four or more
 * dots become "...", zero-width characters and Zalgo stacks of combining marks go, mojibake (UTF-8
 * read as Windows-1252) is repaired, messages are trimmed. Placeholders such as `{{char}}` and
 * `{{random_user_1}}` are never touched. Pure functions over strings and episodes; runs in a browser.
 */
import type { Episode } from "../model/pippa-record.js";
import { replaceRedactionTokens } from "../formats/chats/redaction-tokens.js";
import { astralTest, buildTable } from "./char-tables.js";

export interface CleanOptions {
  /** Exporter tokens such as [NAME_REDACTED] -> {{user}} [true]. */
  redactionTokens: boolean;
  /** "....." -> "..." [true]. */
  dots: boolean;
  /** Zero-width characters out [true]. */
  zeroWidth: boolean;
  /** More than this many combining marks on one character are Zalgo and go [2]. */
  maxCombiningMarks: number;
  /** Repair UTF-8 that was decoded as Windows-1252 ("donâ€™t" -> "don’t") [true]. */
  mojibake: boolean;
  /** Trim whitespace around each message [true]. */
  trim: boolean;
}

export const DEFAULT_CLEAN_OPTIONS: CleanOptions = { redactionTokens: true, dots: true, zeroWidth: true, maxCombiningMarks: 2, mojibake: true, trim: true };

const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF\u180E]/g;
const DOTS = /\.{4,}/g;
const COMBINING_RUN = /\p{M}{2,}/gu;
/** Windows-1252 characters of bytes 0x80-0x9F (the others map to the same code point as Latin-1). */
const CP1252_HIGH: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89, "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e,
  "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};
const CP1252_CHAR = "[\\u0080-\\u00FF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]";
/** A lead byte of a multi-byte UTF-8 sequence, then its continuation bytes, all read as Windows-1252. */
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00F4]${CP1252_CHAR}{1,3}`, "g");
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function cp1252Byte(char: string): number | undefined {
  const code = char.charCodeAt(0);
  if (code >= 0xa0 && code <= 0xff) return code;
  if (code >= 0x80 && code <= 0x9f) return code;
  return CP1252_HIGH[char];
}

/** Repairs mojibake runs that decode as valid UTF-8 once turned back into Windows-1252 bytes. */
export function fixMojibake(text: string): string {
  if (!/[\u00C2-\u00F4]/.test(text)) return text;
  return text.replace(MOJIBAKE, (run) => {
    // Try the longest prefix that is one valid UTF-8 sequence.
    for (let length = run.length; length >= 2; length--) {
      const bytes: number[] = [];
      for (const char of run.slice(0, length)) {
        const byte = cp1252Byte(char);
        if (byte === undefined) return run;
        bytes.push(byte);
      }
      try {
        const decoded = strictUtf8.decode(new Uint8Array(bytes));
        if ([...decoded].length === 1) return decoded + run.slice(length);
      } catch {
        // not this length
      }
    }
    return run;
  });
}

/** Keeps at most `max` combining marks on each base character. */
export function stripZalgo(text: string, max: number): string {
  if (!/\p{M}/u.test(text)) return text;
  return text.replace(COMBINING_RUN, (marks) => ([...marks].length > max ? [...marks].slice(0, max).join("") : marks));
}

/** Per code unit: what it may start that a cleaning step changes (see `mayChange`). */
const LEAD = 1;
const FOLLOWER = 2;
const INVISIBLE = 4;
const MARK = 8;
const BRACKET = 16;
const DOT = 32;
const HIGH_SURROGATE = 64;
let cleanUnitTable: Uint8Array | null = null;

function cleanUnits(): Uint8Array {
  if (cleanUnitTable) return cleanUnitTable;
  const follower = new RegExp(`^${CP1252_CHAR}$`);
  const mark = /^\p{M}$/u;
  const table = buildTable(new Uint8Array(0x10000), (char, unit) => (unit >= 0xc2 && unit <= 0xf4 ? LEAD : 0) | (follower.test(char) ? FOLLOWER : 0) | (mark.test(char) ? MARK : 0));
  table.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  for (const char of "\u200B\u200C\u200D\u2060\uFEFF\u180E") table[char.charCodeAt(0)] |= INVISIBLE;
  table[0x5b] |= BRACKET;
  table[0x2e] |= DOT;
  return (cleanUnitTable = table);
}

const isAstralMark = astralTest(/^\p{M}$/u);

/**
 * Whether any step could change `text`, in one pass over its code units: a mojibake lead followed
 * by a Windows-1252 character, a zero-width character, a run of `zalgoRun` combining marks, a
 * bracket (redaction tokens), four dots. Exactly the texts the steps may change: most have none,
 * and are then only trimmed (a character loop over a table: faster than the regular expressions
 * it replaces, which also missed Zalgo stacks of marks outside the Latin combining blocks).
 */
export function mayChange(text: string, zalgoRun: number): boolean {
  const table = cleanUnits();
  const length = text.length;
  let marks = 0;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    const kind = table[unit];
    if (kind === 0) {
      marks = 0;
      continue;
    }
    if ((kind & (INVISIBLE | BRACKET)) !== 0) return true;
    if ((kind & DOT) !== 0) {
      if (text.charCodeAt(i + 1) === 0x2e && text.charCodeAt(i + 2) === 0x2e && text.charCodeAt(i + 3) === 0x2e) return true;
    } else if ((kind & LEAD) !== 0 && i + 1 < length && (table[text.charCodeAt(i + 1)] & FOLLOWER) !== 0) {
      return true;
    }
    let mark = (kind & MARK) !== 0;
    if ((kind & HIGH_SURROGATE) !== 0) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        mark = isAstralMark((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
        i++;
      }
    }
    if (!mark) marks = 0;
    else if (++marks >= zalgoRun) return true;
  }
  return false;
}

/** Cleans one text. */
export function cleanText(text: string, options: CleanOptions = DEFAULT_CLEAN_OPTIONS): string {
  // stripZalgo cuts runs of two marks or more longer than the limit.
  const zalgoRun = options.maxCombiningMarks >= 0 ? Math.max(2, options.maxCombiningMarks + 1) : Infinity;
  if (!mayChange(text, zalgoRun)) return options.trim ? text.trim() : text;
  let out = text;
  if (options.mojibake) out = fixMojibake(out);
  if (options.zeroWidth) out = out.replace(ZERO_WIDTH, "");
  if (options.maxCombiningMarks >= 0) out = stripZalgo(out, options.maxCombiningMarks);
  if (options.redactionTokens) out = replaceRedactionTokens(out);
  if (options.dots) out = out.replace(DOTS, "...");
  if (options.trim) out = out.trim();
  return out;
}

/**
 * Cleans an episode's texts. Definitions keep their layout (example chats, placeholders): they are
 * cleaned but not trimmed line by line. Returns the same object when nothing changed.
 */
export function cleanEpisode<T extends Episode>(episode: T, options: CleanOptions = DEFAULT_CLEAN_OPTIONS): T {
  let changed = false;
  const untrimmed = { ...options, trim: false };
  const clean = (text: string, settings = options) => {
    const out = cleanText(text, settings);
    if (out !== text) changed = true;
    return out;
  };
  const conversation = episode.conversation.map((turn) => {
    const message = clean(turn.message);
    const swipes = turn.swipes?.map((swipe) => clean(swipe));
    return message === turn.message && swipes === undefined ? turn : { ...turn, message, ...(swipes ? { swipes } : {}) };
  });
  const result = {
    ...episode,
    bot_name: clean(episode.bot_name),
    bot_greeting: clean(episode.bot_greeting),
    bot_description: episode.bot_description === null ? null : clean(episode.bot_description),
    bot_definitions: episode.bot_definitions === null ? null : clean(episode.bot_definitions, untrimmed),
    conversation,
  };
  return changed ? result : episode;
}
