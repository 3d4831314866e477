/** The store over any `SqlDatabase` (SQLite or PostgreSQL): one implementation, one schema. */
import { randomUUID } from "node:crypto";
import type { Consent } from "../../model/pippa-record.js";
import { MIGRATIONS } from "./migrations.js";
import type { Row, SqlDatabase, SqlExecutor } from "./sql.js";
import { blobLock, type BuildRow, type FileStatus, type HeldLock, type NewSubmission, type Store, type StoredFile, type Submission, type SubmissionFilter } from "./store.js";

const num = (value: unknown) => Number(value);

function fileOf(row: Row): StoredFile {
  return {
    id: String(row.id),
    submissionId: String(row.submission_id),
    sha256: String(row.sha256),
    name: String(row.name),
    bytes: num(row.bytes),
    format: String(row.format),
    status: row.status as FileStatus,
    conversations: num(row.conversations),
    messages: num(row.messages),
  };
}

function buildOf(row: Row): BuildRow {
  return {
    id: String(row.id),
    createdMs: num(row.created_ms),
    status: row.status as BuildRow["status"],
    stage: String(row.stage),
    records: num(row.records),
    error: row.error === null || row.error === undefined ? null : String(row.error),
    summary: row.summary ? JSON.parse(String(row.summary)) : null,
  };
}

export class SqlStore implements Store {
  constructor(private readonly db: SqlDatabase) {}

  get kind(): "sqlite" | "postgres" {
    return this.db.kind;
  }

  async migrate(): Promise<void> {
    await this.db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    const [row] = await this.db.all("SELECT MAX(version) AS version FROM schema_version");
    const current = row?.version === null || row?.version === undefined ? 0 : num(row.version);
    for (let version = current + 1; version <= MIGRATIONS.length; version++) {
      await this.db.transaction(async (tx) => {
        for (const statement of MIGRATIONS[version - 1].split(/;\s*$/m).map((part) => part.trim()).filter(Boolean)) await tx.run(statement);
        await tx.run("INSERT INTO schema_version (version) VALUES (?)", [version]);
      });
    }
  }

  async databaseId(): Promise<string> {
    await this.db.run("INSERT INTO database_id (one, id) VALUES (1, ?) ON CONFLICT DO NOTHING", [randomUUID()]);
    const [row] = await this.db.all("SELECT id FROM database_id WHERE one = 1");
    return String(row.id);
  }

