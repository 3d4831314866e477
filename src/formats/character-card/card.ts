/**
 * Character cards in every shape people have: V1 (TavernAI), V2 (`chara_card_v2`), V3
 * (`chara_card_v3`), SillyTavern hybrids (V1 keys at the top level plus `data`) and legacy
 * Pygmalion/Gradio JSON. All are read into one canonical card (V2/V3 layout) that keeps unknown
 * keys and `extensions` verbatim, and written back as V2 or V3.
 */
import { ERROR_CODES, PippaError, describeValue } from "../../model/errors.js";
import { isJsonObject } from "../../model/json.js";

export type CardShape = "v1" | "v2" | "v3" | "hybrid" | "pygmalion";

/** The fields of a card's `data` (V2, plus V3's additions); unknown keys are kept alongside. */
export interface CardData {
  name: string;
  description: string;
  personality: string;
  scenario: string;
  first_mes: string;
  mes_example: string;
  creator_notes: string;
  system_prompt: string;
  post_history_instructions: string;
  alternate_greetings: string[];
  tags: string[];
  creator: string;
  character_version: string;
  extensions: Record<string, unknown>;
  character_book?: unknown;
  group_only_greetings?: string[];
  [key: string]: unknown;
}

/** The canonical card: spec, version, data, and any other top-level keys the source had. */
export interface CharacterCard {
  spec: "chara_card_v2" | "chara_card_v3";
  spec_version: string;
  data: CardData;
  [key: string]: unknown;
}

export interface ParsedCard {
  card: CharacterCard;
  shape: CardShape;
}

const TEXT_FIELDS = [
  "name",
  "description",
  "personality",
  "scenario",
  "first_mes",
  "mes_example",
  "creator_notes",
  "system_prompt",
  "post_history_instructions",
  "creator",
  "character_version",
] as const;
const LIST_FIELDS = ["alternate_greetings", "tags"] as const;
const V1_FIELDS = ["name", "description", "personality", "scenario", "first_mes", "mes_example"] as const;
/** Legacy Pygmalion / Gradio keys and the card fields they become. */
const PYGMALION_FIELDS = {
  char_name: "name",
  char_persona: "description",
  char_greeting: "first_mes",
  world_scenario: "scenario",
  example_dialogue: "mes_example",
} as const;


/** Which shape a parsed JSON value is, or null when it is no card. */
export function detectCardShape(value: unknown): CardShape | null {
  if (!isJsonObject(value)) return null;
  if (value.spec === "chara_card_v3" && isJsonObject(value.data)) return "v3";
  if (value.spec === "chara_card_v2" && isJsonObject(value.data)) {
    return V1_FIELDS.some((key) => key in value && key !== "name") ? "hybrid" : "v2";
  }
  if (typeof value.char_name === "string" && ("char_persona" in value || "char_greeting" in value)) return "pygmalion";
  if (typeof value.name === "string" && ("first_mes" in value || "mes_example" in value || "personality" in value)) return "v1";
  return null;
}

/**
 * Reads any card shape into the canonical card. Throws PIPPA_E_CARD naming the JSON path of a
 * field with the wrong type, or saying no card shape matched.
 *
 * @example
 * const { card, shape } = parseCard(JSON.parse(text), { source: "card.json" });
 */
