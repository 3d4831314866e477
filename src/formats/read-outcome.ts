/** What every importer returns: the episodes it could read and, for the rest, why not. */
import type { PippaError } from "../model/errors.js";
import type { Episode } from "../model/pippa-record.js";

/** A part of the input that could not be used; `raw` keeps it so nothing is lost. */
export interface FormatReject {
  error: PippaError;
  line?: number;
  raw: string;
}

export interface ReadOutcome {
  episodes: Episode[];
  rejects: FormatReject[];
  /** Problems survived, worded for a person. */
  warnings: string[];
}

/**
 * A refused part of a JSON document as text for its reject's `raw`. A part nested deeper than
 * `JSON.stringify` can recurse is kept as "" (the error still names it): its overflow must not
 * cost the rest of the document.
 */
export function rawJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}

export function emptyOutcome(): ReadOutcome {
  return { episodes: [], rejects: [], warnings: [] };
}

/** Where the submission time comes from when the content does not say. */
export interface TimestampOptions {
  /** Forces the submission timestamp (ms). */
  timestamp?: number;
  /** Used when neither the file name nor the content gives one (e.g. the file's modification time). */
  fallbackTimestamp?: number;
}
