/**
 * Where submissions and releases live, as decorators: `app.storage` (the store's rows, the blob
 * files and the lock that changes both together) and `app.builds` (release builds from the
 * console). At start it clears what a crash left: uploads half-received, files between their bytes
 * and their row, builds a restart interrupted. A server alone on its data folder removes them all;
 * one that shares the folder (PostgreSQL) only those untouched for long, as the rest may be
 * another server's uploads in flight. Closing the server waits for a running build.
 */
import { join } from "node:path";
import fp from "fastify-plugin";
import type { BuildConfig } from "../../runner/release/config.js";
import { ABANDONED_AFTER_MS, BlobStore } from "../blobs.js";
import { BuildManager } from "../builds.js";
import { StorageLock, type Storage } from "../intake.js";
import { makePrivateFolder } from "../private-files.js";
import type { Store } from "../store/store.js";

export interface StorageOptions {
  store: Store;
  /** The data folder (blobs/, tmp/, builds/ inside). */
  dataDir: string;
  /** Whether this server is the folder's only one (SQLite holds it alone). */
  alone: boolean;
  /** The settings of releases built from the console. */
  buildConfig: BuildConfig;
}

declare module "fastify" {
  interface FastifyInstance {
    storage: Storage;
    builds: BuildManager;
  }
}

export const storage = fp<StorageOptions>(
  async (app, options) => {
    const blobs = new BlobStore(options.dataDir);
    await blobs.init();
    const storage: Storage = { store: options.store, blobs, lock: new StorageLock() };
    const sweep = { olderThanMs: options.alone ? 0 : ABANDONED_AFTER_MS };
    await blobs.clearTemporary(sweep);
    await blobs.collectGarbage(await options.store.referencedBlobs(), sweep);
    const buildsFolder = join(options.dataDir, "builds");
    await makePrivateFolder(buildsFolder);
    const builds = new BuildManager(storage, buildsFolder, options.buildConfig);
    await builds.recover();
    app.decorate("storage", storage);
    app.decorate("builds", builds);
    app.addHook("onClose", () => builds.close());
  },
  { name: "pippa-storage" },
);