export function parseCard(value: unknown, where: { source?: string } = {}): ParsedCard {
  const shape = detectCardShape(value);
  if (shape === null || !isJsonObject(value)) {
    const missing = isJsonObject(value) ? missingCardField(value) : null;
    if (missing) throw new PippaError(ERROR_CODES.card, `expected ${missing.expected}, got ${describeValue(missing.got)}`, { ...where, path: missing.path });
    throw new PippaError(ERROR_CODES.card, "not a character card (no V1, V2, V3 or Pygmalion card fields found)", where);
  }
  if (shape === "v2" || shape === "v3" || shape === "hybrid") {
    const { spec, spec_version, data, ...rest } = value;
    const card: CharacterCard = {
      ...rest,
      spec: spec as CharacterCard["spec"],
      spec_version: typeof spec_version === "string" ? spec_version : shape === "v3" ? "3.0" : "2.0",
      data: normaliseData(data as Record<string, unknown>, (key) => `data.${key}`, where),
    };
    return { card, shape };
  }
  if (shape === "pygmalion") {
    // V1 keys beside the Pygmalion ones (CAI Tools writes both) fill what the old keys lack.
    const data: Record<string, unknown> = {};
    for (const key of V1_FIELDS) if (key in value) data[key] = value[key];
    // Own keys only: `in` would take "constructor" or "__proto__" for a Pygmalion field.
    const isPygmalionField = (key: string): key is keyof typeof PYGMALION_FIELDS => Object.hasOwn(PYGMALION_FIELDS, key);
    for (const [key, item] of Object.entries(value)) if (isPygmalionField(key)) data[PYGMALION_FIELDS[key]] = item;
    // fromEntries defines keys: a `__proto__` key stays a key, not the object's prototype.
    const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !isPygmalionField(key)));
    // An error names the field the file has: char_greeting, not the first_mes it becomes.
    const fileField = (key: string) => Object.keys(PYGMALION_FIELDS).find((from) => PYGMALION_FIELDS[from as keyof typeof PYGMALION_FIELDS] === key && Object.hasOwn(value, from)) ?? key;
    return { card: { ...rest, spec: "chara_card_v2", spec_version: "2.0", data: normaliseData(data, fileField, where) }, shape };
  }
  // V1: the fields at the top level; kept there (as SillyTavern's hybrids do) and copied into data.
  const data: Record<string, unknown> = {};
  for (const key of V1_FIELDS) if (key in value) data[key] = value[key];
  return { card: { ...value, spec: "chara_card_v2", spec_version: "2.0", data: normaliseData(data, (key) => key, where) }, shape };
}

/** The field a value that declares a card shape lacks (V2/V3 `data`, a Pygmalion or V1 name), or null. */
function missingCardField(value: Record<string, unknown>): { path: string; expected: string; got: unknown } | null {
  if (value.spec === "chara_card_v2" || value.spec === "chara_card_v3") return { path: "data", expected: "an object", got: value.data };
  if ("char_persona" in value || "char_greeting" in value) return { path: "char_name", expected: "a string", got: value.char_name };
  if ("first_mes" in value || "mes_example" in value || "personality" in value) return { path: "name", expected: "a string", got: value.name };
  return null;
}

/** Checks field types and fills absent standard fields with empty values; unknown keys stay as they are. */
function normaliseData(raw: Record<string, unknown>, path: (key: string) => string, where: { source?: string }): CardData {
  const wrong = (key: string, expected: string, got: unknown) =>
    new PippaError(ERROR_CODES.card, `expected ${expected}, got ${describeValue(got)}`, { ...where, path: path(key) });
  const data: Record<string, unknown> = { ...raw };
  for (const key of TEXT_FIELDS) {
    const item = raw[key];
    if (item === undefined || item === null) data[key] = "";
    else if (typeof item !== "string") throw wrong(key, "a string", item);
  }
  for (const key of LIST_FIELDS) {
    const item = raw[key];
    if (item === undefined || item === null) data[key] = [];
    else if (!Array.isArray(item) || item.some((entry) => typeof entry !== "string")) throw wrong(key, "an array of strings", item);
  }
  if (raw.extensions === undefined || raw.extensions === null) data.extensions = {};
  else if (!isJsonObject(raw.extensions)) throw wrong("extensions", "an object", raw.extensions);
  if (raw.group_only_greetings !== undefined && (!Array.isArray(raw.group_only_greetings) || raw.group_only_greetings.some((g) => typeof g !== "string"))) {
    throw wrong("group_only_greetings", "an array of strings", raw.group_only_greetings);
  }
  return data as CardData;
}

/** The card as V2 JSON (`chara_card_v2`, spec_version 2.0). V3-only fields stay in `data`. */
export function toCardV2(card: CharacterCard): CharacterCard {
  return { ...card, spec: "chara_card_v2", spec_version: "2.0" };
}

/** The card as V3 JSON (`chara_card_v3`, spec_version 3.0), with V3's required fields present. */
export function toCardV3(card: CharacterCard): CharacterCard {
  const data: CardData = { ...card.data, group_only_greetings: card.data.group_only_greetings ?? [] };
  return { ...card, spec: "chara_card_v3", spec_version: "3.0", data };
}
