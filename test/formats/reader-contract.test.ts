/**
 * One contract for every reader: the same cases (good input, each malformed shape, huge input,
 * hostile text) run over every format in READERS. A format gets the whole suite by adding one
 * entry there: how a small neutral conversation is written in it, the entry point that reads it,
 * and where its fields are. A case that cannot apply to a format is named in the entry's
 * `notApplicable` with the reason, and shows as skipped.
 *
 * The contract: a good file gives back its conversations (messages and speakers); a bad file, line
 * or record gives a PippaError whose code and `where` (file, line where the format has lines, JSON
 * path where a field is at fault) say what is wrong, and every good record beside it still comes
 * back; input past a reader's limit is refused without being held whole; hostile text is read as
 * data, and nothing but a PippaError is ever thrown.
 */
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { FORMATS, type FormatId } from "../../src/formats/import-format-ids.js";
import { stringifyPython } from "../../src/formats/pippa/python-json.js";
import { ERROR_CODES } from "../../src/model/errors.js";
import type { JsonPath } from "../helpers/contract-inputs.js";
import { CASE_NAMES, CASES, assertNotPolluted, FILE_PAST_LIMIT, LINE_PAST_LIMIT, TEXT_CHUNK_PAST_LIMIT, type CaseName, type ReaderFormat } from "../helpers/contract-cases.js";
import {
  caiDump,
  caiTurns,
  cardPng,
  cardPygmalion,
  cardV1,
  cardV2,
  cardV3,
  jsonDocument,
  jsonLines,
  oobaChat,
  parquetRows,
  pippaRecordOf,
  pngWithText,
  sillyTavernLines,
  throughCardReader,
  throughImport,
  throughParquetReader,
  type Chat,
} from "../helpers/contract-formats.js";

const NO_LINES_PNG = "a PNG has no lines or line endings: its card is base64 inside a chunk";
const NO_LINES_PARQUET = "Parquet is binary and columnar: no lines, no line endings, no BOM";
const ONE_DOCUMENT = "one JSON document: a syntax error anywhere leaves nothing to keep (the garbage and truncated cases cover it)";
const PARQUET_OUTSIDE_IMPORT =
  "readPippaParquet reads a file its caller already holds (pippa's own output) and is not a `pippa import` format: it has no line and no size limit of its own";

const cardDamage = (missing: string, wrong: [string[], unknown]): Pick<ReaderFormat, "missing" | "wrongType" | "topLevel"> => ({
  missing: { at: [missing.split(".")], unit: null, code: ERROR_CODES.card, path: missing },
  wrongType: { at: [wrong[0]], value: wrong[1], unit: null, code: ERROR_CODES.card, path: wrong[0].join(".") },
  topLevel: { at: [[]], unit: null, code: ERROR_CODES.card, path: undefined },
});

const cardJson = (name: string, model: (chat: Chat) => unknown, damage: Pick<ReaderFormat, "missing" | "wrongType" | "topLevel">, extra: JsonPath): ReaderFormat => ({
  name,
  formatId: "card-json",
  entry: "readCardDocument (pippa import --card; cards in a batch)",
  read: throughCardReader,
  source: "Mira.json",
  layout: "json",
  write: jsonDocument,
  holds: "one",
  model: ([chat]) => model(chat),
  unreadable: [ERROR_CODES.card],
  ...damage,
  extra,
  keepsUnknownKeys: true,
  limits: [FILE_PAST_LIMIT],
  notApplicable: { "not JSON: a garbage line beside good lines": ONE_DOCUMENT },
});

