/**
 * PIPPA records as Parquet, the way Hugging Face datasets hold them: one row per conversation,
 * `categories` a nullable list of strings, `conversation` a list of {message, is_human} structs.
 * Rows are written in row groups of a bounded size (16 MiB of text by default: less is held in
 * memory while a group is encoded, and readers can page through the file); reading gives back
 * the same records. The file's metadata declares its Hugging Face features (see parquet-features.ts).
 */
import { ByteWriter, ParquetWriter, type Writer } from "hyparquet-writer";
import { writeBlooms } from "hyparquet-writer/src/bloom.js";
import { writeIndexes } from "hyparquet-writer/src/indexes.js";
import { writeMetadata } from "hyparquet-writer/src/metadata.js";
import { parquetReadObjects, type AsyncBuffer, type RowGroup, type SchemaElement } from "hyparquet";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { PIPPA_KEYS, type PippaRecord } from "../../model/pippa-record.js";
import { describeProblems, validatePippaRecord } from "../../model/validate.js";
import { ConversationColumn } from "./parquet-conversation.js";
import { huggingfaceMetadata } from "./parquet-features.js";
import { publishedConversation } from "../pippa/published-line.js";
import type { FormatReject } from "../read-outcome.js";
import { snappyCompress } from "./snappy.js";

const STRING = { type: "BYTE_ARRAY", converted_type: "UTF8" } as const;

