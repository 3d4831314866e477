/**
 * The shingle sets dedup verifies its near candidates by, read back from the files pass 1 wrote:
 * half of the candidates on a worker thread, half on the calling thread (otherwise idle while the
 * other core would be), joined by record.
 */
import { open, type FileHandle } from "node:fs/promises";
import { comparableMessages, shingleSet } from "../../stages/dedup/shingles.js";
import { answerOneShot, runOneShot } from "../one-shot-worker.js";
import { readRange } from "./line-index.js";

/** Where one candidate's line is (its newline excluded) and which record it is. */
export interface CandidateLine {
  path: string;
  start: number;
  end: number;
  record: number;
}

const KIND = "candidate shingles";
const decoder = new TextDecoder();

/** Shingle sets of the lines, in their order, packed as (length, values…) into one array. */
async function shinglesOf(lines: readonly CandidateLine[]): Promise<Uint32Array> {
  const sets: Uint32Array[] = [];
  let total = 0;
  const handles = new Map<string, FileHandle>();
  try {
    for (const { path, start, end } of lines) {
      let handle = handles.get(path);
      if (!handle) handles.set(path, (handle = await open(path, "r")));
      const record = JSON.parse(decoder.decode(await readRange(handle, path, start, end))) as { conversation: { message: string; is_human: boolean }[]; bot_greeting: string };
      const set = shingleSet(comparableMessages(record.conversation, record.bot_greeting));
      sets.push(set);
      total += set.length + 1;
    }
  } finally {
    for (const handle of handles.values()) await handle.close();
  }
  const packed = new Uint32Array(total);
  let at = 0;
  for (const set of sets) {
    packed[at++] = set.length;
    packed.set(set, at);
    at += set.length;
  }
  return packed;
}

function unpack(packed: Uint32Array, lines: readonly CandidateLine[], into: Map<number, Uint32Array>): void {
  let at = 0;
  for (const { record } of lines) {
    const length = packed[at++];
    into.set(record, packed.subarray(at, at + length));
    at += length;
  }
}

/** Each candidate record's shingle set, computed on two threads. */
export async function candidateShingles(lines: readonly CandidateLine[]): Promise<Map<number, Uint32Array>> {
  const shingles = new Map<number, Uint32Array>();
  if (lines.length === 0) return shingles;
  // Halves of about equal bytes; a handful is not worth a thread's start.
  const totalBytes = lines.reduce((sum, line) => sum + line.end - line.start, 0);
  let split = 0;
  for (let bytes = 0; split < lines.length && bytes < totalBytes / 2; split++) bytes += lines[split].end - lines[split].start;
  if (lines.length < 64) split = 0;
  const far = lines.slice(0, split);
  const near = lines.slice(split);
  const [farPacked, nearPacked] = await Promise.all([far.length > 0 ? runOneShot<CandidateLine[], Uint32Array>(new URL(import.meta.url), KIND, far) : new Uint32Array(0), shinglesOf(near)]);
  unpack(farPacked, far, shingles);
  unpack(nearPacked, near, shingles);
  return shingles;
}

answerOneShot(KIND, shinglesOf);
