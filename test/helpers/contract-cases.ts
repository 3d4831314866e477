/**
 * The cases of the reader contract suite (test/formats/reader-contract.test.ts): what a table line
 * says of its format, and what every case expects of every reader.
 */
import assert from "node:assert/strict";
import { detectDocumentFormat, DEFAULT_MAX_FILE_BYTES } from "../../src/formats/import-documents.js";
import { DEFAULT_MAX_TEXT_BYTES, encodeBase64Utf8 } from "../../src/formats/character-card/index.js";
import type { FormatId } from "../../src/formats/import-format-ids.js";
import { DEFAULT_MAX_LINE_BYTES } from "../../src/formats/pippa/line-splitter.js";
import type { FormatReject } from "../../src/formats/read-outcome.js";
import { ERROR_CODES, PippaError, type PippaErrorCode } from "../../src/model/errors.js";
import { DEEP_MARKER, foreignPrototype, generatedDocument, holdsOwnKey, hostileKeys, memoryDocument, removeAt, setAt, wrapAt, type CountedDocument, type JsonPath } from "./contract-inputs.js";
import { CHATS, HOSTILE_CHAT, HUGE_CHAT, HUGE_MESSAGE, USER, type Chat, type Conversation, type Outcome, type Writer } from "./contract-formats.js";

// ---------------------------------------------------------------------------------------------
// What a table line says of its format

/**
 * A field damaged in every place listed in `at` (taken out, or given `value`), and what the reader
 * must say: the code, and the JSON path (a pattern where each record names its own).
 */
export interface Damage {
  at: JsonPath[];
  value?: unknown;
  /** The part of the model refused for it (a line, a history), the rest kept; null: the whole file is refused. */
  unit: JsonPath | null;
  code: PippaErrorCode;
  path: string | RegExp | undefined;
}

/** An input past one of a reader's limits. */
export interface Limit {
  name: string;
  run(format: ReaderFormat): Promise<void>;
}

export interface ReaderFormat {
  name: string;
  /** The `pippa import` format it is detected as; null for a format import does not read. */
  formatId: FormatId | null;
  /** The entry point, in words, for the test names. */
  entry: string;
  read(document: CountedDocument): Promise<Outcome>;
  /** The file name readers are given (a few formats take the character's name from it). */
  source: string;
  /** "lines": one JSON value per line, errors name the line. */
  layout: "lines" | "json" | "png" | "parquet";
  write: Writer;
  /** Whether a file holds several conversations (then a bad one must not cost the others). */
  holds: "many" | "one";
  model(chats: Chat[]): unknown;
  /** Codes for a file that is not the format at all (garbage, cut short, empty). */
  unreadable: PippaErrorCode[];
  missing: Damage;
  wrongType: Damage;
  /** `at[0]`: the value wrapped in an array (the root: `[]`). */
  topLevel: Damage;
  /** An object where keys the format does not know are tolerated: hostile keys go there. */
  extra: JsonPath;
  /** Whether the reader keeps such keys (then a `__proto__` key must come back as a key). */
  keepsUnknownKeys: boolean;
  /** The container a format keeps its JSON text in (a PNG chunk), for garbage inside it. */
  container?: (text: string) => Uint8Array;
  limits: Limit[];
  /** What the format can store of a text (Parquet holds UTF-8: an unpaired surrogate becomes U+FFFD). */
  textAsRead?: (text: string) => string;
  notApplicable: Partial<Record<CaseName, string>>;
}

export const CASE_NAMES = [
  "good input",
  "not JSON: garbage bytes",
  "not JSON: a garbage line beside good lines",
  "truncated",
  "wrong top-level type",
  "a required field missing",
  "a field of the wrong type",
  "an empty file",
  "a BOM",
  "CRLF line endings",
  "a whitespace-only line",
  "a message of several MB",
  "past the reader's limit",
  "hostile text",
  "hostile structure: deep nesting, __proto__ keys",
  "deep nesting in a refused part",
] as const;
export type CaseName = (typeof CASE_NAMES)[number];

const encoder = new TextEncoder();
const MiB = 1024 * 1024;
/** Chunk size of generated documents. */
const CHUNK = MiB;
const BAD_LINE = [ERROR_CODES.json, ERROR_CODES.utf8];

