/**
 * Where submissions and releases live, as decorators: `app.storage` (the store's rows, the blob
 * files, and this server among those sharing them) and `app.builds` (release builds from the
 * console). At start it checks that the folder's files are this database's (folder-database.ts), then
 * clears what a crash left (recovery.ts), beside other servers on the same database and folder if
 * there are any. Closing the server waits for a running build.
 */
import { join } from "node:path";
import fp from "fastify-plugin";
import type { BuildConfig } from "../../runner/release/config.js";
import { BlobStore } from "../blobs.js";
import { BuildManager } from "../builds.js";
import { checkFolderDatabase } from "../folder-database.js";
import { ServerInstance } from "../instance.js";
import type { Storage } from "../intake.js";
import { makePrivateFolder } from "../private-files.js";
import { recoverStorage } from "../recovery.js";
import type { Store } from "../store/store.js";

export interface StorageOptions {
  store: Store;
  /** The data folder (blobs/, tmp/, builds/ inside). */
  dataDir: string;
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
    await checkFolderDatabase(options.dataDir, options.store);
    const instance = await ServerInstance.start(options.store);
    try {
      const blobs = new BlobStore(options.dataDir, instance.id);
      await blobs.init();
      const storage: Storage = { store: options.store, blobs, instance };
      const buildsFolder = join(options.dataDir, "builds");
      await makePrivateFolder(buildsFolder);
      const builds = new BuildManager(storage, buildsFolder, options.buildConfig);
      await recoverStorage(storage, builds);
      app.decorate("storage", storage);
      app.decorate("builds", builds);
      app.addHook("onClose", async () => {
        await builds.close();
        await blobs.closeTemporary();
        await instance.release();
      });
    } catch (error) {
      await instance.release();
      throw error;
    }
  },
  { name: "pippa-storage" },
);
