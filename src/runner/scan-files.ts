/**
 * Scans PIPPA JSONL files in parallel: each large file is cut into line-aligned shards, a pool of
 * worker threads scans them, the parent merges the statistics, renumbers the refused lines and
 * writes each rejects file atomically. Small files and standard input are scanned inline.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { DEFAULT_MAX_LINE_BYTES } from "../formats/pippa/line-splitter.js";
import { ERROR_CODES, PippaError, formatWhere } from "../model/errors.js";
import { CorpusStats } from "../stats/corpus-stats.js";
import { writeRejects, type RejectsPart } from "./rejects.js";
import { ShardScanner, scanShard, type ShardReject, type ShardResult, type ShardTask } from "./scan-shard.js";
import { planShards } from "./shards.js";

export interface ScanOptions {
  /** Worker threads [the machine's available parallelism]; 1 scans inline. */
  workers?: number;
  /** Longest line accepted [64 MiB]. */
  maxLineBytes?: number;
  /** Where a file's refused lines go, or null to only count them [null]. */
  rejectsFor?: (source: string) => string | null;
  /** Files smaller than this are scanned inline, without workers [8 MiB]. */
  minParallelBytes?: number;
  /** Called with running totals while scanning. */
  onProgress?: (progress: ScanProgress) => void;
  /** What `-` reads [process.stdin]. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Also keep figures per persona (for the report) [false]. */
  personas?: boolean;
  /** Also count content tags (every record classified: slower) [false]. */
  content?: boolean;
}

export interface ScanProgress {
  bytes: number;
  totalBytes: number;
  records: number;
}

/** What one input held. */
export interface FileReport {
  source: string;
  bytes: number;
  lines: number;
  records: number;
  rejected: number;
  warnings: number;
  /** The first refused lines, formatted `CODE file:line: path: detail`. */
  firstErrors: string[];
  firstWarning?: string;
  /** Where this file's rejects were written, when there were any. */
  rejectsPath?: string;
}

export interface ScanReport {
  stats: CorpusStats;
  files: FileReport[];
}

const STDIN = "-";

/**
 * Scans every file (or `-` for standard input) and returns merged statistics and a report per
 * file. Bad lines never stop the scan; a file that cannot be read throws `PIPPA_E_IO`.
 */
export async function scanPippaFiles(sources: readonly string[], options: ScanOptions = {}): Promise<ScanReport> {
  // Explicit fallbacks rather than a spread: an option passed as undefined means "the default".
  const settings = {
    workers: options.workers ?? availableParallelism(),
    maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    rejectsFor: options.rejectsFor ?? (() => null),
    minParallelBytes: options.minParallelBytes ?? 8 * 1024 * 1024,
    onProgress: options.onProgress,
    stdin: options.stdin,
    personas: options.personas ?? false,
    content: options.content ?? false,
  } satisfies ScanOptions;
  const sizes = await Promise.all(sources.map((source) => (source === STDIN ? 0 : fileSize(source))));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const progress: ScanProgress = { bytes: 0, totalBytes, records: 0 };
  const onProgress = (bytes: number, records: number) => {
    progress.bytes += bytes;
    progress.records += records;
    settings.onProgress?.(progress);
  };

  const wantsRejects = sources.some((source) => settings.rejectsFor(source) !== null);
  const partsDir = wantsRejects ? await mkdtemp(join(tmpdir(), "pippa-rejects-")) : null;
  /** Where shard `shardIndex` of input `fileIndex` writes its refused lines, if anywhere. */
  const partPath = (fileIndex: number, shardIndex: number) =>
    partsDir && settings.rejectsFor(sources[fileIndex]) ? join(partsDir, `${fileIndex}-${shardIndex}.jsonl`) : null;
  try {
    const tasks: ShardTask[][] = sources.map((source, fileIndex) => {
      if (source === STDIN) return [];
      const shardCount = sizes[fileIndex] >= settings.minParallelBytes ? Math.max(1, settings.workers) : 1;
      return planShards(source, sizes[fileIndex], shardCount).map((range, index) => ({
        source,
        path: source,
        index,
        ...range,
        maxLineBytes: settings.maxLineBytes,
        rejectsPartPath: partPath(fileIndex, index),
        personas: settings.personas,
        content: settings.content,
      }));
    });

    const results: ShardResult[][] = sources.map(() => []);
    const allTasks = tasks.flat();
    const fileOf = new Map(tasks.flatMap((fileTasks, fileIndex) => fileTasks.map((task) => [task, fileIndex] as const)));
    const useWorkers = settings.workers > 1 && allTasks.some((task) => task.end - task.start >= settings.minParallelBytes / settings.workers);
    const shardResults = useWorkers
      ? await runInWorkers(allTasks, settings.workers, onProgress)
      : allTasks.map((task) => scanShard(task, (bytes) => onProgress(bytes, 0)));
    allTasks.forEach((task, i) => (results[fileOf.get(task)!][task.index] = shardResults[i]));
    for (const [fileIndex, source] of sources.entries()) {
      if (source !== STDIN) continue;
      results[fileIndex] = [await scanStream(settings.stdin ?? standardInput(), { source: STDIN, index: 0, start: 0, maxLineBytes: settings.maxLineBytes, rejectsPartPath: partPath(fileIndex, 0), personas: settings.personas, content: settings.content }, onProgress)];
    }

    const stats = new CorpusStats({ personas: settings.personas });
    const files = sources.map((source, fileIndex) => {
      for (const result of results[fileIndex]) stats.merge(result.stats);
      return summariseFile(source, sizes[fileIndex], results[fileIndex]);
    });

    if (partsDir) {
      const parts: RejectsPart[] = [];
      sources.forEach((source, fileIndex) => {
        const target = settings.rejectsFor(source);
        if (!target || files[fileIndex].rejected === 0) return;
        files[fileIndex].rejectsPath = target;
        let offset = 0;
        for (const result of results[fileIndex]) {
          if (result.rejected > 0) parts.push({ source, target, path: partPath(fileIndex, result.index)!, lineOffset: offset });
          offset += result.lines;
        }
      });
      await writeRejects(parts);
    }
    return { stats, files };
  } finally {
    if (partsDir) await rm(partsDir, { recursive: true, force: true });
  }
}