export const PIPPA_PARQUET_SCHEMA: SchemaElement[] = [
  { name: "schema", num_children: 8 },
  // Epoch milliseconds as a UTC timestamp, so readers show a time, not a number.
  { name: "submission_timestamp", type: "INT64", repetition_type: "REQUIRED", converted_type: "TIMESTAMP_MILLIS", logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" } },
  { name: "categories", repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 },
  { name: "list", repetition_type: "REPEATED", num_children: 1 },
  { name: "element", ...STRING, repetition_type: "REQUIRED" },
  { name: "bot_id", ...STRING, repetition_type: "REQUIRED" },
  { name: "bot_name", ...STRING, repetition_type: "REQUIRED" },
  { name: "bot_greeting", ...STRING, repetition_type: "REQUIRED" },
  { name: "bot_definitions", ...STRING, repetition_type: "OPTIONAL" },
  { name: "bot_description", ...STRING, repetition_type: "OPTIONAL" },
  { name: "conversation", repetition_type: "REQUIRED", converted_type: "LIST", num_children: 1 },
  { name: "list", repetition_type: "REPEATED", num_children: 1 },
  { name: "element", repetition_type: "REQUIRED", num_children: 2 },
  { name: "message", ...STRING, repetition_type: "REQUIRED" },
  { name: "is_human", type: "BOOLEAN", repetition_type: "REQUIRED" },
];

export interface ParquetOptions {
  /** Text per row group before it is written [16 MiB]; a row group never exceeds 128 MB. */
  rowGroupBytes?: number;
  /** Written into the file's metadata. */
  createdBy?: string;
}

/** Text per row group before it is written. */
export const DEFAULT_ROW_GROUP_BYTES = 16 * 1024 * 1024;

/**
 * Long free text: min/max statistics of prose help no reader skip anything, and greetings and
 * persona texts repeat per bot, so the dictionary stays (the writer falls back when it does not pay).
 */
const LONG_TEXT = { statistics: false } as const;

/** A row group's page indexes, written after every row group (each holds its column chunk). */
type PageIndexes = ParquetWriter["pendingIndexes"][number];

/**
 * One row group encoded on its own, so that row groups can be encoded on several threads: its
 * bytes, and its metadata with file offsets counted as if the bytes began right after the file's
 * leading magic number. `ParquetAssembler` moves the offsets to where the bytes land.
 */
export interface EncodedRowGroup {
  bytes: Uint8Array;
  rowGroup: RowGroup;
  indexes: PageIndexes[];
}

const MAGIC = 0x31524150; // "PAR1"
const CODEC = "SNAPPY";

/** The fields of a record other than its conversation, as the general writer takes them. */
type RecordHead = Omit<PippaRecord, "conversation">;

/**
 * Rows as one row group: the heads through the general writer, then the conversation column
 * (already built, row for row) after them, the last columns of the schema.
 */
function encodeGroup(heads: readonly RecordHead[], conversation: ConversationColumn, sizeHint: number): EncodedRowGroup {
  if (heads.length !== conversation.rows) throw new Error(`${heads.length} rows and ${conversation.rows} conversations`);
  // Sized up front: growing the buffer by doubling copies it over and over.
  const writer = new ByteWriter(sizeHint);
  const parquet = new ParquetWriter({ writer, schema: PIPPA_PARQUET_SCHEMA, codec: CODEC, compressors: { [CODEC]: snappyCompress } });
  parquet.write({
    rowGroupSize: heads.length,
    columnData: [
      { name: "submission_timestamp", data: heads.map((row) => BigInt(row.submission_timestamp)) },
      { name: "categories", data: heads.map((row) => row.categories) },
      { name: "bot_id", data: heads.map((row) => row.bot_id) },
      { name: "bot_name", data: heads.map((row) => row.bot_name) },
      { name: "bot_greeting", data: heads.map((row) => row.bot_greeting), ...LONG_TEXT },
      { name: "bot_definitions", data: heads.map((row) => row.bot_definitions), ...LONG_TEXT },
      { name: "bot_description", data: heads.map((row) => row.bot_description), ...LONG_TEXT },
    ],
  });
  const rowGroup = parquet.row_groups[0];
  const written = conversation.write(writer, CODEC, snappyCompress);
  for (const column of written) {
    rowGroup.columns.push(column.chunk);
    rowGroup.total_byte_size += column.chunk.meta_data!.total_uncompressed_size;
    parquet.pendingIndexes.push(column);
  }
  rowGroup.total_compressed_size = BigInt(writer.offset - 4);
  return { bytes: writer.getBytes().subarray(4), rowGroup, indexes: parquet.pendingIndexes };
}

/** The records as one row group (pure; nothing is written anywhere). */
export function encodeRowGroup(rows: readonly PippaRecord[], sizeHint = 1 << 20): EncodedRowGroup {
  const conversation = new ConversationColumn(sizeHint);
  for (const row of rows) {
    conversation.beginRow();
    conversation.addMessages(row.conversation);
    conversation.endRow();
  }
  return encodeGroup(rows, conversation, sizeHint);
}

const decoder = new TextDecoder();

/**
 * Records given as JSONL lines (no newline) as one row group, the same bytes `encodeRowGroup`
 * gives for the records they hold. A line in published form (every line pippa writes) has its
 * messages unescaped straight into the column and only the rest parsed; any other is parsed whole.
 */
export function encodeLinesRowGroup(lines: readonly Uint8Array[], sizeHint = 1 << 20): EncodedRowGroup {
  const conversation = new ConversationColumn(sizeHint);
  const heads: RecordHead[] = [];
  for (const line of lines) {
    conversation.beginRow();
    // Messages go into the column as the line is checked, in one pass; a line found not to be in
    // published form is taken back and parsed whole.
    const at = publishedConversation(line, conversation);
    if (at >= 0) heads.push(JSON.parse(`${decoder.decode(line.subarray(0, at))}}`) as RecordHead);
    else {
      conversation.abortRow();
      const record = JSON.parse(decoder.decode(line)) as PippaRecord;
      conversation.addMessages(record.conversation);
      heads.push(record);
    }
    conversation.endRow();
  }
  return encodeGroup(heads, conversation, sizeHint);
}

/** Joins encoded row groups, in the order given, into one Parquet file. `finish` closes it. */
export class ParquetAssembler {
  private readonly rowGroups: RowGroup[] = [];
  private readonly indexes: PageIndexes[] = [];
  private rows = 0n;

  constructor(
    private readonly writer: Writer,
    private readonly createdBy = "pippa",
  ) {
    writer.appendUint32(MAGIC);
  }

  get rowCount(): number {
    return Number(this.rows);
  }

  get rowGroupCount(): number {
    return this.rowGroups.length;
  }

  add(group: EncodedRowGroup): void {
    const shift = BigInt(this.writer.offset - 4);
    for (const column of group.rowGroup.columns) {
      if (column.file_offset !== undefined) column.file_offset += shift;
      const meta = column.meta_data;
      if (meta) {
        meta.data_page_offset += shift;
        if (meta.dictionary_page_offset !== undefined) meta.dictionary_page_offset += shift;
        if (meta.index_page_offset !== undefined) meta.index_page_offset += shift;
      }
    }
    for (const index of group.indexes) for (const page of index.offsetIndex?.page_locations ?? []) page.offset += shift;
    this.writer.appendBytes(group.bytes);
    this.rowGroups.push(group.rowGroup);
    this.indexes.push(...group.indexes);
    this.rows += group.rowGroup.num_rows;
  }

  finish(): void {
    // The page indexes and bloom filters follow the row groups, then the footer (as one writer would).
    writeIndexes(this.writer, this.indexes);
    writeBlooms(this.writer, this.indexes);
    writeMetadata(this.writer, {
      version: 2,
      created_by: this.createdBy,
      schema: PIPPA_PARQUET_SCHEMA,
      num_rows: this.rows,
      row_groups: this.rowGroups,
      key_value_metadata: [huggingfaceMetadata()],
      metadata_length: 0,
    });
    this.writer.appendUint32(MAGIC);
    this.writer.finish();
  }
}

/** Writes records as they come, one row group at a time. `finish` closes the file. */
export class PippaParquetWriter {
  private readonly assembler: ParquetAssembler;
  private readonly rowGroupBytes: number;
  private rows: PippaRecord[] = [];
  private bytes = 0;

  constructor(writer: Writer, options: ParquetOptions = {}) {
    this.rowGroupBytes = options.rowGroupBytes ?? DEFAULT_ROW_GROUP_BYTES;
    this.assembler = new ParquetAssembler(writer, options.createdBy);
  }

  get rowCount(): number {
    return this.assembler.rowCount + this.rows.length;
  }

  get rowGroups(): number {
    return this.assembler.rowGroupCount;
  }

  add(record: PippaRecord): void {
    this.rows.push(record);
    this.bytes += record.bot_greeting.length + (record.bot_definitions?.length ?? 0) + (record.bot_description?.length ?? 0) + 200;
    for (const turn of record.conversation) this.bytes += turn.message.length + 8;
    if (this.bytes >= this.rowGroupBytes) this.flush();
  }

  finish(): void {
    this.flush();
    this.assembler.finish();
  }

  private flush(): void {
    if (this.rows.length === 0) return;
    this.assembler.add(encodeRowGroup(this.rows, this.bytes));
    this.rows = [];
    this.bytes = 0;
  }
}

export interface ReadParquetOptions {
  /** File name for error messages. */
  source?: string;
  /** Told of each row that is not a PIPPA record, which is left out; without it, the first such row throws. */
  onReject?: (reject: FormatReject) => void;
}

/**
 * Reads PIPPA records back from a Parquet file (as written above, or by Hugging Face). Each row is
 * checked as a PIPPA line is, so a column missing or of another type, or a null where PIPPA needs
 * a value, is refused naming the row and field (`rows[3].bot_id`) instead of passing on or
 * failing with a TypeError. Bytes that are not Parquet throw PIPPA_E_FORMAT.
 */
export async function readPippaParquet(file: AsyncBuffer, options: ReadParquetOptions = {}): Promise<PippaRecord[]> {
  const { source, onReject } = options;
  let rows: Record<string, unknown>[];
  try {
    // Timestamps as the stored integers: a Date would lose the ones past its range.
    rows = (await parquetReadObjects({ file, parsers: { timestampFromMilliseconds: (millis: bigint) => millis } })) as Record<string, unknown>[];
  } catch (cause) {
    throw new PippaError(ERROR_CODES.format, `not a readable Parquet file (${(cause as Error).message})`, { source });
  }
  const records: PippaRecord[] = [];
  rows.forEach((row, index) => {
    const result = validatePippaRecord(rowAsLine(row));
    if (result.ok) {
      records.push(result.record);
      return;
    }
    const error = new PippaError(ERROR_CODES.field, describeProblems(result.problems), { source, path: `rows[${index}].${result.problems[0].path}` });
    if (!onReject) throw error;
    onReject({ error, raw: JSON.stringify(row, (_, value) => (typeof value === "bigint" ? value.toString() : value)) });
  });
  return records;
}

/** A row as the JSON of a PIPPA line: integer timestamps as digits (exact past 2^53), absent values null. */
function rowAsLine(row: Record<string, unknown>): Record<string, unknown> {
  const line: Record<string, unknown> = {};
  for (const key of PIPPA_KEYS) line[key] = row[key] ?? null;
  if (typeof line.submission_timestamp === "bigint") line.submission_timestamp = line.submission_timestamp.toString();
  return line;
}
