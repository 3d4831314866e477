/**
 * The one progress line of the commands that read through the importer (import, export, redact,
 * pii scan, prepare): percent of the input's bytes, MB/s, records/s, ETA, as build and stats show.
 */
import { stat } from "node:fs/promises";
import { expandInputs } from "../runner/expand-inputs.js";
import { canDrawProgress, createProgress } from "../runner/progress.js";
import type { CliIo } from "./io.js";

export interface ImportProgress {
  /** Pass as the importer's `onRead`. */
  onRead(bytes: number): void;
  /** Counts records done. */
  records(count?: number): void;
  done(): void;
}

export async function importProgress(label: string, inputs: readonly string[], io: CliIo): Promise<ImportProgress> {
  const enabled = canDrawProgress(io.stderr, io.env);
  if (!enabled) return { onRead() {}, records() {}, done() {} };
  const files = await expandInputs(inputs.filter((input) => input !== "-"));
  const totalBytes = (await Promise.all(files.map(async (file) => (await stat(file).catch(() => null))?.size ?? 0))).reduce((sum, size) => sum + size, 0);
  const bar = createProgress(label, io.stderr, true);
  let bytes = 0;
  let records = 0;
  return {
    onRead(count) {
      bytes += count;
      bar.update({ bytes: Math.min(bytes, totalBytes), totalBytes, records });
    },
    records(count = 1) {
      records += count;
      bar.update({ bytes: Math.min(bytes, totalBytes), totalBytes, records });
    },
    done: () => bar.done(),
  };
}
