/** `pippa serve`: the submission portal and curator console. */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { type CommandOutcome, parsePort, parseNonNegativeInteger, parsePositiveInteger, parsePositiveNumber, type CliIo } from "./io.js";

interface ServeOptions {
  db?: string;
  redis?: string;
  data: string;
  buildConfig?: string;
  port: number;
  host: string;
  allowOrigin: string[];
  maxFileMib: number;
  maxRequestMib: number;
  maxFiles: number;
  uploadsPerMinute: number;
  maxConcurrentUploads: number;
  headersTimeout: number;
  requestTimeout: number;
  idleTimeout: number;
  keepAliveTimeout: number;
  /** true when given without addresses: a proxy on this machine. */
  trustProxy?: string | true;
  serveSourceMaps: boolean;
  parseBudget: number;
}

/**
 * The admin token: $PIPPA_ADMIN_TOKEN, else the one kept in DATA/admin-token (made at first start).
 * Made whole or not at all, so that servers first started at once on a shared folder agree on it.
 */
async function adminToken(dataDir: string, env: NodeJS.ProcessEnv): Promise<{ token: string; created: boolean }> {
  if (env.PIPPA_ADMIN_TOKEN) return { token: env.PIPPA_ADMIN_TOKEN, created: false };
  const path = join(dataDir, "admin-token");
  const existing = await readFile(path, "utf8").then((text) => text.trim(), () => "");
  if (existing) return { token: existing, created: false };
  const { createPrivateFileOnce } = await import("../server/private-files.js");
  const token = randomBytes(24).toString("base64url");
  if (await createPrivateFileOnce(path, `${token}\n`)) return { token, created: true };
  return { token: (await readFile(path, "utf8")).trim(), created: false };
}

const seconds = (value: number) => Math.round(value * 1000);

export function serveCommand(io: CliIo, outcome: CommandOutcome): Command {
  return new Command("serve")
    .description("Run the submission portal (contributors upload chats with consent, get a receipt, can withdraw) and the curator console (/admin).")
    .option("--db <url>", 'database: "sqlite:PATH" (default: sqlite:DATA/pippa.db; one server per data folder) or "postgres://user:pass@host/db" (any number of servers on it, sharing one data folder)')
    .option("--data <dir>", "where uploads, builds and the admin token live (made readable by its owner only; with PostgreSQL, one folder shared by every server on the database)", "data")
    .option("--redis <url>", 'count the upload rate in this Redis server ("redis://host:6379"; needs the ioredis package) [with PostgreSQL: in the database; with SQLite: in the process]')
    .option("--port <n>", "port to listen on (0: any free port)", parsePort, 8088)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--allow-origin <url>", "an origin (another front-end, the SillyTavern extension) allowed to upload from the browser; repeatable", (value: string, list: string[]) => [...list, value], [] as string[])
    .option("--max-file-mib <n>", "largest file", parsePositiveInteger, 20)
    .option("--max-request-mib <n>", "largest upload request", parsePositiveInteger, 100)
    .option("--max-files <n>", "most files per upload", parsePositiveInteger, 20)
    .option("--uploads-per-minute <n>", "uploads per IP address per minute (0: no limit)", parseNonNegativeInteger, 30)
    .option("--max-concurrent-uploads <n>", "uploads in progress at once; more are answered 503 with Retry-After", parsePositiveInteger, 16)
    .option("--headers-timeout <seconds>", "time a client has to send a request's headers", parsePositiveNumber, 20)
    .option("--request-timeout <seconds>", "time a client has to send a whole request, upload included", parsePositiveNumber, 300)
    .option("--idle-timeout <seconds>", "a connection on which nothing moves is closed after this", parsePositiveNumber, 75)
    .option("--keep-alive-timeout <seconds>", "an idle kept-alive connection is closed after this (keep it above a reverse proxy's own)", parsePositiveNumber, 72)
    .option("--trust-proxy [addresses]", 'believe X-Forwarded-For/-Proto/-Host from these reverse proxies (addresses or CIDR ranges, comma-separated; "loopback" when none are given)')
    .option("--parse-budget <seconds>", "longest the reading of one upload's files may take (on a worker thread); past it the upload is refused", parsePositiveNumber, 10)
    .option("--build-config <file>", "JSON settings for releases built from the curator console, as `pippa build --config` takes them (licence, names, contact, withdrawalUrl, stages)")
    .option("--serve-source-maps", "serve the scripts' source maps under /assets/ (development only: they show the sources)", false)
    .addHelpText("after", "\nExample:\n  pippa serve --data /srv/pippa --port 8088 --allow-origin http://localhost:8000\n  pippa serve --data /srv/pippa --trust-proxy          # behind nginx or Caddy on the same machine")
    .action(async (options: ServeOptions) => {
      const [{ buildServer }, { openStore }, { lockDataFolder }, { makePrivateFolder }] = await Promise.all([
        import("../server/app.js"),
        import("../server/store/open.js"),
        import("../server/data-lock.js"),
        import("../server/private-files.js"),
      ]);
      // A bad build config is refused at start, not when the first build runs.
      const buildConfig = options.buildConfig ? await (await import("../runner/release/config.js")).readBuildConfig(options.buildConfig) : undefined;
      const dataDir = resolve(options.data);
      await makePrivateFolder(dataDir);
      const url = options.db ?? `sqlite:${join(dataDir, "pippa.db")}`;
      // A second SQLite server on this folder is refused before it opens (or migrates) anything.
      const dataLock = /^postgres(ql)?:\/\//.test(url) ? undefined : await lockDataFolder(dataDir);
      let store: Awaited<ReturnType<typeof openStore>> | null = null;
      let app: Awaited<ReturnType<typeof buildServer>> | null = null;
      try {
        store = await openStore(url);
        const { token, created } = await adminToken(dataDir, io.env);
        app = await buildServer({
          store,
          dataDir,
          dataLock,
          adminToken: token,
          maxFileBytes: options.maxFileMib * 1024 * 1024,
          maxRequestBytes: options.maxRequestMib * 1024 * 1024,
          maxFiles: options.maxFiles,
          uploadsPerMinute: options.uploadsPerMinute,
          redisUrl: options.redis,
          maxConcurrentUploads: options.maxConcurrentUploads,
          headersTimeoutMs: seconds(options.headersTimeout),
          requestTimeoutMs: seconds(options.requestTimeout),
          idleTimeoutMs: seconds(options.idleTimeout),
          keepAliveTimeoutMs: seconds(options.keepAliveTimeout),
          trustProxy: options.trustProxy === true ? "loopback" : options.trustProxy,
          serveSourceMaps: options.serveSourceMaps,
          parseBudgetMs: Math.round(options.parseBudget * 1000),
          allowOrigins: options.allowOrigin,
          buildConfig,
        });
        const address = await app.listen({ port: options.port, host: options.host });
        io.stdout.write(`pippa is serving ${store.kind === "sqlite" ? "(SQLite)" : "(PostgreSQL)"} at ${address}/  (curator console: ${address}/admin)\n`);
        io.stdout.write(created ? `admin token (kept in ${join(dataDir, "admin-token")}): ${token}\n` : "admin token: $PIPPA_ADMIN_TOKEN or the admin-token file in the data folder\n");
      } catch (error) {
        // Closing the app releases the lock; without an app, release it here.
        if (app) await app.close().catch(() => {});
        else await dataLock?.release();
        await store?.close().catch(() => {});
        throw error;
      }
      const running = { app, store };
      const stop = async () => {
        await running.app.close();
        await running.store.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      // Keep running until a signal.
      await new Promise(() => {});
    });
}
