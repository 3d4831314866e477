/**
 * The `conversation` column of a PIPPA row group (a list of {message, is_human} structs), built
 * row by row straight into its Parquet encoding: message values in PLAIN encoding (length, UTF-8
 * bytes) in one buffer, repetition and definition levels beside them, who spoke as bits. Messages
 * come as strings or as string literals of published lines (unescaped into place, never decoded
 * into strings), so a row group of lines needs no parse of its messages. The conversation is most
 * of a release's bytes; the other columns stay with the general writer.
 */
import type { ColumnChunk, CompressionCodec, OffsetIndex } from "hyparquet";
import { ByteWriter, type Writer } from "hyparquet-writer";
import { writePageHeader } from "hyparquet-writer/src/datapage.js";
import { writeRleBitPackedHybrid } from "hyparquet-writer/src/encoding.js";
import { NumberList } from "../../base/growable.js";
import { literalOut, writeLiteral, type TurnSink } from "../pippa/published-line.js";

export type Compressor = (input: Uint8Array) => Uint8Array;

/** One column chunk as the general writer reports it: the chunk, and its page offsets when it has several pages. */
export interface WrittenColumn {
  chunk: ColumnChunk;
  offsetIndex?: OffsetIndex;
}

const encoder = new TextEncoder();

export class ConversationColumn implements TurnSink {
  /** PLAIN-encoded messages: each a 4-byte little-endian length, then its UTF-8 bytes. */
  private readonly values: NumberList<Uint8Array>;
  private readonly repetition = new NumberList(new Uint8Array(4096));
  private readonly definition = new NumberList(new Uint8Array(4096));
  private readonly humans = new NumberList(new Uint8Array(4096));
  /** Per row: the level and the value byte where it starts. */
  private readonly rowLevels: number[] = [];
  private readonly rowValues: number[] = [];
  /** Who spoke, counted where the open row starts (for `abortRow`). */
  private rowHumans = 0;
  private rowOpen = false;
  private rowMessages = 0;
  /** Rows with an empty conversation (a null at the message level). */
  private emptyRows = 0;

  constructor(sizeHint = 1 << 20) {
    this.values = new NumberList(new Uint8Array(sizeHint));
  }

  get rows(): number {
    return this.rowLevels.length;
  }

  beginRow(): void {
    if (this.rowOpen) throw new Error("beginRow: the previous row is still open");
    this.rowOpen = true;
    this.rowMessages = 0;
    this.rowLevels.push(this.repetition.length);
    this.rowValues.push(this.values.length);
    this.rowHumans = this.humans.length;
  }

  /** Forgets what the open row has taken so far (it stays open, empty). */
  abortRow(): void {
    if (!this.rowOpen) throw new Error("abortRow: no row is open");
    this.repetition.length = this.definition.length = this.rowLevels[this.rowLevels.length - 1];
    this.values.length = this.rowValues[this.rowValues.length - 1];
    this.humans.length = this.rowHumans;
    this.rowMessages = 0;
  }

  /** The open row's messages, given as text. */
  addMessages(turns: readonly { message: string; is_human: boolean }[]): void {
    for (const turn of turns) this.addMessage(turn.message, turn.is_human);
  }

