/**
 * Worker thread that encodes the release's Parquet row groups: each task names a byte range of
 * `pippa.jsonl` and which of its lines to keep; the worker reads the range itself (no record
 * crosses threads) and answers the encoded row group, its bytes transferred.
 */
import { openSync, readSync } from "node:fs";
import { encodeRowGroup, type EncodedRowGroup } from "../../formats/parquet.js";
import type { PippaRecord } from "../../model/pippa-record.js";
import { serveTasks } from "../worker-map.js";

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

function readRange(fd: number, start: number, end: number): Uint8Array {
  const bytes = new Uint8Array(end - start);
  for (let done = 0; done < bytes.length; ) {
    const read = readSync(fd, bytes, done, bytes.length - done, start + done);
    if (read === 0) throw new Error(`unexpected end of file at byte ${start + done}`);
    done += read;
  }
  return bytes;
}

serveTasks<ParquetWorkerInit, RowGroupTask, EncodedRowGroup, { fd: number; source: string }>(
  // The descriptor closes with the worker.
  async (init) => ({ fd: openSync(init.source, "r"), source: init.source }),
  (task, { fd, source }) => {
    const records = keptRecords(readRange(fd, task.start, task.end), task.keep, `${source} bytes ${task.start}-${task.end}`);
    const group = encodeRowGroup(records, task.end - task.start);
    return { result: group, transfer: [group.bytes.buffer as ArrayBuffer] };
  },
);
