/** The PostgreSQL the server's tests may use (PIPPA_TEST_POSTGRES), and a fresh database on it for each suite. */
import { randomBytes } from "node:crypto";
import pg from "pg";

/** The test server's URL, or null after printing that `what` is skipped. */
export function testPostgres(what: string): string | null {
  const url = process.env.PIPPA_TEST_POSTGRES;
  if (!url) console.log(`# SKIPPING ${what}: set PIPPA_TEST_POSTGRES=postgres://… (.ci/run starts one)`);
  return url || null;
}

/** A new empty database on the server of `url` (suites running at once never meet), and how to drop it. */
export async function freshDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pippa_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return {
    url: fresh.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
