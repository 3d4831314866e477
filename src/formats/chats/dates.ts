/**
 * The date forms chat exports hold, read into epoch milliseconds. SillyTavern alone has written
 * four over the years: epoch milliseconds, ISO 8601, "June 19, 2023 2:20pm" and
 * "2024-9-28 @14h 05m 12s 345ms". The last two carry no time zone; they are read as UTC.
 */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const HUMAN_DATE = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([ap]\.?m\.?)?$/i;
const ST_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2}) ?@(\d{1,2})h ?(\d{1,2})m(?: ?(\d{1,2})s)?(?: ?(\d{1,3})ms)?$/;
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Below this a number is epoch seconds (up to the year 5138), above it milliseconds (from 1973). */
const SECONDS_BELOW = 1e11;

/** The last millisecond of the year 9999: later "dates" are corrupt numbers, not times. */
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Epoch milliseconds for a date in any known form, or null. */
export function parseChatDate(value: unknown): number | null {
  const ms = parseAnyDate(value);
  return ms !== null && ms >= 0 && ms <= LATEST ? ms : null;
}

function parseAnyDate(value: unknown): number | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return null;
    return Math.round(value < SECONDS_BELOW ? value * 1000 : value);
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return parseAnyDate(Number(text));
  if (ISO_LIKE.test(text)) {
    const ms = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) || !text.includes(":") ? text : `${text.replace(" ", "T")}Z`);
    return Number.isNaN(ms) ? null : ms;
  }
  const st = ST_DATE.exec(text);
  if (st) {
    const [, y, mo, d, h, mi, s, ms] = st;
    return utc(+y, +mo - 1, +d, +h, +mi, +(s ?? 0), +(ms ?? 0));
  }
  const human = HUMAN_DATE.exec(text);
  if (human) {
    const [, monthName, d, y, h, mi, s, meridiem] = human;
    const month = MONTHS.findIndex((name) => name.startsWith(monthName.toLowerCase()) && monthName.length >= 3);
    if (month < 0) return null;
    let hour = +h;
    if (meridiem) {
      if (hour > 12) return null;
      const pm = meridiem.toLowerCase().startsWith("p");
      hour = (hour % 12) + (pm ? 12 : 0);
    }
    return utc(+y, month, +d, hour, +mi, +(s ?? 0), 0);
  }
  return null;
}

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number | null {
  if (month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const time = Date.UTC(year, month, day, hour, minute, second, ms);
  return new Date(time).getUTCDate() === day ? time : null;
}

/** Epoch milliseconds from an upload name `{epoch_ms}_{name}` (how the PIPPA server stored files), or null. */
export function timestampFromFileName(fileName: string): number | null {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const match = /^(\d{12,14})_/.exec(base);
  return match ? Number(match[1]) : null;
}
