/**
 * Imported records gathered into batches for worker threads: PIPPA lines travel as bytes packed in
 * one transferable buffer (the worker parses them), other imports as episodes. Rejects and file
 * reports go to the caller's handlers as they come; batches keep input order.
 */
import { withRoom } from "../base/growable.js";
import { narrowestConsent, type Consent } from "../model/consent.js";
import type { Episode } from "../model/pippa-record.js";
import { importFiles, importFilesAndPieces, type FilePiece, type ImportedFile, type ImportEvent, type ImportOptions } from "./import-files.js";
import { transferableOf } from "./shared-buffers.js";

/**
 * One record of a batch: a PIPPA line (its bytes in the batch's buffer, its file's consent beside
 * it) or an imported episode (its file's consent in `episode.consent`, narrowed by any it held).
 */
export type ImportItem = { kind: "line"; source: string; line: number; start: number; end: number; consent?: Consent } | { kind: "episode"; episode: Episode };

export interface ImportBatch {
  items: ImportItem[];
  bytes: Uint8Array;
}

export interface ImportBatchOptions extends ImportOptions {
  /** A batch closes at this much line text [512 KiB] or this many records [64]. */
  maxBytes?: number;
  maxRecords?: number;
  onReject?: (event: Extract<ImportEvent, { kind: "reject" }>) => void | Promise<void>;
  onFile?: (report: ImportedFile) => void | Promise<void>;
  /** A buffer for a batch's lines, of at least the bytes asked [a new one each time]: a caller may hand out reused slots. */
  allocate?: (minBytes: number) => Uint8Array;
  /** The consent of each file (by the path it was given as), carried with its records [none]. */
  consentOf?: (source: string) => Consent;
}

/** Batches of the records of `files` (paths, walked if folders) or of files and parts of files (see `FilePiece`). */
export async function* importBatches(files: readonly string[] | readonly (string | FilePiece)[], options: ImportBatchOptions = {}): AsyncGenerator<ImportBatch> {
  const maxBytes = options.maxBytes ?? 512 * 1024;
  const maxRecords = options.maxRecords ?? 64;
  const allocate = options.allocate ?? ((minBytes: number) => new Uint8Array(minBytes));
  let items: ImportItem[] = [];
  // Lines are copied once, as they arrive (their bytes are only valid until the next event).
  // Grown when the first line comes (a batch of other formats' episodes needs none).
  let bytes: Uint8Array = new Uint8Array(0);
  let size = 0;
  const pack = (): ImportBatch => {
    const batch = { items, bytes: bytes.subarray(0, size) };
    items = [];
    bytes = new Uint8Array(0);
    size = 0;
    return batch;
  };
  const pieces = files.some((file) => typeof file !== "string");
  const events = pieces ? importFilesAndPieces(files, { ...options, rawPippaLines: true }) : importFiles(files as readonly string[], { ...options, rawPippaLines: true });
  for await (const event of events) {
    if (event.kind === "reject") {
      await options.onReject?.(event);
      continue;
    }
    if (event.kind === "file") {
      await options.onFile?.(event.report);
      continue;
    }
    if (event.kind === "pippa-line") {
      if (bytes.length === 0) bytes = allocate(Math.max(maxBytes, event.bytes.length));
      bytes = withRoom(bytes, size, event.bytes.length);
      bytes.set(event.bytes, size);
      const item: ImportItem = { kind: "line", source: event.source, line: event.line, start: size, end: size + event.bytes.length };
      if (options.consentOf) item.consent = options.consentOf(event.source);
      items.push(item);
      size += event.bytes.length;
    } else {
      const { episode } = event;
      items.push({ kind: "episode", episode: options.consentOf ? { ...episode, consent: narrowestConsent(options.consentOf(event.source), episode.consent) } : episode });
    }
    if (items.length >= maxRecords || size >= maxBytes) yield pack();
  }
  if (items.length > 0) yield pack();
}

/** The buffers of a batch to transfer rather than copy (shared memory is neither). */
export function batchTransferList(batch: ImportBatch): ArrayBuffer[] {
  return transferableOf(batch.bytes);
}