export const LINE_PAST_LIMIT: Limit = {
  name: `a line past DEFAULT_MAX_LINE_BYTES (${DEFAULT_MAX_LINE_BYTES / MiB} MiB) between good lines`,
  async run(format) {
    const chats = chatsFor(format);
    const [first, ...rest] = new TextDecoder().decode(format.write(format.model(chats), "\n")).split("\n");
    const count = Math.ceil((DEFAULT_MAX_LINE_BYTES + CHUNK) / CHUNK);
    const document = generatedDocument(format.source, [encoder.encode(`${first}\n{"conversation": [{"message": "`), { fill: 0x61, chunkBytes: CHUNK, count }, encoder.encode(`"}]}\n${rest.join("\n")}`)]);
    const outcome = await format.read(document);
    assert.equal(document.reads.whole, 0, "a streamed format never asks for the whole file");
    assert.deepEqual(outcome.conversations, expected(format, chats), "the good lines around it come back");
    assert.equal(outcome.problems.length, 1);
    assertProblem(format, outcome.problems[0], { codes: [ERROR_CODES.lineTooLong], line: 2, path: undefined });
    assert.ok(outcome.problems[0].raw.length <= 1024, "only the head of the refused line is kept");
  },
};

export const FILE_PAST_LIMIT: Limit = {
  name: `a file past DEFAULT_MAX_FILE_BYTES (${DEFAULT_MAX_FILE_BYTES / MiB} MiB), the format being read whole`,
  async run(format) {
    const good = format.write(format.model(chatsFor(format)), "\n");
    const document = generatedDocument(format.source, [good, { fill: 0x20, chunkBytes: CHUNK, count: Math.ceil(DEFAULT_MAX_FILE_BYTES / CHUNK) }]);
    const outcome = await format.read(document);
    assert.equal(document.reads.whole, 0, "refused on its size, before it is read");
    assert.ok(document.reads.bytes <= DEFAULT_MAX_LINE_BYTES + CHUNK, `at most the detection probe is read (${document.reads.bytes} bytes were)`);
    assert.deepEqual(outcome.conversations, []);
    assert.equal(outcome.problems.length, 1);
    assertProblem(format, outcome.problems[0], { codes: [ERROR_CODES.tooLarge], line: undefined, path: undefined });
  },
};

export const TEXT_CHUNK_PAST_LIMIT: Limit = {
  name: `a PNG text chunk past DEFAULT_MAX_TEXT_BYTES (${DEFAULT_MAX_TEXT_BYTES / MiB} MiB)`,
  async run(format) {
    const outcome = await format.read(memoryDocument(format.source, format.container!("A".repeat(DEFAULT_MAX_TEXT_BYTES + 1))));
    assert.deepEqual(outcome.conversations, []);
    assert.equal(outcome.problems.length, 1);
    assertProblem(format, outcome.problems[0], { codes: [ERROR_CODES.tooLarge], line: undefined, path: undefined });
  },
};

// ---------------------------------------------------------------------------------------------
// The cases

function chatsFor(format: ReaderFormat, first: Chat = CHATS[0]): Chat[] {
  return format.holds === "many" ? [first, ...CHATS.slice(1)] : [first];
}

function expected(format: ReaderFormat, chats: Chat[]): Conversation[] {
  const text = format.textAsRead ?? ((message: string) => message);
  return chats.map((chat) => ({ bot: chat.bot, turns: chat.turns.map((turn) => ({ speaker: turn.human ? USER : chat.bot, message: text(turn.message) })) }));
}

function readModel(format: ReaderFormat, model: unknown, eol = "\n"): Promise<Outcome> {
  return format.read(memoryDocument(format.source, format.write(model, eol)));
}

function readBytes(format: ReaderFormat, bytes: Uint8Array): Promise<Outcome> {
  return format.read(memoryDocument(format.source, bytes));
}

/** The problem is a PippaError with one of `codes`, naming the file and exactly the line and path given. */
function assertProblem(format: ReaderFormat, problem: FormatReject, want: { codes: readonly PippaErrorCode[]; line: number | undefined; path: string | RegExp | undefined }): void {
  const { error } = problem;
  assert.ok(error instanceof PippaError, `a PippaError, not ${String(error)}`);
  assert.ok(want.codes.includes(error.code), `code ${error.code} (${error.message}), expected one of ${want.codes.join(", ")}`);
  assert.equal(error.where.source, format.source, `the error names the file: ${error.message}`);
  assert.equal(error.where.line, want.line, `the line: ${error.message}`);
  if (want.path instanceof RegExp) assert.match(error.where.path ?? "", want.path, `the field: ${error.message}`);
  else assert.equal(error.where.path, want.path, `the field: ${error.message}`);
  assert.ok(error.message.startsWith(format.source) && error.detail.length > 0, `a message with the file and a reason: ${error.message}`);
  if (problem.line !== undefined) assert.equal(problem.line, error.where.line);
}