  /** A message given as text. */
  addMessage(text: string, isHuman: boolean): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const at = this.startValue(text.length * 3);
    const { written } = encoder.encodeInto(text, this.values.data.subarray(at + 4));
    this.endValue(at, written);
    this.speaker(isHuman);
  }

  /**
   * A message given as the string literal of a published line at `start` (its opening quote),
   * unescaped into place as it is checked (see `publishedConversation`); returns the index after
   * the literal, or -1 (the caller then aborts the row).
   */
  message(bytes: Uint8Array, start: number): number {
    // The literal is no longer than the rest of the line, nor its text in UTF-8.
    const at = this.startValue(bytes.length - start);
    const end = writeLiteral(bytes, start, this.values.data, at + 4);
    if (end >= 0) this.endValue(at, literalOut.written);
    return end;
  }

  /** Who wrote the message just added. */
  speaker(isHuman: boolean): void {
    this.humans.push(isHuman ? 1 : 0);
  }

  endRow(): void {
    if (!this.rowOpen) throw new Error("endRow: no row is open");
    this.rowOpen = false;
    if (this.rowMessages > 0) return;
    // An empty list: one level pair, no value.
    this.repetition.push(0);
    this.definition.push(0);
    this.emptyRows++;
  }

  /**
   * Writes the `message` and `is_human` column chunks at the writer's offset. Message pages close
   * at the first row end past `pageSize` bytes of values (a page holds whole rows).
   */
  write(writer: Writer, codec: CompressionCodec, compress: Compressor | null, pageSize = 1 << 20): [WrittenColumn, WrittenColumn] {
    if (this.rowOpen || this.rows === 0) throw new Error("write: a row is still open, or there is none");
    const rows = this.rows;
    const levels = this.repetition.length;
    const levelAt = (row: number) => (row === rows ? levels : this.rowLevels[row]);
    const valueAt = (row: number) => (row === rows ? this.values.length : this.rowValues[row]);

    const messageStart = writer.offset;
    let uncompressed = 0;
    const pages: OffsetIndex["page_locations"] = [];
    for (let first = 0; first < rows; ) {
      let next = first + 1;
      while (next < rows && valueAt(next) - valueAt(first) < pageSize) next++;
      const offset = writer.offset;
      uncompressed += this.writePage(writer, first, next, levelAt, compress, this.values.data.subarray(valueAt(first), valueAt(next)), "PLAIN");
      pages.push({ offset: BigInt(offset), compressed_page_size: writer.offset - offset, first_row_index: BigInt(first) });
      first = next;
    }
    const message = this.chunk(["message"], "BYTE_ARRAY", "PLAIN", codec, messageStart, writer.offset, uncompressed);

    // Who spoke: one page, the bits run-length encoded behind their byte length.
    const humanStart = writer.offset;
    const bits = new ByteWriter(Math.max(64, this.humans.length >> 2));
    writeRleBitPackedHybrid(bits, this.humans.view, 1);
    const data = new Uint8Array(bits.offset + 4);
    new DataView(data.buffer).setUint32(0, bits.offset, true);
    data.set(bits.getBytes(), 4);
    const humanBytes = this.writePage(writer, 0, rows, levelAt, compress, data, "RLE");
    const isHuman = this.chunk(["is_human"], "BOOLEAN", "RLE", codec, humanStart, writer.offset, humanBytes);
    return [pages.length > 1 ? { chunk: message, offsetIndex: { page_locations: pages } } : { chunk: message }, { chunk: isHuman }];
  }

  /** One data page (v2) of rows `[first, next)`; returns its uncompressed size, header included. */
  private writePage(writer: Writer, first: number, next: number, levelAt: (row: number) => number, compress: Compressor | null, data: Uint8Array, encoding: "PLAIN" | "RLE"): number {
    const from = levelAt(first);
    const to = levelAt(next);
    const levels = new ByteWriter(Math.max(64, (to - from) >> 1));
    const repetitionBytes = writeRleBitPackedHybrid(levels, this.repetition.data.subarray(from, to), 1);
    const definitionBytes = writeRleBitPackedHybrid(levels, this.definition.data.subarray(from, to), 1);
    let nulls = 0;
    if (this.emptyRows > 0) for (let level = from; level < to; level++) if (this.definition.data[level] === 0) nulls++;
    const stored = compress ? compress(data) : data;
    const headerStart = writer.offset;
    writePageHeader(writer, {
      type: "DATA_PAGE_V2",
      uncompressed_page_size: levels.offset + data.length,
      compressed_page_size: levels.offset + stored.length,
      data_page_header_v2: {
        num_values: to - from,
        num_nulls: nulls,
        num_rows: next - first,
        encoding,
        definition_levels_byte_length: definitionBytes,
        repetition_levels_byte_length: repetitionBytes,
        is_compressed: compress !== null,
      },
    });
    const headerBytes = writer.offset - headerStart;
    writer.appendBytes(levels.getBytes());
    writer.appendBytes(stored);
    return headerBytes + levels.offset + data.length;
  }

  private chunk(leaf: string[], type: "BYTE_ARRAY" | "BOOLEAN", encoding: "PLAIN" | "RLE", codec: CompressionCodec, start: number, end: number, uncompressed: number): ColumnChunk {
    return {
      meta_data: {
        type,
        encodings: [encoding],
        path_in_schema: ["conversation", "list", "element", ...leaf],
        codec,
        num_values: BigInt(this.repetition.length),
        total_compressed_size: BigInt(end - start),
        total_uncompressed_size: BigInt(uncompressed),
        data_page_offset: BigInt(start),
      },
      file_offset: BigInt(start),
    };
  }

  /** Opens a value with room for `maxBytes`; returns where its length goes. */
  private startValue(maxBytes: number): number {
    this.values.reserve(maxBytes + 4);
    const at = this.values.length;
    this.repetition.push(this.rowMessages === 0 ? 0 : 1);
    this.definition.push(1);
    this.rowMessages++;
    return at;
  }

  private endValue(at: number, written: number): void {
    const data = this.values.data;
    data[at] = written & 0xff;
    data[at + 1] = (written >>> 8) & 0xff;
    data[at + 2] = (written >>> 16) & 0xff;
    data[at + 3] = (written >>> 24) & 0xff;
    this.values.length = at + 4 + written;
  }
}