const cardInPng = (name: string, keyword: "chara" | "ccv3", model: (chat: Chat) => unknown, damage: Pick<ReaderFormat, "missing" | "wrongType" | "topLevel">, extra: JsonPath): ReaderFormat => ({
  name,
  formatId: "card-png",
  entry: "readCardDocument (pippa import --card; cards in a batch)",
  read: throughCardReader,
  source: "Mira.png",
  layout: "png",
  write: cardPng(keyword),
  holds: "one",
  model: ([chat]) => model(chat),
  unreadable: [ERROR_CODES.card, ERROR_CODES.png],
  ...damage,
  extra,
  keepsUnknownKeys: true,
  container: (text) => pngWithText(keyword, text),
  limits: [FILE_PAST_LIMIT, TEXT_CHUNK_PAST_LIMIT],
  notApplicable: {
    "not JSON: a garbage line beside good lines": NO_LINES_PNG,
    "a BOM": "a PNG starts with its 8-byte signature; bytes before it make it no PNG (the garbage case)",
    "CRLF line endings": NO_LINES_PNG,
    "a whitespace-only line": NO_LINES_PNG,
  },
});

/** One entry per format: how a neutral conversation is written in it, what reads it, where its fields are. */
const READERS: ReaderFormat[] = [
  {
    name: "pippa-jsonl",
    formatId: "pippa-jsonl",
    entry: "importDocuments --from pippa (readPippaJsonl, streamed)",
    read: throughImport("pippa"),
    source: "chats.jsonl",
    layout: "lines",
    write: jsonLines(JSON.stringify),
    holds: "many",
    model: (chats) => chats.map(pippaRecordOf),
    unreadable: [ERROR_CODES.format],
    missing: { at: [[1, "bot_id"]], unit: [1], code: ERROR_CODES.field, path: "bot_id" },
    wrongType: { at: [[1, "conversation", 1, "is_human"]], value: "yes", unit: [1], code: ERROR_CODES.field, path: "conversation[1].is_human" },
    topLevel: { at: [[1]], unit: [1], code: ERROR_CODES.field, path: "(record)" },
    extra: [1],
    keepsUnknownKeys: false,
    limits: [LINE_PAST_LIMIT],
    notApplicable: {},
  },
  {
    name: "python-json (episode lines as json.dumps writes them)",
    formatId: "pippa-jsonl",
    entry: "importDocuments --from pippa (readPippaJsonl with episodes, streamed)",
    read: throughImport("pippa"),
    source: "episodes.jsonl",
    layout: "lines",
    write: jsonLines(stringifyPython),
    holds: "many",
    model: (chats) =>
      chats.map((chat) => ({
        ...pippaRecordOf(chat),
        conversation: chat.turns.map((turn) => ({ message: turn.message, is_human: turn.human, ...(turn.human ? {} : { name: chat.bot }) })),
        meta: { note: "kept verbatim" },
      })),
    unreadable: [ERROR_CODES.format],
    missing: { at: [[1, "conversation"]], unit: [1], code: ERROR_CODES.field, path: "conversation" },
    wrongType: { at: [[1, "conversation", 0, "message"]], value: 42, unit: [1], code: ERROR_CODES.field, path: "conversation[0].message" },
    topLevel: { at: [[1]], unit: [1], code: ERROR_CODES.field, path: "(record)" },
    extra: [1, "meta"],
    keepsUnknownKeys: true,
    limits: [LINE_PAST_LIMIT],
    notApplicable: {},
  },
  {
    name: "sillytavern-chat",
    formatId: "sillytavern-chat",
    entry: "importDocuments --from sillytavern (readSillyTavernChat, read whole)",
    read: throughImport("sillytavern"),
    source: "Mira - 2023-5-12@21h32m.jsonl",
    layout: "lines",
    write: jsonLines(JSON.stringify),
    holds: "one",
    model: ([chat]) => sillyTavernLines(chat),
    unreadable: [ERROR_CODES.format],
    missing: { at: [[2, "mes"]], unit: [2], code: ERROR_CODES.field, path: "mes" },
    wrongType: { at: [[2, "is_user"]], value: "yes", unit: [2], code: ERROR_CODES.field, path: "is_user" },
    topLevel: { at: [[2]], unit: [2], code: ERROR_CODES.field, path: "(line)" },
    extra: [2],
    keepsUnknownKeys: true,
    // One file is one episode, read whole: its limit is the file's size, not a line's.
    limits: [FILE_PAST_LIMIT],
    notApplicable: {},
  },
  {
    name: "cai-dump (characterai-dumper / CAI Tools)",
    formatId: "cai-dump",
    entry: "importDocuments --from cai-dump (readCaiChatDump)",
    read: throughImport("cai-dump"),
    source: "mira-dump.json",
    layout: "json",
    write: jsonDocument,
    holds: "many",
    model: caiDump,
    unreadable: [ERROR_CODES.format],
    missing: { at: [["histories", "histories", 1, "msgs", 1, "text"]], unit: ["histories", "histories", 1], code: ERROR_CODES.field, path: "histories[1].msgs[1]" },
    wrongType: { at: [["histories", "histories", 1, "msgs", 0, "src", "is_human"]], value: "no", unit: ["histories", "histories", 1], code: ERROR_CODES.field, path: "histories[1].msgs[0]" },
    topLevel: { at: [[]], unit: null, code: ERROR_CODES.format, path: undefined },
    extra: ["histories", "histories", 0],
    keepsUnknownKeys: true,
    limits: [FILE_PAST_LIMIT],
    notApplicable: { "not JSON: a garbage line beside good lines": ONE_DOCUMENT },
  },
  {
    name: "cai-turns (Character.AI chat2 turns)",
    formatId: "cai-turns",
    entry: "importDocuments --from cai-tools (readCaiTurns)",
    read: throughImport("cai-tools"),
    source: "mira-turns.json",
    layout: "json",
    write: jsonDocument,
    holds: "one",
    model: ([chat]) => caiTurns(chat),
    unreadable: [ERROR_CODES.format],
    missing: { at: [["turns", 1, "candidates"]], unit: ["turns", 1], code: ERROR_CODES.field, path: "turns[1]" },
    wrongType: { at: [["turns", 1, "candidates", 0, "raw_content"]], value: 7, unit: ["turns", 1], code: ERROR_CODES.field, path: "turns[1]" },
    topLevel: { at: [[]], unit: null, code: ERROR_CODES.format, path: undefined },
    extra: ["turns", 0],
    keepsUnknownKeys: false,
    limits: [FILE_PAST_LIMIT],
    notApplicable: { "not JSON: a garbage line beside good lines": ONE_DOCUMENT },
  },
  {
    name: "ooba (text-generation-webui history)",
    formatId: "ooba",
    entry: "importDocuments --from ooba (readOobaChat)",
    read: throughImport("ooba"),
    source: "Mira_oobabooga_Chat.json",
    layout: "json",
    write: jsonDocument,
    holds: "one",
    model: ([chat]) => oobaChat(chat),
    unreadable: [ERROR_CODES.format],
    // `internal` and its escaped copy `visible` both damaged: the reader falls back from one to the other.
    missing: { at: [["internal", 1, 1], ["visible", 1, 1]], unit: null, code: ERROR_CODES.field, path: "internal" },
    wrongType: { at: [["internal", 1, 0], ["visible", 1, 0]], value: 5, unit: null, code: ERROR_CODES.field, path: "internal" },
    topLevel: { at: [[]], unit: null, code: ERROR_CODES.format, path: undefined },
    extra: [],
    keepsUnknownKeys: false,
    limits: [FILE_PAST_LIMIT],
    notApplicable: { "not JSON: a garbage line beside good lines": ONE_DOCUMENT },
  },
  cardJson("card-v1-json (TavernAI)", cardV1, cardDamage("name", [["first_mes"], 5]), []),
  cardJson("card-pygmalion-json (Pygmalion / Gradio)", cardPygmalion, cardDamage("char_name", [["char_greeting"], ["Hello"]]), []),
  cardJson("card-v2-json (chara_card_v2)", cardV2, cardDamage("data", [["data", "tags"], "Anime"]), ["data", "extensions"]),
  cardJson("card-v3-json (chara_card_v3)", cardV3, cardDamage("data", [["data", "group_only_greetings"], "Hello"]), ["data"]),
  cardInPng("card-v2-png (chara chunk)", "chara", cardV2, cardDamage("data", [["data", "tags"], "Anime"]), ["data", "extensions"]),
  cardInPng("card-v3-png (ccv3 chunk)", "ccv3", cardV3, cardDamage("data", [["data", "alternate_greetings"], [1, 2]]), ["data"]),
  {
    name: "parquet (PIPPA columns)",
    formatId: null,
    entry: "readPippaParquet",
    read: throughParquetReader,
    source: "pippa.parquet",
    layout: "parquet",
    write: parquetRows,
    holds: "many",
    model: (chats) => chats.map(pippaRecordOf),
    unreadable: [ERROR_CODES.format],
    // A Parquet row cannot lack a column its file has: a missing field is a null.
    missing: { at: [[1, "bot_id"]], unit: [1], code: ERROR_CODES.field, path: "rows[1].bot_id" },
    // A column has one type for every row: each row is refused.
    wrongType: { at: [[0, "bot_name"], [1, "bot_name"], [2, "bot_name"]], value: 42, unit: null, code: ERROR_CODES.field, path: /^rows\[\d\]\.bot_name$/ },
    topLevel: { at: [], unit: null, code: ERROR_CODES.format, path: undefined },
    extra: [],
    keepsUnknownKeys: false,
    limits: [],
    textAsRead: (text) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"),
    notApplicable: {
      "not JSON: a garbage line beside good lines": NO_LINES_PARQUET,
      "wrong top-level type": "no JSON top level: a file's columns are its shape (a column missing or of another type is the field cases)",
      "a BOM": NO_LINES_PARQUET,
      "CRLF line endings": NO_LINES_PARQUET,
      "a whitespace-only line": NO_LINES_PARQUET,
      "past the reader's limit": PARQUET_OUTSIDE_IMPORT,
      "hostile structure: deep nesting, __proto__ keys": "rows hold only PIPPA's typed columns: no place for nesting or unknown keys",
      "deep nesting in a refused part": "rows hold only PIPPA's typed columns: no place for nesting or unknown keys",
    },
  },
];

