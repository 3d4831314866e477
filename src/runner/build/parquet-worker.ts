/**
 * Writes the release's Parquet file on its own thread, beside the parent writing the JSONL: it
 * reads `pippa.jsonl` itself and keeps the lines the parent marked, so no record crosses threads.
 */
import { createReadStream } from "node:fs";
import { fileWriter } from "hyparquet-writer";
import { splitLines } from "../../formats/line-splitter.js";
import { PippaParquetWriter } from "../../formats/parquet.js";
import type { PippaRecord } from "../../model/pippa-record.js";
import { answerOneShot, runOneShot } from "../one-shot-worker.js";

const KIND = "Parquet writer";

export interface ParquetJob {
  /** The JSONL file to read (every record well formed, one per line). */
  source: string;
  /** One flag per non-blank line of `source`: 1 to write it. */
  keep: Uint8Array;
  /** The Parquet file to write. */
  target: string;
  createdBy: string;
}

const decoder = new TextDecoder();

/** Writes the kept lines of `job.source` as Parquet; returns the rows written. */
export async function writeKeptAsParquet(job: ParquetJob): Promise<number> {
  const parquet = new PippaParquetWriter(fileWriter(job.target), { createdBy: job.createdBy });
  let index = 0;
  for await (const line of splitLines(createReadStream(job.source))) {
    if (line.bytes.length === 0) continue;
    if (job.keep[index++] === 1) parquet.add(JSON.parse(decoder.decode(line.bytes)) as PippaRecord);
  }
  if (index !== job.keep.length) throw new Error(`${job.source}: expected ${job.keep.length} records, read ${index}`);
  parquet.finish();
  return parquet.rowCount;
}

/** Runs `writeKeptAsParquet` on a worker thread. */
export function writeKeptAsParquetInWorker(job: ParquetJob): Promise<number> {
  return runOneShot(new URL(import.meta.url), KIND, job);
}

answerOneShot(KIND, writeKeptAsParquet);
