/**
 * The plan of a build run as tasks: its inputs with their consents, the configuration, and the
 * shards the per-shard tasks read. Shards are contiguous runs of the inputs in their order, cut at
 * about equal bytes: a PIPPA JSONL file may be cut at line beginnings (its parts keep the file's
 * line numbers), a file of any other format goes whole to one shard. Concatenating the shards'
 * outputs in rank order therefore gives the records in the order a build on one machine gives.
 */
import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Consent } from "../../model/consent.js";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { PIPPA_VERSION } from "../../model/version.js";
import { detectFileFormat, expandConsentedInputs, type ConsentedInput, type FilePiece } from "../import-files.js";
import type { BuildConfig } from "../release/config.js";

/** What one shard's tasks read, in order: whole files (paths) and parts of PIPPA JSONL files. */
export type ShardInputs = (string | FilePiece)[];

export interface BuildPlan {
  format: "pippa-build-plan/1";
  pippa: string;
  /** The release folder, absolute. */
  output: string;
  /** The build's configuration, less how it runs (workers, Slurm settings). */
  config: Omit<BuildConfig, "workers" | "slurm">;
  inputs: { path: string; consent: Consent }[];
  shards: ShardInputs[];
  /** A digest of the surrogate operator's key (never the key), so that every task is checked to have the same one. */
  secretCheck: string | null;
}

export interface PlanOptions {
  sources: readonly ConsentedInput[];
  output: string;
  config: BuildConfig;
  secret: string | null;
  tasks: number;
}

export function secretCheckOf(secret: string | null): string | null {
  return secret === null ? null : createHash("sha256").update(`pippa build secret check\u0000${secret}`).digest("hex");
}

export async function planBuild(options: PlanOptions): Promise<BuildPlan> {
  const inputs = await expandConsentedInputs(options.sources, options.config.consent);
  const sized = await Promise.all(
    inputs.map(async (input) => {
      const size = (await stat(input.path)).size;
      // Only PIPPA JSONL can be cut; detection reads the file's start (unreadable files go whole, and are reported by their task).
      const splittable = size > 0 && (await detectFileFormat(input.path).then((format) => format === "pippa-jsonl", () => false));
      return { ...input, size, splittable };
    }),
  );
  const total = sized.reduce((sum, input) => sum + input.size, 0);
  const target = Math.max(1, Math.ceil(total / Math.max(1, options.tasks)));
  const shards: ShardInputs[] = [[]];
  let filled = 0;
  const startShard = () => {
    if (shards[shards.length - 1].length > 0) shards.push([]);
    filled = 0;
  };
  for (const input of sized) {
    if (!input.splittable) {
      if (filled >= target && shards.length < options.tasks) startShard();
      shards[shards.length - 1].push(input.path);
      filled += input.size;
      continue;
    }
    if (filled >= target && shards.length < options.tasks) startShard();
    // Cuts where the running total crosses each shard's share, moved to the next line beginning.
    const cuts: number[] = [];
    for (let at = target - filled; at < input.size && shards.length + cuts.length < options.tasks; at += target) cuts.push(at);
    const pieces = await linePieces(input.path, input.size, cuts);
    pieces.forEach((piece, i) => {
      if (i > 0) startShard();
      shards[shards.length - 1].push(piece.start === 0 && piece.end === input.size ? input.path : piece);
      filled += piece.end - piece.start;
    });
  }
  if (shards[shards.length - 1].length === 0 && shards.length > 1) shards.pop();
  const { workers: _workers, slurm: _slurm, ...config } = options.config;
  return {
    format: "pippa-build-plan/1",
    pippa: PIPPA_VERSION,
    output: resolve(options.output),
    config,
    inputs,
    shards,
    // Only the surrogate operator uses a key.
    secretCheck: options.config.redact && options.config.redact.operator === "surrogate" ? secretCheckOf(options.secret) : null,
  };
}

/**
 * The file cut near each of `cuts` (ascending byte offsets), each cut moved just past the next
 * newline; with each part's first line number. Parts are never empty; one read of the file.
 */
async function linePieces(path: string, size: number, cuts: readonly number[]): Promise<FilePiece[]> {
  const pieces: FilePiece[] = [];
  let start = 0;
  let startLine = 1;
  let lines = 0;
  let cut = 0;
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(1 << 20);
    for (let at = 0; at < size && cut < cuts.length; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - at), at);
      if (bytesRead === 0) break;
      for (let i = 0; i < bytesRead && cut < cuts.length; i++) {
        if (buffer[i] !== 0x0a) continue;
        lines++;
        const next = at + i + 1;
        if (next < cuts[cut]) continue;
        while (cut < cuts.length && cuts[cut] <= next) cut++;
        if (next > start && next < size) {
          pieces.push({ path, start, end: next, firstLineNumber: startLine });
          start = next;
          startLine = lines + 1;
        }
      }
      at += bytesRead;
    }
  } finally {
    await handle.close();
  }
  pieces.push({ path, start, end: size, firstLineNumber: startLine });
  return pieces;
}

/** Refuses to go on with a work folder that holds another build's plan. */
export function checkSamePlan(existing: BuildPlan, planned: BuildPlan, workFolder: string): void {
  if (JSON.stringify(existing) === JSON.stringify(planned)) return;
  throw new PippaError(
    ERROR_CODES.usage,
    "holds the work of another build (other sources, configuration, output, secret or number of tasks); give a new --work folder, or remove this one to start again",
    { source: workFolder },
  );
}
