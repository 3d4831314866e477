/**
 * What the server keeps, whatever the database: submissions (consent, when, a hash of the receipt
 * code, never the code), their files (sha256 of the original bytes, detected format, what was read),
 * the content-addressed blobs they point to, withdrawals (tombstones) and builds. SQLite and
 * PostgreSQL implement it with the same schema.
 */
import type { Consent } from "../../model/pippa-record.js";

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
  /** Stores a submission with its files in one transaction; durable when it resolves. */
  insertSubmission(submission: NewSubmission): Promise<void>;
  /** The submission a receipt hash belongs to, or null. */
  findByReceipt(receiptHash: string): Promise<Submission | null>;
  /** Deletes a submission and its files; returns the blobs nothing refers to any more. */
  withdraw(receiptHash: string, atMs: number): Promise<{ withdrawn: boolean; alreadyWithdrawn: boolean; orphanBlobs: string[] }>;
  getSubmission(id: string): Promise<Submission | null>;
  listSubmissions(filter: SubmissionFilter): Promise<{ total: number; submissions: Submission[] }>;
  /** Counts for the console: submissions, files, by consent and by format. */
  counts(): Promise<{ submissions: number; files: number; byConsent: Record<string, number>; byFormat: Record<string, number>; withdrawn: number }>;
  /** Every blob a submission refers to, to find unreferenced files at start-up. */
  referencedBlobs(): Promise<Set<string>>;
  /** Files of every current submission, for builds and statistics. */
  allFiles(): Promise<(StoredFile & { consent: Consent; createdMs: number })[]>;
  /** Records that a finished release included these submissions. */
  markBuilt(submissionIds: readonly string[], atMs: number): Promise<void>;
  insertBuild(build: BuildRow): Promise<void>;
  updateBuild(id: string, changes: Partial<Omit<BuildRow, "id" | "createdMs">>): Promise<void>;
  getBuild(id: string): Promise<BuildRow | null>;
  listBuilds(): Promise<BuildRow[]>;
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
