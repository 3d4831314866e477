/**
 * Writes the release's Parquet file from `pippa.jsonl`: the kept lines are cut into row groups of
 * about `rowGroupBytes` of JSON each, the row groups are encoded on worker threads in parallel, and
 * joined here in order. The same input gives the same file whatever the number of workers.
 */
import { fileWriter } from "hyparquet-writer";
import { DEFAULT_ROW_GROUP_BYTES, ParquetAssembler, type EncodedRowGroup } from "../../formats/parquet.js";
import { mapInWorkers } from "../worker-map.js";
import type { ParquetWorkerInit, RowGroupTask } from "./parquet-worker.js";

export interface ParquetJob {
  /** The JSONL file to read (every record well formed, one per line, no blank line). */
  source: string;
  /** Where each line of `source` ends, in bytes, its newline included. */
  lineEnds: Float64Array;
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
export function planRowGroups(lineEnds: Float64Array, keep: Uint8Array, rowGroupBytes: number): RowGroupTask[] {
  if (lineEnds.length !== keep.length) throw new Error(`${keep.length} keep flags for ${lineEnds.length} lines`);
  const tasks: RowGroupTask[] = [];
  let firstLine = 0;
  let kept = 0;
  let keptBytes = 0;
  const close = (endLine: number) => {
    const start = firstLine === 0 ? 0 : lineEnds[firstLine - 1];
    tasks.push({ start, end: lineEnds[endLine - 1], keep: keep.slice(firstLine, endLine) });
    firstLine = endLine;
    kept = 0;
    keptBytes = 0;
  };
  for (let line = 0; line < lineEnds.length; line++) {
    if (keep[line] !== 1) continue;
    kept++;
    keptBytes += lineEnds[line] - (line === 0 ? 0 : lineEnds[line - 1]);
    if (keptBytes >= rowGroupBytes) close(line + 1);
  }
  if (kept > 0) close(lineEnds.length);
  return tasks;
}

/** Writes the kept lines as Parquet; returns the rows written. */
export async function writeKeptAsParquet(job: ParquetJob): Promise<number> {
  const tasks = planRowGroups(job.lineEnds, job.keep, job.rowGroupBytes ?? DEFAULT_ROW_GROUP_BYTES);
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
