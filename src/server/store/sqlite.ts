/**
 * SQLite through better-sqlite3 (synchronous, in-process), in WAL mode with `synchronous = FULL`:
 * a committed transaction survives a crash of the process and of the machine. The database holds
 * contributors' data, so its files are readable by the owner only (0600).
 */
import { chmodSync, closeSync, existsSync, openSync } from "node:fs";
import Database from "better-sqlite3";
import { ProcessLocks } from "./process-locks.js";
import type { HeldLock, Row, SqlDatabase, SqlExecutor, SqlTransaction, SqlValue } from "./sql.js";

/**
 * Sets a file's mode to 0600, creating it empty first when asked (an empty file is a valid new
 * SQLite database): chmod, since the mode given at creation is cut by the umask.
 */
function makeOwnerOnly(path: string, create: boolean): void {
  if (create) closeSync(openSync(path, "a", 0o600));
  else if (!existsSync(path)) return;
  chmodSync(path, 0o600);
}

export class SqliteDatabase implements SqlDatabase {
  readonly kind = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** better-sqlite3 is synchronous: a JavaScript lock keeps async transactions from interleaving. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly locks = new ProcessLocks();

  constructor(path: string) {
    const onDisk = path !== "" && path !== ":memory:" && !path.startsWith("file:");
    if (onDisk) makeOwnerOnly(path, true);
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    // SQLite gives the -wal and -shm files it creates the database file's mode; these calls set
    // the mode of ones an earlier, laxer run left.
    if (onDisk) for (const suffix of ["-wal", "-shm"]) makeOwnerOnly(`${path}${suffix}`, false);
    this.db.pragma("synchronous = FULL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 5000");
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  private readonly executor: SqlExecutor = {
    all: async (sql, params = []) => this.statement(sql).all(...(params as SqlValue[])) as Row[],
    run: async (sql, params = []) => this.statement(sql).run(...(params as SqlValue[])).changes,
  };

  /** Every statement waits its turn, so none slips into another request's open transaction. */
  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => {});
    return result;
  }

  all(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return this.serialized(() => this.executor.all(sql, params));
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.serialized(() => this.executor.run(sql, params));
  }

  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    return this.serialized(async () => {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        // Nothing to lock: the queue runs one transaction at a time, and no other process writes here.
        const value = await work({ ...this.executor, lock: async () => {} });
        this.db.exec("COMMIT");
        return value;
      } catch (error) {
        this.db.exec("ROLLBACK");
        throw error;
      }
    });
  }

  withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    return this.locks.withLock(name, work);
  }

  async holdLock(name: string): Promise<HeldLock> {
    const release = await this.locks.acquire(name);
    return { release: async () => release() };
  }

  async isLockHeld(name: string): Promise<boolean> {
    return this.locks.isHeld(name);
  }

  exec(sql: string): Promise<void> {
    return this.serialized(async () => void this.db.exec(sql));
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }
}
