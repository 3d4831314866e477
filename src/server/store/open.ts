/** A store from a URL: `sqlite:PATH` (the default, embedded) or `postgres://…`. */
import { chmod, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { SqlStore } from "./sql-store.js";
import type { Store } from "./store.js";

export async function openStore(url: string): Promise<Store> {
  let store: Store;
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const { PostgresDatabase } = await import("./postgres.js");
    store = new SqlStore(new PostgresDatabase(url));
  } else if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length);
    if (path !== ":memory:") {
      // A folder made here is owner-only; an existing one (it may be /var/lib) is left as it is.
      const created = await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      if (created) await chmod(dirname(path), 0o700);
    }
    const { SqliteDatabase } = await import("./sqlite.js");
    store = new SqlStore(new SqliteDatabase(path));
  } else {
    throw new PippaError(ERROR_CODES.usage, 'expected a database URL "sqlite:PATH" or "postgres://…"', { source: url });
  }
  await store.migrate();
  return store;
}
