/**
 * Scans one byte range of a PIPPA JSONL file: every line through the byte-level fast path, the
 * lines it cannot prove valid through the full parser, refused lines to a rejects part file.
 * Line numbers here are local to the shard; the parent adds the shard's offset once every
 * earlier shard has reported how many lines it held.
 */
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import { LineSplitter, type LineSink } from "../formats/pippa/line-splitter.js";
import { isBlankLine, lineTooLongResult, parsePippaLineBytes, type PippaLineResult } from "../formats/pippa/pippa-jsonl.js";
import { CorpusStats, type CorpusStatsState } from "../stats/corpus-stats.js";
import { PippaLineScanner } from "../stats/scan-pippa-line.js";
import { classifyContent } from "../stages/content/classify.js";
import type { PippaRecord } from "../model/pippa-record.js";

const decoder = new TextDecoder();

export interface ShardTask {
  /** The file as the user named it, for messages. */
  source: string;
  path: string;
  /** Position of this shard among the file's shards. */
  index: number;
  start: number;
  end: number;
  maxLineBytes: number;
  /** Where refused lines go (local line numbers), or null to only count them. */
  rejectsPartPath: string | null;
  /** Also keep figures per persona [false]. */
  personas?: boolean;
  /** Also classify each record's content and count its tags [false]: every line is then parsed whole. */
  content?: boolean;
}

/** A refused line as a shard reports it; `line` is local to the shard. */
export interface ShardReject {
  line: number;
  code: string;
  path?: string;
  detail: string;
}

export interface ShardResult {
  index: number;
  /** Lines in the shard, blank ones included (the next shard's line offset). */
  lines: number;
  records: number;
  rejected: number;
  warnings: number;
  firstRejects: ShardReject[];
  firstWarning?: { line: number; message: string };
  stats: CorpusStatsState;
}

/** How many refused lines a shard describes in full for the summary. */
export const FIRST_REJECTS_KEPT = 10;
const READ_CHUNK_BYTES = 4 * 1024 * 1024;
const REJECTS_FLUSH_CHARS = 1 << 20;

/** Consumes a shard's bytes chunk by chunk; `finish` returns its result. */
export class ShardScanner {
  readonly stats: CorpusStats;
  private readonly splitter: LineSplitter;
  private readonly scanner = new PippaLineScanner();
  private readonly sink: LineSink;
  private records = 0;
  private rejected = 0;
  private warnings = 0;
  private readonly firstRejects: ShardReject[] = [];
  private firstWarning?: { line: number; message: string };
  private rejectsFd: number | null = null;
  private rejectsBuffer: string[] = [];
  private rejectsBufferChars = 0;

  constructor(private readonly task: Omit<ShardTask, "path" | "end">) {
    this.stats = new CorpusStats({ personas: task.personas });
    this.splitter = new LineSplitter({ maxLineBytes: task.maxLineBytes, atFileStart: task.start === 0 });
    this.sink = {
      lineAt: (bytes, start, limit) => {
        const after = this.scanner.scanRecord(bytes, start, limit);
        if (after < 0 || after >= limit || bytes[after] !== 0x0a) return -1;
        this.scanner.commit(this.stats);
        this.records++;
        if (task.content) this.classify(bytes, start, after);
        return after;
      },
      line: (bytes, start, end, line) => {
        if (this.scanner.scan(bytes, start, end)) {
          this.scanner.commit(this.stats);
          this.records++;
          if (task.content) this.classify(bytes, start, end);
        } else if (!isBlankLine(bytes, start, end)) {
          this.take(parsePippaLineBytes(bytes.subarray(start, end), { source: task.source, line }));
        }
      },
      tooLong: (line, head, totalBytes) => {
        this.take(lineTooLongResult(head, totalBytes, { source: task.source, line }, task.maxLineBytes));
      },
    };
  }

  get recordsSoFar(): number {
    return this.records;
  }

  push(chunk: Uint8Array): void {
    this.splitter.push(chunk, this.sink);
  }

  finish(): ShardResult {
    this.splitter.finish(this.sink);
    this.flushRejects();
    if (this.rejectsFd !== null) closeSync(this.rejectsFd);
    return {
      index: this.task.index,
      lines: this.splitter.linesEmitted,
      records: this.records,
      rejected: this.rejected,
      warnings: this.warnings,
      firstRejects: this.firstRejects,
      firstWarning: this.firstWarning,
      stats: this.stats.toState(),
    };
  }

  /** A well-formed record line's content tags (the fast scan has checked its shape). */
  private classify(bytes: Uint8Array, start: number, end: number): void {
    const record = JSON.parse(decoder.decode(bytes.subarray(start, end))) as PippaRecord;
    this.stats.addContentTags(Object.keys(classifyContent(record).tags));
  }

  private take(result: PippaLineResult): void {
    if (result.ok) {
      this.stats.addRecord(result.record);
      if (this.task.content) this.stats.addContentTags(Object.keys(classifyContent(result.record).tags));
      this.records++;
      if (result.warnings.length > 0) {
        this.warnings += result.warnings.length;
        this.firstWarning ??= { line: result.line, message: result.warnings[0] };
      }
      return;
    }
    this.rejected++;
    const reject: ShardReject = { line: result.line, code: result.error.code, path: result.error.where.path, detail: result.error.detail };
    if (this.firstRejects.length < FIRST_REJECTS_KEPT) this.firstRejects.push(reject);
    if (this.task.rejectsPartPath === null) return;
    const entry = JSON.stringify({ ...reject, raw: result.raw });
    this.rejectsBuffer.push(entry);
    this.rejectsBufferChars += entry.length;
    if (this.rejectsBufferChars > REJECTS_FLUSH_CHARS) this.flushRejects();
  }

  private flushRejects(): void {
    if (this.rejectsBuffer.length === 0 || this.task.rejectsPartPath === null) return;
    this.rejectsFd ??= openSync(this.task.rejectsPartPath, "w");
    writeSync(this.rejectsFd, `${this.rejectsBuffer.join("\n")}\n`);
    this.rejectsBuffer = [];
    this.rejectsBufferChars = 0;
  }
}

/**
 * Scans `task.path` from `start` to `end` with blocking reads into one reused buffer (this runs
 * inside a worker, or inline for small files). `onProgress` gets the bytes read since its last call.
 */
export function scanShard(task: ShardTask, onProgress?: (bytes: number, records: number) => void): ShardResult {
  const scanner = new ShardScanner(task);
  const fd = openSync(task.path, "r");
  try {
    const buffer = new Uint8Array(Math.min(READ_CHUNK_BYTES, Math.max(1, task.end - task.start)));
    let position = task.start;
    while (position < task.end) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, task.end - position), position);
      if (read === 0) break;
      scanner.push(buffer.subarray(0, read));
      position += read;
      onProgress?.(read, scanner.recordsSoFar);
    }
  } finally {
    closeSync(fd);
  }
  return scanner.finish();
}
