/**
 * Worker thread that encodes the release's Parquet row groups: each task names a byte range of
 * `pippa.jsonl` and which of its lines to keep; the worker reads the range itself (no record
 * crosses threads) and answers the encoded row group, its bytes transferred.
 */
import { open, type FileHandle } from "node:fs/promises";
import { encodeRowGroup, type EncodedRowGroup } from "../../formats/parquet.js";
import type { PippaRecord } from "../../model/pippa-record.js";
import { serveTasks } from "../worker-map.js";
import { readRange } from "./line-index.js";

export interface ParquetWorkerInit {
  /** The JSONL file the ranges are in (every line a well-formed record). */
  source: string;
}

export interface RowGroupTask {
  /** Byte range of whole lines, each ending with "\n". */
  start: number;
  end: number;
  /** One flag per line of the range: 1 to write it. */
  keep: Uint8Array;
}

const decoder = new TextDecoder();

/** The kept records of one range of lines. */
export function keptRecords(bytes: Uint8Array, keep: Uint8Array, where: string): PippaRecord[] {
  const records: PippaRecord[] = [];
  let line = 0;
  let start = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, start)) {
    if (keep[line++] === 1) {
      try {
        records.push(JSON.parse(decoder.decode(bytes.subarray(start, i))) as PippaRecord);
      } catch (error) {
        throw new Error(`${where}, line ${line} of the range: ${(error as Error).message}`);
      }
    }
    start = i + 1;
  }
  if (line !== keep.length || start !== bytes.length) throw new Error(`${where}: expected ${keep.length} whole lines, found ${line}`);
  return records;
}

serveTasks<ParquetWorkerInit, RowGroupTask, EncodedRowGroup, { file: FileHandle; source: string }>(
  // The file closes with the worker.
  async (init) => ({ file: await open(init.source, "r"), source: init.source }),
  async (task, { file, source }) => {
    const records = keptRecords(await readRange(file, source, task.start, task.end), task.keep, `${source} bytes ${task.start}-${task.end}`);
    const group = encodeRowGroup(records, task.end - task.start);
    return { result: group, transfer: [group.bytes.buffer as ArrayBuffer] };
  },
);
