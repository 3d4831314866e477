/**
 * A data folder holds the files of one database, and DATA/database-id says which. A server given a
 * folder whose files belong to another database refuses to start: its start-up sweep would take
 * every file there for an orphan, since no row of its own database refers to them. This is also
 * what keeps a SQLite server off a folder that PostgreSQL servers share, and the other way round.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ERROR_CODES, PippaError } from "../model/errors.js";
import { createPrivateFileOnce } from "./private-files.js";
import type { Store } from "./store/store.js";

export const DATABASE_ID_FILE = "database-id";

/** Records the store's database in the folder at its first start there, or throws PIPPA_E_USAGE if the folder is another database's. */
export async function checkFolderDatabase(dataDir: string, store: Store): Promise<void> {
  const id = await store.databaseId();
  const path = join(dataDir, DATABASE_ID_FILE);
  await createPrivateFileOnce(path, `${id}\n`);
  if ((await readFile(path, "utf8")).trim() !== id) {
    throw new PippaError(ERROR_CODES.usage, "this data folder holds the files of another database: give this server the --data folder its --db was used with, or a new one", { source: path });
  }
}
