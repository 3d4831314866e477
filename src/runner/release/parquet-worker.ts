/**
 * Worker thread that encodes the release's Parquet row groups: each task names a byte range of
 * `pippa.jsonl` and which of its lines to keep; the worker reads the range itself (no record
 * crosses threads) and answers the encoded row group, its bytes transferred.
 */
import { open, type FileHandle } from "node:fs/promises";
import { encodeLinesRowGroup, type EncodedRowGroup } from "../../formats/parquet/parquet.js";
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

/** The kept lines of one range of lines (views of `bytes`, without their newlines). */
export function keptLines(bytes: Uint8Array, keep: Uint8Array, where: string): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let line = 0;
  let start = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, start)) {
    if (keep[line++] === 1) lines.push(bytes.subarray(start, i));
    start = i + 1;
  }
  if (line !== keep.length || start !== bytes.length) throw new Error(`${where}: expected ${keep.length} whole lines, found ${line}`);
  return lines;
}

serveTasks<ParquetWorkerInit, RowGroupTask, EncodedRowGroup, { file: FileHandle; source: string }>(
  // The file closes with the worker.
  async (init) => ({ file: await open(init.source, "r"), source: init.source }),
  async (task, { file, source }) => {
    const where = `${source} bytes ${task.start}-${task.end}`;
    const lines = keptLines(await readRange(file, source, task.start, task.end), task.keep, where);
    let group: EncodedRowGroup;
    try {
      group = encodeLinesRowGroup(lines, task.end - task.start);
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`);
    }
    return { result: group, transfer: [group.bytes.buffer as ArrayBuffer] };
  },
);
