/**
 * Errors that say where, what, and what was expected, with a stable code:
 * `PIPPA_E_FIELD pippa.jsonl:1203: conversation[17].is_human: expected boolean, got "yes"`.
 */

export const ERROR_CODES = {
  /** The line is not JSON. */
  json: "PIPPA_E_JSON",
  /** A field has the wrong type or is missing. */
  field: "PIPPA_E_FIELD",
  /** The bytes are not valid UTF-8. */
  utf8: "PIPPA_E_UTF8",
  /** A line is longer than the reader's limit. */
  lineTooLong: "PIPPA_E_LINE_TOO_LONG",
  /** A PNG file is damaged: truncated, bad signature, bad checksum. */
  png: "PIPPA_E_PNG",
  /** A character card is unreadable: a text chunk that is not base64 or JSON, a shape no reader knows. */
  card: "PIPPA_E_CARD",
  /** A record could not be written as a training example (a chat template refused it). */
  prepare: "PIPPA_E_PREPARE",
  /** The file's content matches no format pippa reads. */
  format: "PIPPA_E_FORMAT",
  /** Input over a size limit (a huge text chunk, a compressed chunk that inflates too far). */
  tooLarge: "PIPPA_E_TOO_LARGE",
  /** A file could not be read or written. */
  io: "PIPPA_E_IO",
  /** The command line is wrong. */
  usage: "PIPPA_E_USAGE",
  /** Something another process holds (a data folder another server is using). */
  busy: "PIPPA_E_BUSY",
  /** The input holds nothing the command can work on (no valid record at all). */
  empty: "PIPPA_E_EMPTY",
  /** A browser page on an origin the server does not accept uploads from (`pippa serve --allow-origin`). */
  origin: "PIPPA_E_ORIGIN",
} as const;

export type PippaErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** A place in the input: file, 1-based line, JSON path inside the line. */
export interface Where {
  source?: string;
  line?: number;
  path?: string;
}

/** Renders `file:line: path` (each part only when known). */
export function formatWhere(where: Where): string {
  let location = where.source ?? "";
  if (where.line !== undefined) location += `${location ? ":" : "line "}${where.line}`;
  const parts = [location, where.path].filter((part): part is string => !!part);
  return parts.join(": ");
}

/** An input or usage problem; `message` carries the location, `detail` only the problem. */
export class PippaError extends Error {
  readonly code: PippaErrorCode;
  readonly where: Where;
  readonly detail: string;

  constructor(code: PippaErrorCode, detail: string, where: Where = {}) {
    const location = formatWhere(where);
    super(location ? `${location}: ${detail}` : detail);
    this.name = "PippaError";
    this.code = code;
    this.where = where;
    this.detail = detail;
  }

  /** `CODE file:line: path: detail`, the form printed to users and written to rejects. */
  override toString(): string {
    return `${this.code} ${this.message}`;
  }
}

/** Describes a JSON value briefly for "got …" in error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (missing)";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case "string": {
      const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return JSON.stringify(shown);
    }
    case "object":
      return "an object";
    default:
      return String(value);
  }
}
