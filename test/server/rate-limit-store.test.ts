/**
 * The upload rate counted in the database: per client and per route, a window from the first hit,
 * ended windows forgotten; with PostgreSQL, hits from two servers at once all counted.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import Database from "better-sqlite3";
import { after, describe, it } from "node:test";
import type { FastifyRateLimitStore } from "@fastify/rate-limit";
import { databaseRateLimitStore } from "../../src/server/rate-limit-store.js";
import { openStore } from "../../src/server/store/open.js";
import type { Store } from "../../src/server/store/store.js";
import { temporaryFolder } from "../helpers/io.js";
import { freshDatabase, testPostgres } from "./postgres-helpers.js";
import { waitFor } from "./server-helpers.js";

function hit(store: FastifyRateLimitStore, key: string, windowMs = 60_000): Promise<{ current: number; ttl: number }> {
  return new Promise((resolve, reject) => store.incr(key, (error, result) => (error ? reject(error) : resolve(result!)), windowMs, 10));
}

const route = (url: string) => ({ routeInfo: { method: "POST", url } }) as unknown as Parameters<FastifyRateLimitStore["child"]>[0];

describe("the upload rate counted in the database", () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("counts per client and route, in windows that start at the first hit, and forgets ended ones", async () => {
    const folder = await temporaryFolder();
    const store = await openStore(`sqlite:${join(folder.path, "pippa.db")}`);
    cleanups.push(folder.cleanup, () => store.close());
    let now = 1_000_000;
    const Counter = databaseRateLimitStore(store, () => now);
    const uploads = new Counter({}).child(route("/api/submissions"));
    const other = new Counter({}).child(route("/api/other"));
    assert.deepEqual(await hit(uploads, "203.0.113.1"), { current: 1, ttl: 60_000 });
    now += 20_000;
    assert.deepEqual(await hit(uploads, "203.0.113.1"), { current: 2, ttl: 40_000 });
    assert.equal((await hit(uploads, "203.0.113.2")).current, 1, "another client");
    assert.equal((await hit(other, "203.0.113.1")).current, 1, "another route");
    now += 40_000;
    assert.deepEqual(await hit(uploads, "203.0.113.1"), { current: 1, ttl: 60_000 }, "a new window once the last one ended");
    const rows = () => {
      const db = new Database(join(folder.path, "pippa.db"), { readonly: true });
      try {
        return (db.prepare("SELECT key FROM rate_limit_hits ORDER BY key").all() as { key: string }[]).map((row) => row.key);
      } finally {
        db.close();
      }
    };
    assert.equal(rows().length, 3);
    now += 120_000;
    await hit(uploads, "203.0.113.3"); // a minute after the last sweep: the ended windows go
    assert.ok(await waitFor(() => rows().length === 1, 2000), rows().join(", "));
    assert.deepEqual(rows(), ["POST /api/submissions 203.0.113.3"]);
  });

  const postgres = testPostgres("the PostgreSQL run of the rate-limit store");
  if (postgres) {
    it("counts every hit when two servers count the same client at once (PostgreSQL)", async () => {
      const database = await freshDatabase(postgres);
      const stores: Store[] = [await openStore(database.url), await openStore(database.url)];
      cleanups.push(database.drop, async () => void (await Promise.all(stores.map((store) => store.close()))));
      const counters = stores.map((store) => new (databaseRateLimitStore(store))({}).child(route("/api/submissions")));
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => hit(counters[i % 2], "198.51.100.9")));
      assert.deepEqual(results.map((result) => result.current).sort((a, b) => a - b), Array.from({ length: 60 }, (_, i) => i + 1));
    });
  }
});