/** The whole file refused, nothing made up: each problem unreadable, naming only the file. */
function assertUnreadable(format: ReaderFormat, outcome: Outcome): void {
  assert.deepEqual(outcome.conversations, []);
  assert.ok(outcome.problems.length >= 1, "the file is reported");
  for (const problem of outcome.problems) assertProblem(format, problem, { codes: format.unreadable, line: undefined, path: undefined });
}

/** The damaged part refused with its reason, every other part as if it had not been there. */
async function assertDamage(format: ReaderFormat, damage: Damage, damaged: unknown): Promise<void> {
  const outcome = await readModel(format, damaged);
  const line = format.layout === "lines" && damage.unit ? Number(damage.unit[0]) + 1 : undefined;
  if (damage.unit) {
    const without = format.model(chatsFor(format));
    removeAt(without, damage.unit);
    const kept = await readModel(format, without);
    assert.deepEqual(kept.problems, []);
    assert.ok(kept.conversations.length > 0);
    assert.deepEqual(outcome.conversations, kept.conversations, "every good part beside the bad one comes back");
    assert.equal(outcome.problems.length, 1, "one reject");
  } else {
    assert.deepEqual(outcome.conversations, []);
    assert.ok(outcome.problems.length >= 1, "the file is reported");
  }
  for (const problem of outcome.problems) assertProblem(format, problem, { codes: [damage.code], line, path: damage.path });
  if (line !== undefined) {
    const text = new TextDecoder().decode(format.write([(damaged as unknown[])[line - 1]], "\n"));
    assert.equal(outcome.problems[0].raw, text, "the refused line is kept as it was");
  }
}

function damagedModel(format: ReaderFormat, damage: Damage, edit: (model: unknown, path: JsonPath) => unknown): unknown {
  let model = format.model(chatsFor(format));
  for (const path of damage.at) model = edit(model, path) ?? model;
  return model;
}

const GARBAGE = new Uint8Array([0x00, 0xff, 0xfe, ...encoder.encode("garbage, not JSON {{{ ]]] \u0007 \u00e9"), 0xc3, 0x28, 0x89, 0x50, 0x4e, 0x47]);

export function assertNotPolluted(): void {
  assert.equal(({} as Record<string, unknown>).polluted, undefined, "Object.prototype was not polluted");
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted"), false);
}

/** Reads the chats written with `transform` applied to the file's text, expecting them back untouched. */
async function assertSameAfter(format: ReaderFormat, transform: (text: string) => string, eol = "\n"): Promise<void> {
  const chats = chatsFor(format);
  const text = new TextDecoder().decode(format.write(format.model(chats), eol));
  const outcome = await readBytes(format, encoder.encode(transform(text)));
  assert.deepEqual(outcome.problems, []);
  assert.deepEqual(outcome.conversations, expected(format, chats));
}

