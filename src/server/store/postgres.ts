/** PostgreSQL through node-postgres, for deployments bigger than one machine's disk. */
import pg from "pg";
import { numberedParameters, type Row, type SqlDatabase, type SqlExecutor, type SqlValue } from "./sql.js";

export class PostgresDatabase implements SqlDatabase {
  readonly kind = "postgres" as const;
  private readonly pool: pg.Pool;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 8 });
  }

  private static executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
    return {
      all: async (sql, params = []) => (await client.query(numberedParameters(sql), params as SqlValue[])).rows as Row[],
      run: async (sql, params = []) => (await client.query(numberedParameters(sql), params as SqlValue[])).rowCount ?? 0,
    };
  }

  all(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return PostgresDatabase.executor(this.pool).all(sql, params);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return PostgresDatabase.executor(this.pool).run(sql, params);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const value = await work(PostgresDatabase.executor(client));
      await client.query("COMMIT");
      return value;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
