/**
 * The little a store needs of a SQL database, so one implementation serves SQLite and PostgreSQL:
 * queries with `?` parameters (rewritten to `$1…` for PostgreSQL), transactions, and named locks
 * that every server on the database sees (PostgreSQL advisory locks; with SQLite, whose database
 * one process holds alone, locks within this process).
 */
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface SqlExecutor {
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlTransaction extends SqlExecutor {
  /**
   * Takes these named locks until the transaction ends (commit, rollback, or the connection dying
   * with its process). Call it once per transaction: the names are taken in one fixed order, so two
   * transactions never wait on each other in a cycle. With SQLite a no-op: a transaction there
   * already excludes every other writer.
   */
  lock(names: readonly string[]): Promise<void>;
}

/** A lock held beyond one transaction, until released or until its process ends. */
export interface HeldLock {
  release(): Promise<void>;
}

export interface SqlDatabase extends SqlExecutor {
  readonly kind: "sqlite" | "postgres";
  /**
   * Runs `work` in one transaction: all of it or none, durable once it resolves. `work` may do
   * other I/O (files) while it holds the transaction's locks, but must not use the database
   * other than through `tx`: connections are few, and one waiting for another would hang.
   */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** Runs `work` holding a named lock; `work` may use the database, but not take another lock. */
  withLock<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Takes a named lock for as long as the caller keeps it, waiting for it when it is held. */
  holdLock(name: string): Promise<HeldLock>;
  /** Whether someone (this process or another on the database) holds a named lock. */
  isLockHeld(name: string): Promise<boolean>;
  /** Runs several statements (a migration), no parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the queries here hold no `?` in string literals). */
export function numberedParameters(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
