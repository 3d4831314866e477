/**
 * Writes the release's Parquet file from `pippa.jsonl`: the kept lines are cut into row groups of
 * about `rowGroupBytes` of JSON each, the row groups are encoded on worker threads in parallel, and
 * joined here in order. The same input gives the same file whatever the number of workers.
 */
import { fileWriter } from "hyparquet-writer";
import { DEFAULT_ROW_GROUP_BYTES, ParquetAssembler, type EncodedRowGroup } from "../../formats/parquet/parquet.js";
import { mapInWorkers } from "../worker-map.js";
import type { LineIndex } from "./line-index.js";
import type { ParquetWorkerInit, RowGroupTask } from "./parquet-worker.js";

export interface ParquetJob {
  /** The JSONL file to read (every record well formed, one per line, no blank line). */
  source: string;
  /** Where the lines of `source` are. */
  lines: LineIndex;
  /** One flag per line of `source`: 1 to write it. */
  keep: Uint8Array;
  /** The Parquet file to write. */
  target: string;
  createdBy: string;
  workers: number;
  /** JSON bytes of kept lines per row group [16 MiB]. */
  rowGroupBytes?: number;
}

/** Row groups as ranges of whole lines: each closes once its kept lines reach the size. */
export function planRowGroups(lines: LineIndex, keep: Uint8Array, rowGroupBytes: number): RowGroupTask[] {
  if (lines.length !== keep.length) throw new Error(`${keep.length} keep flags for ${lines.length} lines`);
  const tasks: RowGroupTask[] = [];
  let firstLine = 0;
  let keptBytes = 0;
  const close = (endLine: number) => {
    tasks.push({ start: lines.start(firstLine), end: lines.end(endLine - 1), keep: keep.slice(firstLine, endLine) });
    firstLine = endLine;
    keptBytes = 0;
  };
  let lastKept = -1;
  for (let line = 0; line < lines.length; line++) {
    if (keep[line] !== 1) continue;
    lastKept = line;
    keptBytes += lines.end(line) - lines.start(line);
    if (keptBytes >= rowGroupBytes) close(line + 1);
  }
  if (lastKept >= firstLine) close(lines.length);
  return tasks;
}

/** Writes the kept lines as Parquet; returns the rows written. */
export async function writeKeptAsParquet(job: ParquetJob): Promise<number> {
  const tasks = planRowGroups(job.lines, job.keep, job.rowGroupBytes ?? DEFAULT_ROW_GROUP_BYTES);
  const assembler = new ParquetAssembler(fileWriter(job.target), job.createdBy);
  async function* queued() {
    yield* tasks;
  }
  const workerUrl = new URL("./parquet-worker.js", import.meta.url);
  // Two row groups in flight per worker: each holds up to a row group's records while encoding.
  for await (const group of mapInWorkers<RowGroupTask, EncodedRowGroup, ParquetWorkerInit>(workerUrl, queued(), { workers: job.workers, init: { source: job.source }, queueDepth: 2 })) {
    assembler.add(group);
  }
  assembler.finish();
  return assembler.rowCount;
}