  async insertSubmission(submission: NewSubmission, keepFiles: () => Promise<void> = async () => {}): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.lock([...submission.files.map((file) => file.sha256), ...submission.newBlobs.map((blob) => blob.sha256)].map(blobLock));
      await keepFiles();
      for (const blob of submission.newBlobs) {
        await tx.run("INSERT INTO blobs (sha256, bytes, created_ms) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING", [blob.sha256, blob.bytes, submission.createdMs]);
      }
      await tx.run("INSERT INTO submissions (id, created_ms, consent, channel, receipt_hash) VALUES (?, ?, ?, ?, ?)", [submission.id, submission.createdMs, submission.consent, submission.channel, submission.receiptHash]);
      for (const [position, file] of submission.files.entries()) {
        await tx.run("INSERT INTO files (id, submission_id, position, sha256, name, bytes, format, status, conversations, messages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
          file.id,
          submission.id,
          position,
          file.sha256,
          file.name,
          file.bytes,
          file.format,
          file.status,
          file.conversations,
          file.messages,
        ]);
      }
    });
  }

  private async withFiles(executor: SqlExecutor, rows: Row[]): Promise<Submission[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => String(row.id));
    const files = await executor.all(`SELECT * FROM files WHERE submission_id IN (${ids.map(() => "?").join(", ")}) ORDER BY submission_id, position`, ids);
    const bySubmission = new Map<string, StoredFile[]>();
    for (const row of files) {
      const file = fileOf(row);
      const list = bySubmission.get(file.submissionId) ?? [];
      list.push(file);
      bySubmission.set(file.submissionId, list);
    }
    return rows.map((row) => ({
      id: String(row.id),
      createdMs: num(row.created_ms),
      consent: row.consent as Consent,
      channel: String(row.channel),
      files: bySubmission.get(String(row.id)) ?? [],
      lastBuildMs: row.last_build_ms === null || row.last_build_ms === undefined ? null : num(row.last_build_ms),
    }));
  }

  async findByReceipt(receiptHash: string): Promise<Submission | null> {
    const rows = await this.db.all("SELECT * FROM submissions WHERE receipt_hash = ?", [receiptHash]);
    return (await this.withFiles(this.db, rows))[0] ?? null;
  }

  async getSubmission(id: string): Promise<Submission | null> {
    const rows = await this.db.all("SELECT * FROM submissions WHERE id = ?", [id]);
    return (await this.withFiles(this.db, rows))[0] ?? null;
  }

  async withdraw(receiptHash: string, atMs: number): Promise<{ withdrawn: boolean; alreadyWithdrawn: boolean; orphanBlobs: string[] }> {
    return this.db.transaction(async (tx) => {
      const [submission] = await tx.all("SELECT id FROM submissions WHERE receipt_hash = ?", [receiptHash]);
      if (!submission) {
        const [tombstone] = await tx.all("SELECT receipt_hash FROM withdrawals WHERE receipt_hash = ?", [receiptHash]);
        return { withdrawn: false, alreadyWithdrawn: Boolean(tombstone), orphanBlobs: [] };
      }
      const blobs = (await tx.all("SELECT DISTINCT sha256 FROM files WHERE submission_id = ?", [String(submission.id)])).map((row) => String(row.sha256));
      // An upload of the same bytes on another server either committed already (its files are seen
      // below) or waits until this ends (and then writes the blob's row again).
      await tx.lock(blobs.map(blobLock));
      await tx.run("DELETE FROM files WHERE submission_id = ?", [String(submission.id)]);
      await tx.run("DELETE FROM submissions WHERE id = ?", [String(submission.id)]);
      await tx.run("INSERT INTO withdrawals (receipt_hash, withdrawn_ms) VALUES (?, ?)", [receiptHash, atMs]);
      const orphanBlobs: string[] = [];
      for (const sha256 of blobs) {
        const [still] = await tx.all("SELECT 1 AS used FROM files WHERE sha256 = ? LIMIT 1", [sha256]);
        if (!still) {
          await tx.run("DELETE FROM blobs WHERE sha256 = ?", [sha256]);
          orphanBlobs.push(sha256);
        }
      }
      return { withdrawn: true, alreadyWithdrawn: false, orphanBlobs };
    });
  }

  async listSubmissions(filter: SubmissionFilter): Promise<{ total: number; submissions: Submission[] }> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.consent) {
      where.push("s.consent = ?");
      params.push(filter.consent);
    }
    if (filter.status) where.push(filter.status === "new" ? "s.last_build_ms IS NULL" : "s.last_build_ms IS NOT NULL");
    if (filter.format) {
      where.push("EXISTS (SELECT 1 FROM files f WHERE f.submission_id = s.id AND f.format = ?)");
      params.push(filter.format);
    }
    const clause = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const [count] = await this.db.all(`SELECT COUNT(*) AS total FROM submissions s ${clause}`, params);
    const rows = await this.db.all(`SELECT s.* FROM submissions s ${clause} ORDER BY s.created_ms DESC, s.id LIMIT ? OFFSET ?`, [...params, filter.limit ?? 50, filter.offset ?? 0]);
    return { total: num(count.total), submissions: await this.withFiles(this.db, rows) };
  }

  async counts() {
    const [totals] = await this.db.all("SELECT (SELECT COUNT(*) FROM submissions) AS submissions, (SELECT COUNT(*) FROM files) AS files, (SELECT COUNT(*) FROM withdrawals) AS withdrawn");
    const byConsent: Record<string, number> = {};
    for (const row of await this.db.all("SELECT consent, COUNT(*) AS n FROM submissions GROUP BY consent")) byConsent[String(row.consent)] = num(row.n);
    const byFormat: Record<string, number> = {};
    for (const row of await this.db.all("SELECT format, COUNT(*) AS n FROM files GROUP BY format")) byFormat[String(row.format)] = num(row.n);
    return { submissions: num(totals.submissions), files: num(totals.files), withdrawn: num(totals.withdrawn), byConsent, byFormat };
  }

  async referencedBlobs(): Promise<Set<string>> {
    return new Set((await this.db.all("SELECT sha256 FROM blobs")).map((row) => String(row.sha256)));
  }

  removeBlobIfUnreferenced(sha256: string, removeFile: () => Promise<void>): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await tx.lock([blobLock(sha256)]);
      const [row] = await tx.all("SELECT 1 AS used FROM blobs WHERE sha256 = ?", [sha256]);
      if (row) return false;
      await removeFile();
      return true;
    });
  }

  async allFiles() {
    const rows = await this.db.all("SELECT f.*, s.consent AS consent, s.created_ms AS submission_ms FROM files f JOIN submissions s ON s.id = f.submission_id ORDER BY s.created_ms, f.submission_id, f.position");
    return rows.map((row) => ({ ...fileOf(row), consent: row.consent as Consent, createdMs: num(row.submission_ms) }));
  }

  async markBuilt(submissionIds: readonly string[], atMs: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const id of submissionIds) await tx.run("UPDATE submissions SET last_build_ms = ? WHERE id = ?", [atMs, id]);
    });
  }

  async insertBuild(build: BuildRow, claimedBy: string | null = null): Promise<boolean> {
    // The unique index builds_one_running turns a second running build into a conflict, ignored here.
    const inserted = await this.db.run("INSERT INTO builds (id, created_ms, status, stage, records, error, summary, claimed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", [
      build.id,
      build.createdMs,
      build.status,
      build.stage,
      build.records,
      build.error,
      build.summary === null ? null : JSON.stringify(build.summary),
      claimedBy,
    ]);
    return inserted === 1;
  }

  async runningBuilds(): Promise<{ id: string; claimedBy: string | null }[]> {
    return (await this.db.all("SELECT id, claimed_by FROM builds WHERE status = 'running'")).map((row) => ({ id: String(row.id), claimedBy: row.claimed_by === null || row.claimed_by === undefined ? null : String(row.claimed_by) }));
  }

  async updateBuild(id: string, changes: Partial<Omit<BuildRow, "id" | "createdMs">>): Promise<void> {
    const columns: Record<string, string | number | null> = {};
    if (changes.status !== undefined) columns.status = changes.status;
    if (changes.stage !== undefined) columns.stage = changes.stage;
    if (changes.records !== undefined) columns.records = changes.records;
    if (changes.error !== undefined) columns.error = changes.error;
    if (changes.summary !== undefined) columns.summary = JSON.stringify(changes.summary);
    const names = Object.keys(columns);
    if (names.length === 0) return;
    await this.db.run(`UPDATE builds SET ${names.map((name) => `${name} = ?`).join(", ")} WHERE id = ?`, [...Object.values(columns), id]);
  }

  async getBuild(id: string): Promise<BuildRow | null> {
    const [row] = await this.db.all("SELECT * FROM builds WHERE id = ?", [id]);
    return row ? buildOf(row) : null;
  }

  async listBuilds(): Promise<BuildRow[]> {
    return (await this.db.all("SELECT * FROM builds ORDER BY created_ms DESC LIMIT 50")).map(buildOf);
  }

  async countHit(key: string, nowMs: number, windowMs: number): Promise<{ hits: number; windowEndMs: number }> {
    // One statement, so hits on several servers at once are all counted.
    const [row] = await this.db.all(
      `INSERT INTO rate_limit_hits (key, hits, window_end_ms) VALUES (?, 1, ?)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit_hits.window_end_ms <= ? THEN 1 ELSE rate_limit_hits.hits + 1 END,
         window_end_ms = CASE WHEN rate_limit_hits.window_end_ms <= ? THEN excluded.window_end_ms ELSE rate_limit_hits.window_end_ms END
       RETURNING hits, window_end_ms`,
      [key, nowMs + windowMs, nowMs, nowMs],
    );
    return { hits: num(row.hits), windowEndMs: num(row.window_end_ms) };
  }

  async forgetEndedHits(nowMs: number): Promise<void> {
    await this.db.run("DELETE FROM rate_limit_hits WHERE window_end_ms <= ?", [nowMs]);
  }

  withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    return this.db.withLock(name, work);
  }

  holdLock(name: string): Promise<HeldLock> {
    return this.db.holdLock(name);
  }

  isLockHeld(name: string): Promise<boolean> {
    return this.db.isLockHeld(name);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
