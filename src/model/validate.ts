/**
 * The one place that decides whether a parsed JSON value is a PIPPA record. Lenient where real
 * files differ harmlessly (timestamp as a numeric string, nullable fields missing), strict about
 * types, and precise about where a problem is.
 */
import { parseConsent } from "./consent.js";
import { describeValue } from "./errors.js";
import { PIPPA_KEYS, type Episode, type EpisodeTurn, type PippaMessage, type PippaRecord } from "./pippa-record.js";
import { isJsonObject } from "./json.js";

/** One problem at one JSON path. */
export interface FieldProblem {
  path: string;
  expected: string;
  got: string;
}

export type ValidationResult =
  | { ok: true; record: PippaRecord; warnings: string[] }
  | { ok: false; problems: FieldProblem[] };

/** More problems than this in one record are not worth listing. */
const MAX_PROBLEMS = 20;

const KNOWN_KEYS: ReadonlySet<string> = new Set(PIPPA_KEYS);
const DIGITS = /^[0-9]+$/;


/**
 * Checks `value` against the PIPPA record shape and returns the record in published key order.
 * Accepts `submission_timestamp` as a non-negative integer or a string of digits, and
 * `categories`, `bot_definitions`, `bot_description` as null or missing. Unknown keys are
 * reported as warnings and dropped.
 *
 * @example
 * const result = validatePippaRecord(JSON.parse(line));
 * if (!result.ok) console.log(result.problems[0]); // { path: "conversation[17].is_human", ... }
 */
export function validatePippaRecord(value: unknown): ValidationResult {
  const problems: FieldProblem[] = [];
  const warnings: string[] = [];
  const problem = (path: string, expected: string, got: unknown) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, expected, got: describeValue(got) });
  };

  if (!isJsonObject(value)) {
    return { ok: false, problems: [{ path: "(record)", expected: "a JSON object", got: describeValue(value) }] };
  }

  const timestamp = readTimestamp(value.submission_timestamp);
  if (timestamp === undefined) {
    problem("submission_timestamp", "integer milliseconds (a number or a string of digits)", value.submission_timestamp);
  }

  let categories: string[] | null = null;
  const rawCategories = value.categories;
  if (Array.isArray(rawCategories)) {
    rawCategories.forEach((category, i) => {
      if (typeof category !== "string") problem(`categories[${i}]`, "string", category);
    });
    categories = rawCategories as string[];
  } else if (rawCategories !== null && rawCategories !== undefined) {
    problem("categories", "an array of strings or null", rawCategories);
  }

  if (typeof value.bot_id !== "string" || value.bot_id.length === 0) {
    problem("bot_id", "a non-empty string", value.bot_id);
  }
  for (const key of ["bot_name", "bot_greeting"] as const) {
    if (typeof value[key] !== "string") problem(key, "string", value[key]);
  }
  for (const key of ["bot_definitions", "bot_description"] as const) {
    const field = value[key];
    if (field !== null && field !== undefined && typeof field !== "string") problem(key, "string or null", field);
  }

  const conversation = value.conversation;
  if (!Array.isArray(conversation)) {
    problem("conversation", "an array of {message, is_human}", conversation);
  } else {
    let extraMessageKeys = 0;
    for (let i = 0; i < conversation.length && problems.length < MAX_PROBLEMS; i++) {
      const turn: unknown = conversation[i];
      if (!isJsonObject(turn)) {
        problem(`conversation[${i}]`, "an object {message, is_human}", turn);
        continue;
      }
      if (typeof turn.message !== "string") problem(`conversation[${i}].message`, "string", turn.message);
      if (typeof turn.is_human !== "boolean") problem(`conversation[${i}].is_human`, "boolean", turn.is_human);
      for (const key in turn) if (key !== "message" && key !== "is_human") extraMessageKeys++;
    }
    if (extraMessageKeys > 0) warnings.push(`conversation: ${extraMessageKeys} unknown message key(s) dropped`);
  }

  for (const key of Object.keys(value)) {
    if (!KNOWN_KEYS.has(key)) warnings.push(`${key}: unknown key dropped`);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    warnings,
    record: {
      submission_timestamp: timestamp as number,
      categories,
      bot_id: value.bot_id as string,
      bot_name: value.bot_name as string,
      bot_greeting: value.bot_greeting as string,
      bot_definitions: (value.bot_definitions as string | null | undefined) ?? null,
      bot_description: (value.bot_description as string | null | undefined) ?? null,
      conversation: (conversation as Record<string, unknown>[]).map(
        (turn): PippaMessage => ({ message: turn.message as string, is_human: turn.is_human as boolean }),
      ),
    },
  };
}