async function fileSize(source: string): Promise<number> {
  try {
    const info = await stat(source);
    if (!info.isFile()) throw new PippaError(ERROR_CODES.io, "not a regular file", { source });
    return info.size;
  } catch (error) {
    if (error instanceof PippaError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new PippaError(ERROR_CODES.io, reason, { source });
  }
}

function summariseFile(source: string, bytes: number, shards: readonly ShardResult[]): FileReport {
  const report: FileReport = { source, bytes, lines: 0, records: 0, rejected: 0, warnings: 0, firstErrors: [] };
  for (const shard of shards) {
    for (const reject of shard.firstRejects) {
      if (report.firstErrors.length < 10) report.firstErrors.push(formatReject(source, reject, report.lines));
    }
    if (shard.firstWarning && !report.firstWarning) {
      report.firstWarning = `${formatWhere({ source, line: shard.firstWarning.line + report.lines })}: ${shard.firstWarning.message}`;
    }
    report.lines += shard.lines;
    report.records += shard.records;
    report.rejected += shard.rejected;
    report.warnings += shard.warnings;
  }
  return report;
}

/** `CODE file:line: path: detail` with the shard-local line made global. */
export function formatReject(source: string, reject: ShardReject, lineOffset: number): string {
  const where = formatWhere({ source, line: reject.line + lineOffset, path: reject.path });
  return `${reject.code} ${where}: ${reject.detail}`;
}

/** Runs tasks on a pool of workers; results come back in task order. */
async function runInWorkers(tasks: readonly ShardTask[], workerCount: number, onProgress: (bytes: number, records: number) => void): Promise<ShardResult[]> {
  const results: ShardResult[] = new Array(tasks.length);
  let next = 0;
  const workerUrl = new URL("./scan-worker.js", import.meta.url);
  const runOne = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= tasks.length) return resolve();
        const taskIndex = next++;
        const onMessage = (message: { type: string; bytes?: number; records?: number; result?: ShardResult; message?: string }) => {
          if (message.type === "progress") return onProgress(message.bytes ?? 0, message.records ?? 0);
          worker.off("message", onMessage);
          if (message.type === "error") return reject(new PippaError(ERROR_CODES.io, message.message ?? "worker failed", { source: tasks[taskIndex].source }));
          results[taskIndex] = message.result!;
          feed();
        };
        worker.on("message", onMessage);
        worker.postMessage(tasks[taskIndex]);
      };
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new PippaError(ERROR_CODES.io, `a scan worker stopped unexpectedly (exit code ${code})`)));
      feed();
    });
  const workers = Array.from({ length: Math.min(workerCount, tasks.length) }, () => new Worker(workerUrl));
  try {
    await Promise.all(workers.map(runOne));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

function standardInput(): AsyncIterable<Uint8Array> {
  // An interactive terminal is not a corpus: read nothing rather than wait for typing.
  return process.stdin.isTTY ? (async function* () {})() : (process.stdin as AsyncIterable<Uint8Array>);
}

async function scanStream(input: AsyncIterable<Uint8Array>, task: Omit<ShardTask, "path" | "end">, onProgress: (bytes: number, records: number) => void): Promise<ShardResult> {
  const scanner = new ShardScanner(task);
  for await (const chunk of input) {
    scanner.push(chunk);
    onProgress(chunk.length, 0);
  }
  return scanner.finish();
}
