/** Small facts about parsed JSON values, shared by every reader. */
import { ERROR_CODES, PippaError, type Where } from "./errors.js";

/** A JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `JSON.parse` that says where it failed: text that is not JSON throws a PippaError
 * (`PIPPA_E_JSON file:line: not valid JSON (reason)`), `where` being the file, line and path the
 * text came from. Every reader that refuses a line or a file for not being JSON says it this way.
 *
 * @example
 * parseJson("{oops", { source: "chat.jsonl", line: 3 }) // throws PIPPA_E_JSON chat.jsonl:3: not valid JSON (…)
 */
export function parseJson(text: string, where: Where = {}): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new PippaError(ERROR_CODES.json, `not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`, where);
  }
}