/** Keys an episode line may carry beyond the PIPPA record, with the check each must pass. */
const EPISODE_EXTRAS: Record<string, (value: unknown) => boolean> = {
  card: isJsonObject,
  source: (value) => isJsonObject(value) && typeof value.format === "string" && typeof value.file === "string",
  consent: (value) => parseConsent(value) !== null,
  meta: isJsonObject,
  user_names: (value) => Array.isArray(value) && value.every((name) => typeof name === "string"),
  flags: isJsonObject,
};
const TURN_EXTRAS: Record<string, (value: unknown) => boolean> = {
  name: (value) => typeof value === "string",
  swipes: (value) => Array.isArray(value) && value.every((swipe) => typeof swipe === "string"),
  swipe_id: (value) => Number.isInteger(value),
  hidden: (value) => typeof value === "boolean",
  narrator: (value) => typeof value === "boolean",
  sent_at: (value) => Number.isFinite(value),
  meta: isJsonObject,
};

const TURN_EXTRA_CHECKS = Object.entries(TURN_EXTRAS);

export type EpisodeValidationResult = { ok: true; episode: Episode; warnings: string[] } | { ok: false; problems: FieldProblem[] };

/**
 * Like `validatePippaRecord`, keeping what an episode line (`pippa import --episodes`) carries
 * beyond the record: the card, source, consent, metadata, and per turn the speaker name, swipes,
 * flags and time. Extras of the wrong type are dropped with a warning.
 */
export function validateEpisode(value: unknown): EpisodeValidationResult {
  const result = validatePippaRecord(value);
  if (!result.ok) return result;
  const raw = value as Record<string, unknown>;
  const warnings = result.warnings.filter((warning) => !Object.keys(EPISODE_EXTRAS).some((key) => warning.startsWith(`${key}:`)) && !warning.startsWith("conversation:"));
  const episode: Episode = { ...result.record };
  for (const [key, check] of Object.entries(EPISODE_EXTRAS)) {
    if (raw[key] === undefined) continue;
    if (check(raw[key])) (episode as unknown as Record<string, unknown>)[key] = raw[key];
    else warnings.push(`${key}: not a valid episode ${key}, dropped`);
  }
  episode.conversation = (raw.conversation as Record<string, unknown>[]).map((rawTurn, i) => {
    // Most turns carry nothing beyond the record's: they are taken as validated, not copied.
    const validated = result.record.conversation[i];
    let turn: EpisodeTurn | null = null;
    for (const [key, check] of TURN_EXTRA_CHECKS) {
      const value = rawTurn[key];
      if (value === undefined) continue;
      turn ??= { ...validated };
      if (check(value)) (turn as unknown as Record<string, unknown>)[key] = value;
      else warnings.push(`conversation[${i}].${key}: not valid, dropped`);
    }
    return turn ?? validated;
  });
  return { ok: true, episode, warnings };
}

/** The paper prints timestamps as strings; the files hold integers. Both mean milliseconds. */
function readTimestamp(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined;
  if (typeof raw === "string" && DIGITS.test(raw)) {
    const parsed = Number(raw);
    return Number.isSafeInteger(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** `expected boolean, got "yes"` for the first problem, its path left to the caller (plus how many more problems there were). */
export function describeProblems(problems: readonly FieldProblem[]): string {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  return `expected ${first.expected}, got ${first.got}${more}`;
}