export const CASES: Record<Exclude<CaseName, "past the reader's limit">, (format: ReaderFormat) => Promise<void>> = {
  async "good input"(format) {
    const chats = chatsFor(format);
    const bytes = format.write(format.model(chats), "\n");
    const outcome = await readBytes(format, bytes);
    assert.deepEqual(outcome.problems, []);
    assert.deepEqual(outcome.conversations, expected(format, chats));
    if (format.formatId) {
      assert.equal(await detectDocumentFormat(memoryDocument(format.source, bytes), DEFAULT_MAX_FILE_BYTES), format.formatId, "detected by content");
      if (outcome.format !== undefined) assert.equal(outcome.format, format.formatId);
    }
  },

  async "not JSON: garbage bytes"(format) {
    assertUnreadable(format, await readBytes(format, GARBAGE));
    if (format.container) {
      assertUnreadable(format, await readBytes(format, format.container(encodeBase64Utf8(new TextDecoder().decode(GARBAGE)))));
      assertUnreadable(format, await readBytes(format, format.container("not base64 at all!")));
    }
  },

  async "not JSON: a garbage line beside good lines"(format) {
    const chats = chatsFor(format);
    const [first, ...rest] = new TextDecoder().decode(format.write(format.model(chats), "\n")).split("\n");
    const bytes = new Uint8Array([...encoder.encode(`${first}\n`), ...GARBAGE, ...encoder.encode(`\n${rest.join("\n")}`)]);
    const outcome = await readBytes(format, bytes);
    assert.deepEqual(outcome.conversations, expected(format, chats), "every good line comes back");
    assert.equal(outcome.problems.length, 1);
    assertProblem(format, outcome.problems[0], { codes: BAD_LINE, line: 2, path: undefined });
    assert.equal(outcome.problems[0].raw, new TextDecoder().decode(GARBAGE), "the refused line is kept");
  },

  async truncated(format) {
    const model = format.model(chatsFor(format));
    const bytes = format.write(model, "\n");
    if (format.layout !== "lines") {
      assertUnreadable(format, await readBytes(format, bytes.subarray(0, bytes.length >> 1)));
      return;
    }
    const lineCount = (model as unknown[]).length;
    const lastStart = bytes.lastIndexOf(0x0a) + 1;
    const outcome = await readBytes(format, bytes.subarray(0, lastStart + ((bytes.length - lastStart) >> 1)));
    removeAt(model, [lineCount - 1]);
    assert.deepEqual(outcome.conversations, (await readModel(format, model)).conversations, "the lines before the cut come back");
    assert.equal(outcome.problems.length, 1);
    assertProblem(format, outcome.problems[0], { codes: BAD_LINE, line: lineCount, path: undefined });
  },

  async "wrong top-level type"(format) {
    await assertDamage(format, format.topLevel, damagedModel(format, format.topLevel, wrapAt));
  },

  async "a required field missing"(format) {
    await assertDamage(format, format.missing, damagedModel(format, format.missing, (model, path) => removeAt(model, path)));
  },

  async "a field of the wrong type"(format) {
    const { wrongType } = format;
    await assertDamage(format, wrongType, damagedModel(format, wrongType, (model, path) => setAt(model, path, wrongType.value)));
  },

  async "an empty file"(format) {
    assertUnreadable(format, await readBytes(format, new Uint8Array(0)));
  },

  async "a BOM"(format) {
    await assertSameAfter(format, (text) => `\ufeff${text}`);
  },

  async "CRLF line endings"(format) {
    await assertSameAfter(format, (text) => {
      assert.ok(text.includes("\r\n"), "the file has CRLF line endings");
      return text;
    }, "\r\n");
  },

  async "a whitespace-only line"(format) {
    await assertSameAfter(format, (text) => {
      const at = text.indexOf("\n");
      assert.ok(at > 0, "the file has lines");
      return `${text.slice(0, at)}\n \t \t${text.slice(at)}\n  \t`;
    });
  },

  async "a message of several MB"(format) {
    const chats = chatsFor(format, HUGE_CHAT);
    const outcome = await readModel(format, format.model(chats));
    assert.deepEqual(outcome.problems, []);
    assert.equal(outcome.conversations.length, chats.length);
    assert.ok(outcome.conversations[0].turns[0].message === (format.textAsRead?.(HUGE_MESSAGE) ?? HUGE_MESSAGE), "the long message comes back whole");
    assert.deepEqual(outcome.conversations, expected(format, chats));
  },

  async "hostile text"(format) {
    const chats = chatsFor(format, HOSTILE_CHAT);
    const outcome = await readModel(format, format.model(chats));
    assert.deepEqual(outcome.problems, []);
    assert.deepEqual(outcome.conversations, expected(format, chats), "read as data, character for character");
    assertNotPolluted();
  },

  async "hostile structure: deep nesting, __proto__ keys"(format) {
    const chats = chatsFor(format);
    const model = format.model(chats);
    for (const [key, value] of hostileKeys()) setAt(model, [...format.extra, key], value);
    const outcome = await readModel(format, model);
    assert.deepEqual(outcome.problems, []);
    assert.deepEqual(outcome.conversations, expected(format, chats));
    assertNotPolluted();
    assert.equal(foreignPrototype(outcome.values), null, "no object read takes its prototype from the input");
    if (format.keepsUnknownKeys) assert.ok(holdsOwnKey(outcome.values, "__proto__"), "a `__proto__` key is kept as the data it is");
  },

  async "deep nesting in a refused part"(format) {
    // What is refused is kept for the rejects file: keeping it must not overflow the stack.
    const { missing } = format;
    const model = damagedModel(format, missing, (damaged, path) => removeAt(damaged, path));
    setAt(model, [...(missing.unit ?? []), "deep"], DEEP_MARKER);
    await assertDamage(format, missing, model);
  },
};
