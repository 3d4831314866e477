/** The schema, as numbered migrations in SQL both SQLite and PostgreSQL accept. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE blobs (
     sha256 TEXT PRIMARY KEY,
     bytes BIGINT NOT NULL,
     created_ms BIGINT NOT NULL
   );
   CREATE TABLE submissions (
     id TEXT PRIMARY KEY,
     created_ms BIGINT NOT NULL,
     consent TEXT NOT NULL CHECK (consent IN ('public', 'private')),
     channel TEXT NOT NULL,
     receipt_hash TEXT NOT NULL UNIQUE
   );
   CREATE TABLE files (
     id TEXT PRIMARY KEY,
     submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     sha256 TEXT NOT NULL REFERENCES blobs(sha256),
     name TEXT NOT NULL,
     bytes BIGINT NOT NULL,
     format TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('ok', 'card')),
     conversations INTEGER NOT NULL,
     messages INTEGER NOT NULL
   );
   CREATE INDEX files_submission ON files (submission_id);
   CREATE INDEX files_sha256 ON files (sha256);
   CREATE INDEX submissions_created ON submissions (created_ms);
   CREATE TABLE withdrawals (
     receipt_hash TEXT PRIMARY KEY,
     withdrawn_ms BIGINT NOT NULL
   );
   CREATE TABLE builds (
     id TEXT PRIMARY KEY,
     created_ms BIGINT NOT NULL,
     status TEXT NOT NULL,
     stage TEXT NOT NULL,
     records INTEGER NOT NULL,
     error TEXT,
     summary TEXT
   );`,
  // Which submissions went into a finished release, for the console's "status" filter.
  `ALTER TABLE submissions ADD COLUMN last_build_ms BIGINT`,
  // A Character.AI definitions dump kept beside its chat dump: a status of its own. A CHECK cannot
  // be altered in SQLite, so the table is rebuilt (the same SQL in PostgreSQL).
  `CREATE TABLE files_next (
     id TEXT PRIMARY KEY,
     submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     sha256 TEXT NOT NULL REFERENCES blobs(sha256),
     name TEXT NOT NULL,
     bytes BIGINT NOT NULL,
     format TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('ok', 'card', 'definitions')),
     conversations INTEGER NOT NULL,
     messages INTEGER NOT NULL
   );
   INSERT INTO files_next (id, submission_id, position, sha256, name, bytes, format, status, conversations, messages)
     SELECT id, submission_id, position, sha256, name, bytes, format, status, conversations, messages FROM files;
   DROP TABLE files;
   ALTER TABLE files_next RENAME TO files;
   CREATE INDEX files_submission ON files (submission_id);
   CREATE INDEX files_sha256 ON files (sha256);`,
  // Several servers on one database: which server runs a build, at most one build running among
  // them all (a build that lost its server is failed at the next start; an older version could leave
  // several), and the upload rate they share.
  `UPDATE builds SET status = 'failed', error = 'interrupted by a restart'
     WHERE status = 'running' AND id <> (SELECT id FROM builds WHERE status = 'running' ORDER BY created_ms DESC LIMIT 1);
   ALTER TABLE builds ADD COLUMN claimed_by TEXT;
   CREATE UNIQUE INDEX builds_one_running ON builds (status) WHERE status = 'running';
   CREATE TABLE rate_limit_hits (
     key TEXT PRIMARY KEY,
     hits INTEGER NOT NULL,
     window_end_ms BIGINT NOT NULL
   );
   CREATE INDEX rate_limit_hits_window_end ON rate_limit_hits (window_end_ms);`,
  // Which database a data folder's files belong to (DATA/database-id holds the same id): one row.
  `CREATE TABLE database_id (
     one INTEGER PRIMARY KEY CHECK (one = 1),
     id TEXT NOT NULL
   );`,
];
