/**
 * Writes rejects files: `{source, line, code, path, error, raw}` per refused line, so nothing a
 * contributor sent is lost and every refusal says why. A rejects file sits beside the output it
 * belongs to, named `<output>.rejects.jsonl`. Shards write parts with local line numbers; this
 * renumbers them and writes each target through a temporary file and a rename, so an interrupted
 * run never leaves half a file.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { formatWhere, type PippaError } from "../model/errors.js";
import type { ShardReject } from "./scan-shard.js";
import { AtomicFile, writeFileAtomically } from "./write-file.js";

/** How every rejects file's name ends. */
export const REJECTS_SUFFIX = ".rejects.jsonl";

/**
 * Where the refused input of `output` goes: `<output>.rejects.jsonl`; for standard output or input
 * ("-"), `<stdioName>.rejects.jsonl` in the current folder (the command's name, or "stdin").
 *
 * @example
 * rejectsPathFor("out.jsonl", "redact") // "out.jsonl.rejects.jsonl"
 * rejectsPathFor("-", "redact")         // "redact.rejects.jsonl"
 */
export function rejectsPathFor(output: string, stdioName: string): string {
  return `${output === "-" ? stdioName : output}${REJECTS_SUFFIX}`;
}

/** One shard's part file and where its lines go. */
export interface RejectsPart {
  source: string;
  target: string;
  path: string;
  lineOffset: number;
}

/** One line of a rejects file. */
export interface RejectEntry {
  source: string;
  line: number;
  code: string;
  path: string | null;
  error: string;
  raw: string;
}

/** Turns a shard's reject (local line) into a rejects-file entry (global line). */
export function toRejectEntry(source: string, reject: ShardReject & { raw: string }, lineOffset: number): RejectEntry {
  const line = reject.line + lineOffset;
  return {
    source,
    line,
    code: reject.code,
    path: reject.path ?? null,
    error: `${reject.code} ${formatWhere({ source, line, path: reject.path })}: ${reject.detail}`,
    raw: reject.raw,
  };
}

/** A rejects-file entry for an error that already carries its location. */
export function rejectEntryOf(error: PippaError, raw: string): RejectEntry {
  return {
    source: error.where.source ?? "",
    line: error.where.line ?? 0,
    code: error.code,
    path: error.where.path ?? null,
    error: error.toString(),
    raw,
  };
}

/**
 * A command's rejects file, filled as it reads: one entry per refused input, counted. Nothing is
 * created unless something is refused; `commit` puts it in place, `abort` leaves no trace.
 */
export class RejectsFile {
  readonly path: string;
  private readonly file: AtomicFile;
  private refused = 0;

  constructor(path: string) {
    this.path = path;
    this.file = new AtomicFile(path);
  }

  /** Inputs refused so far. */
  get count(): number {
    return this.refused;
  }

  async add(error: PippaError, raw: string): Promise<void> {
    this.refused++;
    await this.file.write(`${JSON.stringify(rejectEntryOf(error, raw))}\n`);
  }

  async commit(): Promise<void> {
    if (this.file.started) await this.file.commit();
  }

  abort(): Promise<void> {
    return this.file.abort();
  }
}

/** Writes every target named in `parts`, parts concatenated in the given order. */
export async function writeRejects(parts: readonly RejectsPart[]): Promise<void> {
  const targets = [...new Set(parts.map((part) => part.target))];
  for (const target of targets) {
    await writeFileAtomically(target, async function* () {
      for (const part of parts) {
        if (part.target !== target) continue;
        const lines = createInterface({ input: createReadStream(part.path, "utf8"), crlfDelay: Number.POSITIVE_INFINITY });
        for await (const line of lines) {
          if (line.length === 0) continue;
          const reject = JSON.parse(line) as ShardReject & { raw: string };
          yield `${JSON.stringify(toRejectEntry(part.source, reject, part.lineOffset))}\n`;
        }
      }
    });
  }
}
