/**
 * Text cleaning for releases: exporter redaction tokens become `{{user}}`, runs of four or more
 * dots become "...", zero-width characters and Zalgo stacks of combining marks go, mojibake (UTF-8
 * read as Windows-1252) is repaired, messages are trimmed. Placeholders such as `{{char}}` and
 * `{{random_user_1}}` are never touched. Pure functions over strings and episodes; runs in a browser.
 */
import type { Episode } from "../model/pippa-record.js";
import { replaceRedactionTokens } from "../formats/redaction-tokens.js";

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

/** Anything any cleaning step would change, found in one pass; most texts have none. */
const NEEDS_CLEANING = /[\u00C2-\u00F4\u200B-\u200D\u2060\uFEFF\u180E\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F[]|\.{4}/;

/**
 * What the steps change, exactly, with the default Zalgo limit: a mojibake lead followed by a
 * Windows-1252 character, a zero-width character, three combining marks in a row, a bracket, four
 * dots. Asked only once the quick test above matched: an accented letter passes that one (one text
 * in ten in chat data) and is nearly always fine.
 */
const CHANGES_WITH_DEFAULTS = new RegExp(`[\\u00C2-\\u00F4]${CP1252_CHAR}|${ZERO_WIDTH.source}|\\p{M}{3,}|\\[|\\.{4}`, "u");

/** Cleans one text. */
export function cleanText(text: string, options: CleanOptions = DEFAULT_CLEAN_OPTIONS): string {
  if (!NEEDS_CLEANING.test(text) || (options.maxCombiningMarks === DEFAULT_CLEAN_OPTIONS.maxCombiningMarks && !CHANGES_WITH_DEFAULTS.test(text))) return options.trim ? text.trim() : text;
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
