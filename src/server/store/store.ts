/**
 * What the server keeps, whatever the database: submissions (consent, when, a hash of the receipt
 * code, never the code), their files (sha256 of the original bytes, detected format, what was read),
 * the content-addressed blobs they point to, withdrawals (tombstones) and builds. SQLite and
 * PostgreSQL implement it with the same schema.
 *
 * It also coordinates the servers that share one database (PostgreSQL): named locks they all see,
 * the claim of a build, the upload rate counted across them. With SQLite one process holds the
 * database, and the same methods coordinate within it.
 */
import type { Consent } from "../../model/pippa-record.js";
import type { HeldLock } from "./sql.js";

export type { HeldLock };

/** "card" and "definitions": files that complete the chats beside them (no conversation of their own). */
export type FileStatus = "ok" | "card" | "definitions";

export interface StoredFile {
  id: string;
  submissionId: string;
  sha256: string;
  /** The name the contributor's file had, for display only (never a path). */
  name: string;
  bytes: number;
  format: string;
  status: FileStatus;
  conversations: number;
  messages: number;
}

export interface Submission {
  id: string;
  createdMs: number;
  consent: Consent;
  /** Where it came from: the web page, the API, the SillyTavern extension. */
  channel: string;
  files: StoredFile[];
  /** When a finished release last included it, or null (not in a release yet). */
  lastBuildMs: number | null;
}

export interface NewSubmission {
  id: string;
  createdMs: number;
  consent: Consent;
  channel: string;
  receiptHash: string;
  files: StoredFile[];
  /** Blobs not stored before, with their sizes. */
  newBlobs: { sha256: string; bytes: number }[];
}

export interface SubmissionFilter {
  consent?: Consent;
  format?: string;
  /** "new": in no finished release yet; "built": in one. */
  status?: "new" | "built";
  limit?: number;
  offset?: number;
}

export interface BuildRow {
  id: string;
  createdMs: number;
  /** removed: the release held a submission since withdrawn, and was deleted. */
  status: "running" | "done" | "failed" | "removed";
  stage: string;
  records: number;
  error: string | null;
  summary: unknown;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** Creates or upgrades the schema. */
  migrate(): Promise<void>;
  /** This database's random id, made at the first call: a data folder records the database its files belong to. */
  databaseId(): Promise<string>;
  /**
   * Stores a submission with its files in one transaction, durable when it resolves, holding the
   * locks of its blobs (see blobLock) from before `keepFiles` runs (it puts their files in place)
   * until the rows are committed. `keepFiles` must not use the store.
   */
  insertSubmission(submission: NewSubmission, keepFiles?: () => Promise<void>): Promise<void>;
  /** The submission a receipt hash belongs to, or null. */
  findByReceipt(receiptHash: string): Promise<Submission | null>;
  /**
   * Deletes a submission and its files, holding the locks of its blobs; returns the blobs nothing
   * referred to any more (their rows are gone; remove their files with removeBlobIfUnreferenced).
   */
  withdraw(receiptHash: string, atMs: number): Promise<{ withdrawn: boolean; alreadyWithdrawn: boolean; orphanBlobs: string[] }>;
  getSubmission(id: string): Promise<Submission | null>;
  listSubmissions(filter: SubmissionFilter): Promise<{ total: number; submissions: Submission[] }>;
  /** Counts for the console: submissions, files, by consent and by format. */
  counts(): Promise<{ submissions: number; files: number; byConsent: Record<string, number>; byFormat: Record<string, number>; withdrawn: number }>;
  /** Every blob a submission refers to, to find unreferenced files at start-up. */
  referencedBlobs(): Promise<Set<string>>;
  /**
   * Holding the blob's lock, runs `removeFile` if no row refers to the blob, and says whether it
   * did. An upload keeps a blob's file and writes its row under the same lock, so a file waiting for
   * its row is never taken for an orphan. `removeFile` must not use the store.
   */
  removeBlobIfUnreferenced(sha256: string, removeFile: () => Promise<void>): Promise<boolean>;
  /** Files of every current submission, for builds and statistics. */
  allFiles(): Promise<(StoredFile & { consent: Consent; createdMs: number })[]>;
  /** Records that a finished release included these submissions. */
  markBuilt(submissionIds: readonly string[], atMs: number): Promise<void>;
  /**
   * Stores a build; a running one is claimed by `claimedBy` (a server's instance id). Returns false,
   * storing nothing, when the build is running and another build is running already: one at a time
   * among all the servers on the database.
   */
  insertBuild(build: BuildRow, claimedBy?: string): Promise<boolean>;
  /** The running builds and the server that claimed each (null: claimed before servers were told apart). */
  runningBuilds(): Promise<{ id: string; claimedBy: string | null }[]>;
  updateBuild(id: string, changes: Partial<Omit<BuildRow, "id" | "createdMs">>): Promise<void>;
  getBuild(id: string): Promise<BuildRow | null>;
  listBuilds(): Promise<BuildRow[]>;
  /**
   * Counts one hit of a rate-limited key and returns the hits in its current window and when that
   * ends: a window starts at the first hit after the last one ended and lasts `windowMs`.
   */
  countHit(key: string, nowMs: number, windowMs: number): Promise<{ hits: number; windowEndMs: number }>;
  /** Forgets the hits of windows ended by `nowMs`. */
  forgetEndedHits(nowMs: number): Promise<void>;
  /** Runs `work` holding a named lock that every server on the database respects; `work` may use the store but not take another lock. */
  withLock<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Takes a named lock until released, or until this process ends (PostgreSQL frees it with the connection). */
  holdLock(name: string): Promise<HeldLock>;
  /** Whether any server holds a named lock. */
  isLockHeld(name: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Stored files grouped by their submission, in the order given. */
export function filesBySubmission<F extends StoredFile>(files: readonly F[]): Map<string, F[]> {
  const groups = new Map<string, F[]>();
  for (const file of files) {
    const group = groups.get(file.submissionId);
    if (group) group.push(file);
    else groups.set(file.submissionId, [file]);
  }
  return groups;
}

/** The name of a blob's lock: uploads keeping it and removals of it take it (see removeBlobIfUnreferenced). */
export function blobLock(sha256: string): string {
  return `blob:${sha256}`;
}
