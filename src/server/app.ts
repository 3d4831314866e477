/**
 * The submission portal and curator console as a Fastify application: the contributor's pages
 * and API (upload with consent, withdraw with the receipt), the curator's (submissions, one
 * submission with its personal information marked, statistics, builds), OpenAPI at
 * /api/openapi.json. Security: size and count limits, a per-IP upload rate limit, a cap on uploads in
 * progress, timeouts for slow clients, CSRF checks on browser posts (double-submit cookie), an
 * allow-list of origins for other front-ends, a constant-time admin token, security headers, no
 * stack trace or source map ever sent, files readable by the owner only, and (SQLite) one server
 * per data folder; (PostgreSQL) any number of servers on one database and one shared data folder,
 * coordinated through the database: locks, the claim of a build, the upload rate.
 *
 * This module only composes: plugins/ hold what every route shares (headers, CSRF, origins, the
 * admin token, upload limits, storage, OpenAPI), routes/ the routes by area, http-error.ts the one
 * error handler.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { defaultBuildConfig, type BuildConfig } from "../runner/release/config.js";
import { assertDataFolderFree, lockDataFolder, type DataLock } from "./data-lock.js";
import { answerError } from "./http-error.js";
import { adminAuth } from "./plugins/admin-auth.js";
import { csrf } from "./plugins/csrf.js";
import { openapi } from "./plugins/openapi.js";
import { origins } from "./plugins/origins.js";
import { securityHeaders } from "./plugins/security-headers.js";
import { storage } from "./plugins/storage.js";
import { uploads } from "./plugins/uploads.js";
import { makePrivateFolder } from "./private-files.js";
import { adminRoutes } from "./routes/admin.js";
import { assetRoutes } from "./routes/assets.js";
import { pageRoutes } from "./routes/pages.js";
import { submissionRoutes } from "./routes/submissions.js";
import { withdrawRoutes } from "./routes/withdraw.js";
import type { Store } from "./store/store.js";
import { timeoutOptions, type HttpTimeouts } from "./timeouts.js";
import { uploadLimitsOf } from "./upload-limits.js";

export interface ServerOptions extends Partial<HttpTimeouts> {
  store: Store;
  dataDir: string;
  adminToken: string;
  /** Largest file [20 MiB], largest request [100 MiB], most files per request [20]. */
  maxFileBytes?: number;
  maxRequestBytes?: number;
  maxFiles?: number;
  /** Longest the reading of one upload's files may take, in ms [10 000]; past it the upload is refused. */
  parseBudgetMs?: number;
  /**
   * Uploads per IP per minute [30]; 0 turns the limit off. Counted in this process with SQLite, in
   * the database with PostgreSQL (shared by the servers on it), in Redis when `redisUrl` is given.
   */
  uploadsPerMinute?: number;
  /** A Redis server (`redis://…`) to count the upload rate in, shared by every server that uses it [none]. */
  redisUrl?: string;
  /** Uploads in progress at once [16]; past it an upload is answered 503 with Retry-After. */
  maxConcurrentUploads?: number;
  /** Origins (other front-ends, the SillyTavern extension) allowed to upload from the browser. */
  allowOrigins?: readonly string[];
  /**
   * The reverse proxies whose X-Forwarded-For/-Proto/-Host are believed [none]: addresses or
   * CIDR ranges, comma-separated or as a list, or proxy-addr's names ("loopback", "uniquelocal").
   * Then the rate limit counts the client the proxy names, and the origin check and HSTS see the
   * scheme and host the client used. Never "everything": any client could then name itself.
   */
  trustProxy?: string | readonly string[];
  /** Serve the scripts' source maps under /assets/ [false: they name source paths; for development]. */
  serveSourceMaps?: boolean;
  /**
   * The data folder's lock, when the caller took it already (`pippa serve` takes it before it opens
   * the database); released when the server closes. Otherwise a SQLite server takes it itself.
   */
  dataLock?: DataLock;
  /** The settings of releases built from the console (licence, names, contact, withdrawal address, stages) [the defaults]. */
  buildConfig?: BuildConfig;
  logger?: boolean;
}

/**
 * Builds the application over a store and a data folder (created if missing, made owner-only).
 * With SQLite the server holds the data folder alone (data-lock.ts) and a second one is refused
 * with a PIPPA_E_BUSY error; with PostgreSQL several may share it (and the database), and what
 * one of them removes at start is only what servers now gone left (recovery.ts).
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  await makePrivateFolder(options.dataDir);
  const alone = options.store.kind === "sqlite";
  let dataLock: DataLock | null = options.dataLock ?? null;
  if (alone) dataLock ??= await lockDataFolder(options.dataDir);
  else await assertDataFolderFree(options.dataDir);
  try {
    return await assembleServer(options, dataLock);
  } catch (error) {
    await dataLock?.release();
    throw error;
  }
}

async function assembleServer(options: ServerOptions, dataLock: DataLock | null): Promise<FastifyInstance> {
  const limits = uploadLimitsOf(options);
  const trustProxy = typeof options.trustProxy === "string" ? options.trustProxy.split(",").map((entry) => entry.trim()).filter(Boolean) : [...(options.trustProxy ?? [])];
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: trustProxy.length > 0 ? trustProxy : false, ...timeoutOptions(options) });
  // onClose hooks run last-added first: this one runs after the storage's, once a running build has ended.
  app.addHook("onClose", async () => {
    await dataLock?.release();
  });

  await app.register(storage, { store: options.store, dataDir: options.dataDir, buildConfig: options.buildConfig ?? defaultBuildConfig() });
  await app.register(securityHeaders);
  await app.register(csrf);
  await app.register(uploads, { limits, store: options.store, redisUrl: options.redisUrl });
  await app.register(openapi);
  await app.register(assetRoutes, { serveSourceMaps: options.serveSourceMaps });
  app.setErrorHandler(answerError);
  await app.register(origins, { allowOrigins: options.allowOrigins });
  await app.register(adminAuth, { adminToken: options.adminToken });

  await app.register(pageRoutes, { limits });
  await app.register(submissionRoutes, { limits, parseBudgetMs: options.parseBudgetMs });
  await app.register(withdrawRoutes);
  await app.register(adminRoutes);
  return app;
}
