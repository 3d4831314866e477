/** Shared by `validate` and `stats` (`report` takes the options too): scanning files with a progress line and common options. */
import type { Command } from "commander";
import { DEFAULT_MAX_LINE_BYTES } from "../formats/pippa/line-splitter.js";
import { canDrawProgress, createProgress } from "../runner/progress.js";
import { scanPippaFiles, type ScanOptions, type ScanReport } from "../runner/scan-files.js";
import type { CliIo } from "./io.js";
import { parsePositiveInteger } from "./io.js";

export interface ScanCliOptions {
  workers?: number;
  maxLineBytes: number;
  /** Count content tags (stats, report). */
  content?: boolean;
}

/** Adds `--workers` and `--max-line-bytes`. */
export function addScanOptions(command: Command): Command {
  return command
    .option("--workers <n>", "worker threads (default: the number of CPU cores)", parsePositiveInteger)
    .option("--max-line-bytes <n>", "longer lines are rejected", parsePositiveInteger, DEFAULT_MAX_LINE_BYTES);
}

export async function scanWithProgress(
  files: readonly string[],
  options: ScanCliOptions,
  io: CliIo,
  rejectsFor: ScanOptions["rejectsFor"],
): Promise<ScanReport> {
  const progress = createProgress("scanning", io.stderr, canDrawProgress(io.stderr, io.env));
  try {
    return await scanPippaFiles(files, {
      workers: options.workers,
      maxLineBytes: options.maxLineBytes,
      rejectsFor,
      onProgress: (done) => progress.update(done),
      content: options.content ?? false,
    });
  } finally {
    progress.done();
  }
}