/** `pippa import` formats without a line above, and why. */
const NOT_IN_TABLE: Partial<Record<FormatId, string>> = {
  "cai-definitions": "completes chat dumps of the same bot and holds no conversation of its own",
  "sillytavern-worldinfo": "a lorebook holds no conversation: import refuses it whole",
};

// ---------------------------------------------------------------------------------------------

describe("reader contract", () => {
  after(assertNotPolluted);

  it("has a line for every format `pippa import` reads, or says why not", () => {
    for (const id of FORMATS) assert.ok(READERS.some((format) => format.formatId === id) || NOT_IN_TABLE[id], `${id}: no line in READERS and no reason in NOT_IN_TABLE`);
    for (const format of READERS) {
      for (const [name, reason] of Object.entries(format.notApplicable)) assert.ok(CASE_NAMES.includes(name as CaseName) && reason.length > 20, `${format.name}: ${name}: a case, and why it does not apply`);
      assert.ok(format.limits.length > 0 || format.notApplicable["past the reader's limit"], `${format.name}: name its limits, or say why it has none`);
    }
  });

  for (const format of READERS) {
    describe(`${format.name} via ${format.entry}`, () => {
      for (const name of CASE_NAMES) {
        const reason = format.notApplicable[name];
        if (name === "past the reader's limit") {
          if (reason) it(name, { skip: reason }, () => {});
          for (const limit of format.limits) it(`${name}: ${limit.name}`, () => limit.run(format));
          continue;
        }
        if (reason) it(name, { skip: reason }, () => {});
        else it(name, () => CASES[name](format));
      }
    });
  }
});
