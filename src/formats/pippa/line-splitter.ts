/**
 * Splits a byte stream into lines without copying: `\n` or `\r\n` ends, a UTF-8 BOM at the very
 * start dropped, a last line without a newline kept, and a cap on line length so a file with no
 * newlines cannot exhaust memory. Lines are handed to a sink as (buffer, start, end) views; only a
 * line that spans two chunks is copied, once.
 */

/** Receives lines; `end` excludes the line ending. Views are valid only during the call. */
export interface LineSink {
  line(bytes: Uint8Array, start: number, end: number, lineNumber: number): void;
  /** A line longer than the cap: only its first bytes are kept. */
  tooLong(lineNumber: number, head: Uint8Array, totalBytes: number): void;
  /**
   * Optional fast path: handle the line that starts at `start` in place, reading no further than
   * `limit`, and return the index of its terminating `\n`; or return -1 and the line arrives
   * through `line` as usual. Saves a separate search for the newline when the sink parses anyway.
   */
  lineAt?(bytes: Uint8Array, start: number, limit: number, lineNumber: number): number;
}

export interface LineSplitterOptions {
  /** Longest line accepted, in bytes [64 MiB]. */
  maxLineBytes?: number;
  /** Number given to the first line [1]. */
  firstLineNumber?: number;
  /** Drop a UTF-8 BOM before the first line [true]; false for a shard that starts mid-file. */
  atFileStart?: boolean;
}

export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
/** How much of an over-long line is kept for the error report. */
const TOO_LONG_HEAD_BYTES = 1024;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export class LineSplitter {
  private readonly maxLineBytes: number;
  private nextLineNumber: number;
  private atFileStart: boolean;
  private carry = new Uint8Array(0);
  private carryLength = 0;
  /** Bytes of the current line seen so far, once it has passed the cap. */
  private oversizedBytes = 0;
  private pending = false;

  constructor(options: LineSplitterOptions = {}) {
    const settings = { maxLineBytes: DEFAULT_MAX_LINE_BYTES, firstLineNumber: 1, atFileStart: true, ...options };
    this.maxLineBytes = settings.maxLineBytes;
    this.nextLineNumber = settings.firstLineNumber;
    this.atFileStart = settings.atFileStart;
  }

  /** How many lines have been emitted so far. */
  get linesEmitted(): number {
    return this.nextLineNumber - 1;
  }

  push(chunk: Uint8Array, sink: LineSink): void {
    let position = 0;
    while (position < chunk.length) {
      if (sink.lineAt && !this.pending && !this.atFileStart) {
        const limit = Math.min(chunk.length, position + this.maxLineBytes + 1);
        const handled = sink.lineAt(chunk, position, limit, this.nextLineNumber);
        if (handled >= 0) {
          this.nextLineNumber++;
          position = handled + 1;
          continue;
        }
      }
      const newline = chunk.indexOf(NEWLINE, position);
      if (newline < 0) {
        this.keep(chunk, position, chunk.length);
        return;
      }
      if (this.pending) {
        this.keep(chunk, position, newline);
        this.emitCarry(sink);
      } else {
        this.emit(chunk, position, newline, sink);
      }
      position = newline + 1;
    }
  }

  /** Emits the last line when the input did not end with a newline. */
  finish(sink: LineSink): void {
    if (this.pending) this.emitCarry(sink);
  }

  private keep(chunk: Uint8Array, start: number, end: number): void {
    this.pending = true;
    const length = end - start;
    if (this.oversizedBytes > 0) {
      this.oversizedBytes += length;
      return;
    }
    const needed = this.carryLength + length;
    if (needed > this.maxLineBytes) {
      // Keep only the head for the report, count the rest.
      const room = Math.max(0, TOO_LONG_HEAD_BYTES - this.carryLength);
      this.ensureCarry(this.carryLength + Math.min(room, length));
      this.carry.set(chunk.subarray(start, start + Math.min(room, length)), this.carryLength);
      this.carryLength += Math.min(room, length);
      this.oversizedBytes = needed;
      return;
    }
    this.ensureCarry(needed);
    this.carry.set(chunk.subarray(start, end), this.carryLength);
    this.carryLength = needed;
  }

  private ensureCarry(size: number): void {
    if (size <= this.carry.length) return;
    const grown = new Uint8Array(Math.max(size, this.carry.length * 2, 4096));
    grown.set(this.carry.subarray(0, this.carryLength));
    this.carry = grown;
  }

  private emitCarry(sink: LineSink): void {
    if (this.oversizedBytes > 0) {
      const lineNumber = this.nextLineNumber++;
      this.atFileStart = false;
      sink.tooLong(lineNumber, this.carry.slice(0, Math.min(this.carryLength, TOO_LONG_HEAD_BYTES)), this.oversizedBytes);
    } else {
      this.emit(this.carry, 0, this.carryLength, sink);
    }
    this.carryLength = 0;
    this.oversizedBytes = 0;
    this.pending = false;
    // Do not pin a huge buffer after one long line.
    if (this.carry.length > 1 << 20) this.carry = new Uint8Array(0);
  }

  private emit(bytes: Uint8Array, start: number, end: number, sink: LineSink): void {
    if (this.atFileStart) {
      this.atFileStart = false;
      if (end - start >= 3 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf) start += 3;
    }
    if (end > start && bytes[end - 1] === CARRIAGE_RETURN) end--;
    const lineNumber = this.nextLineNumber++;
    if (end - start > this.maxLineBytes) {
      sink.tooLong(lineNumber, bytes.slice(start, start + TOO_LONG_HEAD_BYTES), end - start);
    } else {
      sink.line(bytes, start, end, lineNumber);
    }
  }
}

/** A line from `splitLines`: its bytes (a view, stable until the next chunk arrives) or why not. */
export type SplitLine =
  | { lineNumber: number; bytes: Uint8Array; tooLong?: undefined }
  | { lineNumber: number; bytes: Uint8Array; tooLong: { totalBytes: number } };

/**
 * Async form of `LineSplitter` over any byte stream (a Node file stream, a `ReadableStream` from a
 * browser `File`, an array of chunks).
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: LineSplitterOptions = {},
): AsyncGenerator<SplitLine> {
  const splitter = new LineSplitter(options);
  let ready: SplitLine[] = [];
  const sink: LineSink = {
    line: (bytes, start, end, lineNumber) => {
      // A view into the carry buffer would be overwritten by the next line: copy that one.
      const view = bytes.subarray(start, end);
      ready.push({ lineNumber, bytes: splitterOwns(bytes, chunkInFlight) ? view.slice() : view });
    },
    tooLong: (lineNumber, head, totalBytes) => ready.push({ lineNumber, bytes: head, tooLong: { totalBytes } }),
  };
  let chunkInFlight: Uint8Array | undefined;
  for await (const chunk of chunks) {
    chunkInFlight = chunk;
    splitter.push(chunk, sink);
    const lines = ready;
    ready = [];
    yield* lines;
  }
  chunkInFlight = undefined;
  splitter.finish(sink);
  yield* ready;
}

function splitterOwns(bytes: Uint8Array, chunk: Uint8Array | undefined): boolean {
  return bytes !== chunk;
}
