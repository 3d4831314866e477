/**
 * PostgreSQL through node-postgres, for deployments bigger than one machine's disk, and for several
 * servers on one database. Named locks are advisory locks, which PostgreSQL frees when the session
 * that took them ends, so a server killed with `kill -9` leaves none behind.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import { numberedParameters, type HeldLock, type Row, type SqlDatabase, type SqlExecutor, type SqlTransaction, type SqlValue } from "./sql.js";

/** A lock's name as the 64-bit key advisory locks take (two names sharing a key only wait on each other). */
export function lockKey(name: string): bigint {
  return createHash("sha256").update(`pippa-lock:${name}`).digest().readBigInt64BE(0);
}

const LOCK = "SELECT pg_advisory_lock($1::bigint)";
const UNLOCK = "SELECT pg_advisory_unlock($1::bigint)";
const RETAKE_AFTER_MS = 1000;

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    all: async (sql, params = []) => (await client.query(numberedParameters(sql), params as SqlValue[])).rows as Row[],
    run: async (sql, params = []) => (await client.query(numberedParameters(sql), params as SqlValue[])).rowCount ?? 0,
  };
}

export class PostgresDatabase implements SqlDatabase {
  readonly kind = "postgres" as const;
  private readonly pool: pg.Pool;
  /**
   * Sessions that wait for and hold the locks of `withLock`, apart from the pool the work inside
   * uses: a holder never waits for a connection that a waiter for its lock keeps.
   */
  private readonly lockSessions: pg.Pool;

  constructor(private readonly connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 8 });
    this.lockSessions = new pg.Pool({ connectionString, max: 4 });
    // An idle connection that fails (the database restarted) is dropped by its pool; the next query opens another.
    for (const pool of [this.pool, this.lockSessions]) pool.on("error", () => {});
  }

  all(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return executor(this.pool).all(sql, params);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return executor(this.pool).run(sql, params);
  }

  async transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx: SqlTransaction = {
      ...executor(client),
      lock: async (names) => {
        const keys = [...new Set(names.map(lockKey))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        for (const key of keys) await client.query("SELECT pg_advisory_xact_lock($1::bigint)", [String(key)]);
      },
    };
    try {
      await client.query("BEGIN");
      const value = await work(tx);
      await client.query("COMMIT");
      return value;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    const key = String(lockKey(name));
    const client = await this.lockSessions.connect();
    let unlocked = false;
    try {
      await client.query(LOCK, [key]);
      try {
        return await work();
      } finally {
        await client.query(UNLOCK, [key]);
        unlocked = true;
      }
    } finally {
      // A session that may still hold the lock is closed, not pooled: closing frees the lock.
      client.release(!unlocked);
    }
  }

  async holdLock(name: string): Promise<HeldLock> {
    const key = String(lockKey(name));
    let released = false;
    let retaking = false;
    let current: pg.Client | null = null;
    const take = async (): Promise<void> => {
      const client = new pg.Client({ connectionString: this.connectionString });
      current = client;
      client.on("error", () => lost(client));
      await client.connect();
      await client.query(LOCK, [key]);
    };
    // A lost session has lost the lock too: it is taken again on a new one (one attempt at a time), until released.
    const lost = (client: pg.Client) => {
      client.end().catch(() => {});
      if (released || retaking || client !== current) return;
      retaking = true;
      const retake = () => {
        if (released) return;
        take().then(
          () => void (retaking = false),
          () => setTimeout(retake, RETAKE_AFTER_MS).unref(),
        );
      };
      setTimeout(retake, RETAKE_AFTER_MS).unref();
    };
    try {
      await take();
    } catch (error) {
      released = true;
      await current!.end().catch(() => {});
      throw error;
    }
    return {
      release: async () => {
        if (released) return;
        released = true;
        await current?.end().catch(() => {});
      },
    };
  }

  async isLockHeld(name: string): Promise<boolean> {
    // Read from pg_locks rather than tried: trying would hold it for a moment, and waits for no
    // connection of the lock sessions. A bigint key shows as its high and low halves, objsubid 1.
    const key = BigInt.asUintN(64, lockKey(name));
    const [row] = await this.all(
      "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND classid = ?::oid AND objid = ?::oid AND objsubid = 1) AS held",
      [String(key >> 32n), String(key & 0xffffffffn)],
    );
    return row.held === true;
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.lockSessions.end()]);
  }
}
