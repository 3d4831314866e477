/**
 * What the server makes of one upload: each received file read the way `pippa import` reads it
 * (detected by content; a SillyTavern chat paired with a card sent alongside), counted, and
 * accepted or refused with a reason. The reading runs on a worker thread under a time budget, so
 * a file made to be slow to read costs that budget at most and the server keeps answering
 * meanwhile. Accepted files are kept (blob, then the submission row in one transaction); the
 * answer carries the receipt code, which is stored only as a hash.
 *
 * Order, for servers sharing a data folder and a database: a blob's file is put in place first and
 * its row written after, both inside one transaction that holds the blob's lock; a file is removed
 * only under the same lock, after reading that no row refers to it (a withdrawal, the start-up
 * sweep). So a file waiting for its row is never taken for an orphan, a withdrawal never removes a
 * file an upload of the same bytes has just pointed to, and a crash between file and row leaves a
 * file without a row — never a row without a file — for the next start to remove.
 */
import { randomUUID } from "node:crypto";
import type { Consent } from "../model/pippa-record.js";
import type { BlobStore, TemporaryBlob } from "./blobs.js";
import type { ServerInstance } from "./instance.js";
import { showableName } from "./names.js";
import { readUpload, type FileReading } from "./parse-worker.js";
import { newReceipt, receiptHash } from "./receipts.js";
import type { Store, StoredFile } from "./store/store.js";
import { WorkerBudgetExceeded } from "./timed-worker.js";

export interface ReceivedFile extends TemporaryBlob {
  /** The contributor's file name, cleaned for display. */
  name: string;
}

export interface FileResult {
  name: string;
  bytes: number;
  sha256: string;
  format: string | null;
  accepted: boolean;
  /** "card" for a character card, "definitions" for a Character.AI definitions dump, used for the chats beside it. */
  role?: "chat" | "card" | "definitions";
  conversations: number;
  messages: number;
  /** Records inside the file that could not be read. */
  refused: number;
  reason?: string;
  warnings: string[];
}

export interface IntakeResult {
  submissionId: string | null;
  receipt: string | null;
  files: FileResult[];
}

/**
 * A file name safe to show: no folders, at most 200 characters, and control and bidi characters
 * shown as visible `\uXXXX` escapes, not obeyed (names.ts says why).
 */
export function displayName(name: string | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  return showableName(base.trim()) || "unnamed";
}

/** Where submissions live: the rows, the blob files, and this server among those sharing them. */
export interface Storage {
  store: Store;
  blobs: BlobStore;
  instance: ServerInstance;
}

export interface IntakeOptions {
  /** Longest the reading of one upload's files may take, in ms [10 000]; past it every file is refused. */
  parseBudgetMs?: number;
}

export const DEFAULT_PARSE_BUDGET_MS = 10_000;

/**
 * Reads an upload's files (on a worker thread, at most `parseBudgetMs` [10 s]), then keeps the
 * accepted ones under one receipt; refused files, and every file of an upload whose reading ran
 * past its budget, are discarded.
 */
export async function takeSubmission({ store, blobs }: Storage, received: readonly ReceivedFile[], consent: Consent, channel: string, options: IntakeOptions = {}): Promise<IntakeResult> {
  // `??`, not a spread of defaults: a caller passing its own options along may pass undefined.
  const parseBudgetMs = options.parseBudgetMs ?? DEFAULT_PARSE_BUDGET_MS;
  const byPath = new Map(received.map((file) => [file.path, file]));
  const results = new Map<string, FileResult>(
    received.map((file) => [file.path, { name: file.name, bytes: file.bytes, sha256: file.sha256, format: null, accepted: false, conversations: 0, messages: 0, refused: 0, warnings: [] }]),
  );
  const own = (text: string) => {
    let out = text;
    for (const [path, file] of byPath) out = out.split(path).join(file.name);
    return out;
  };
  let readings: Map<string, FileReading>;
  try {
    readings = await readUpload([...byPath.keys()], parseBudgetMs);
  } catch (error) {
    for (const file of received) await blobs.discard(file);
    if (!(error instanceof WorkerBudgetExceeded)) throw error;
    const reason = `reading this upload took longer than the ${parseBudgetMs / 1000} s allowed, so it was stopped and nothing was kept`;
    return { submissionId: null, receipt: null, files: [...results.values()].map((result) => ({ ...result, reason })) };
  }
  const firstRefusal = new Map<string, string>();
  for (const [path, reading] of readings) {
    const result = results.get(path)!;
    result.format = reading.format;
    result.conversations = reading.conversations;
    result.messages = reading.messages;
    result.refused = reading.refused;
    result.warnings = reading.warnings.map(own);
    if (reading.firstRefusal !== undefined) firstRefusal.set(path, own(reading.firstRefusal));
  }
  const chatsAccepted = [...results.values()].some((result) => result.conversations > 0);
  for (const [path, result] of results) {
    if (result.conversations > 0) {
      result.accepted = true;
      result.role = "chat";
    } else if ((result.format === "card-json" || result.format === "card-png") && chatsAccepted) {
      result.accepted = true;
      result.role = "card";
    } else if (result.format === "cai-definitions" && chatsAccepted) {
      // characterai-dumper's definitions complete the chat dump of the same bot, as in `pippa import`.
      result.accepted = true;
      result.role = "definitions";
    } else {
      result.reason =
        firstRefusal.get(path) ??
        (result.format?.startsWith("card")
          ? "a character card alone holds no conversation; send it with its chat"
          : result.format === "cai-definitions"
            ? "Character.AI definitions alone hold no conversation; send them with the chat dump of the same bot"
            : "no conversation found in this file");
    }
  }

  const accepted = received.filter((file) => results.get(file.path)!.accepted);
  if (accepted.length === 0) {
    for (const file of received) await blobs.discard(file);
    return { submissionId: null, receipt: null, files: [...results.values()] };
  }
  const files: StoredFile[] = [];
  const submissionId = randomUUID();
  for (const file of received) {
    const result = results.get(file.path)!;
    if (!result.accepted) {
      await blobs.discard(file);
      continue;
    }
    files.push({ id: randomUUID(), submissionId, sha256: file.sha256, name: file.name, bytes: file.bytes, format: result.format ?? "unknown", status: result.role === "card" || result.role === "definitions" ? result.role : "ok", conversations: result.conversations, messages: result.messages });
  }
  const receipt = newReceipt();
  const submission = { id: submissionId, createdMs: Date.now(), consent, channel, receiptHash: receiptHash(receipt), files, newBlobs: accepted.map((file) => ({ sha256: file.sha256, bytes: file.bytes })) };
  await store.insertSubmission(submission, async () => {
    for (const file of accepted) await blobs.keep(file);
  });
  return { submissionId, receipt, files: [...results.values()] };
}

/** Withdraws the submission of a receipt: rows first (one transaction), then the files nothing else uses. */
export async function withdrawSubmission({ store, blobs }: Storage, receipt: string): Promise<{ withdrawn: boolean; alreadyWithdrawn: boolean }> {
  const outcome = await store.withdraw(receiptHash(receipt), Date.now());
  for (const sha256 of outcome.orphanBlobs) await store.removeBlobIfUnreferenced(sha256, () => blobs.remove(sha256));
  return { withdrawn: outcome.withdrawn, alreadyWithdrawn: outcome.alreadyWithdrawn };
}
