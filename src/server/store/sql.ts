/**
 * The little a store needs of a SQL database, so one implementation serves SQLite and PostgreSQL:
 * queries with `?` parameters (rewritten to `$1…` for PostgreSQL) and transactions.
 */
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface SqlExecutor {
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDatabase extends SqlExecutor {
  readonly kind: "sqlite" | "postgres";
  /** Runs `work` in one transaction: all of it or none, durable once it resolves. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs several statements (a migration), no parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the queries here hold no `?` in string literals). */
export function numberedParameters(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
