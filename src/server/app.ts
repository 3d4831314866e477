/**
 * The submission portal and curator console as a Fastify application: the contributor's pages
 * and API (upload with consent, withdraw with the receipt), the curator's (submissions, one
 * submission with its personal information marked, statistics, builds), OpenAPI at
 * /api/openapi.json. Security: size and count limits, a per-IP upload rate limit, a cap on uploads in
 * progress, timeouts for slow clients, CSRF checks on browser posts (double-submit cookie), an
 * allow-list of origins for other front-ends, a constant-time admin token, security headers, no
 * stack trace or source map ever sent, files readable by the owner only, and (SQLite) one server
 * per data folder.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import { ERROR_CODES } from "../model/errors.js";
import { CONSENTS as CONSENT_VALUES, parseConsent, type Consent } from "../model/consent.js";
import { PIPPA_VERSION } from "../model/version.js";
import { ABANDONED_AFTER_MS, BlobStore } from "./blobs.js";
import { BuildManager } from "./builds.js";
import { defaultBuildConfig, type BuildConfig } from "../runner/build/config.js";
import { assertDataFolderFree, lockDataFolder, type DataLock } from "./data-lock.js";
import { StorageLock, displayName, takeSubmission, withdrawSubmission, type ReceivedFile, type Storage } from "./intake.js";
import { HttpError, answerError } from "./http-error.js";
import { showableName } from "./names.js";
import { adminPage, contributorPage, withdrawPage } from "./pages.js";
import { makePrivateFolder } from "./private-files.js";
import { normalizeReceipt, sameSecret } from "./receipts.js";
import { describeSubmission, corpusStatistics } from "./curation.js";
import { registerSecurityHeaders } from "./security-headers.js";
import type { Store, Submission } from "./store/store.js";
import { timeoutOptions, type HttpTimeouts } from "./timeouts.js";
import { DEFAULT_MAX_CONCURRENT_UPLOADS, UploadSlots } from "./upload-slots.js";

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
  /** Uploads per IP per minute [30]; 0 turns the limit off. */
  uploadsPerMinute?: number;
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

const CSRF_COOKIE = "pippa_csrf";

const CONSENT_LABELS: Record<Consent, string> = {
  public: "May be included in a public dataset",
  private: "Keep private: use for training only, never publish",
};

/** Where the built browser scripts are (dist/web), beside the compiled server. */
function webAssetsFolder(): string | null {
  const here = fileURLToPath(new URL(".", import.meta.url));
  for (const candidate of [join(here, "..", "..", "web"), join(here, "..", "..", "..", "dist", "web")]) if (existsSync(candidate)) return candidate;
  return null;
}

/** A submission with its file names made safe to show (rows stored before names were neutralised included). */
function withShowableNames<S extends Submission>(submission: S): S {
  return { ...submission, files: submission.files.map((file) => ({ ...file, name: showableName(file.name) })) };
}

/**
 * Builds the application over a store and a data folder (created if missing, made owner-only).
 * With SQLite the server holds the data folder alone (data-lock.ts) and a second one is refused
 * with a PIPPA_E_BUSY error; with PostgreSQL several may share it, and start-up then removes
 * only leftovers untouched for a day.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  await makePrivateFolder(options.dataDir);
  const alone = options.store.kind === "sqlite";
  let dataLock: DataLock | null = options.dataLock ?? null;
  if (alone) dataLock ??= await lockDataFolder(options.dataDir);
  else await assertDataFolderFree(options.dataDir);
  try {
    return await assembleServer(options, alone, dataLock);
  } catch (error) {
    await dataLock?.release();
    throw error;
  }
}

async function assembleServer(options: ServerOptions, alone: boolean, dataLock: DataLock | null): Promise<FastifyInstance> {
  const limits = { fileSize: options.maxFileBytes ?? 20 * 1024 * 1024, requestBytes: options.maxRequestBytes ?? 100 * 1024 * 1024, files: options.maxFiles ?? 20 };
  // Browsers send an origin without a trailing slash; a curator may well write one.
  const allowOrigins = new Set((options.allowOrigins ?? []).map((origin) => origin.replace(/\/+$/, "")));
  const uploads = new UploadSlots(options.maxConcurrentUploads ?? DEFAULT_MAX_CONCURRENT_UPLOADS);
  const trustProxy = typeof options.trustProxy === "string" ? options.trustProxy.split(",").map((entry) => entry.trim()).filter(Boolean) : [...(options.trustProxy ?? [])];
  const blobs = new BlobStore(options.dataDir);
  await blobs.init();
  const storage: Storage = { store: options.store, blobs, lock: new StorageLock() };
  // Uploads a crash left half-received, and files a crash left between their bytes and their row,
  // are not anyone's submission. A server alone on its folder removes them all; one that shares
  // the folder only those untouched for long, as the rest may be another server's uploads in flight.
  const sweep = { olderThanMs: alone ? 0 : ABANDONED_AFTER_MS };
  await blobs.clearTemporary(sweep);
  await blobs.collectGarbage(await options.store.referencedBlobs(), sweep);
  const buildsFolder = join(options.dataDir, "builds");
  await makePrivateFolder(buildsFolder);
  const builds = new BuildManager(storage, buildsFolder, options.buildConfig ?? defaultBuildConfig());
  await builds.recover();

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024, trustProxy: trustProxy.length > 0 ? trustProxy : false, ...timeoutOptions(options) });
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: limits.fileSize, files: limits.files, fields: 10, parts: limits.files + 10 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: { info: { title: "pippa", description: "Submission portal and curator console of pippa: role-play chat logs contributed with consent.", version: PIPPA_VERSION }, components: { securitySchemes: { admin: { type: "http", scheme: "bearer" } } } },
  });
  const assets = webAssetsFolder();
  if (assets) {
    // Source maps name the source files and hold their text: not for a public server.
    const serveSourceMaps = options.serveSourceMaps ?? false;
    await app.register(fastifyStatic, { root: assets, prefix: "/assets/", index: false, maxAge: "1h", preCompressed: true, allowedPath: (path) => serveSourceMaps || !path.toLowerCase().endsWith(".map") });
  }

  app.setErrorHandler(answerError);

  // protocol and host read X-Forwarded-Proto/-Host only from a trusted proxy.
  const ownOrigin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;
  /**
   * A page on an origin not allowed is told so in an answer it can read (CORS allows that one
   * origin to read this refusal, nothing else): without it the browser hides the answer and the
   * page cannot tell a refused origin from a server that is down. The extension reads `code` and
   * says which --allow-origin to start the server with.
   */
  const refuseOrigin = (reply: FastifyReply, origin: string) =>
    reply
      .status(403)
      .header("access-control-allow-origin", origin)
      .header("vary", "Origin")
      .send({ error: `this pippa server does not accept uploads from ${origin} — start it with --allow-origin ${origin}`, code: ERROR_CODES.origin, origin });

  /** Browser posts must come from this site (with the CSRF token) or from an allowed origin. */
  const CSRF_TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;
  const checkOrigin = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    if (!origin) return; // not a browser: scripts and the command line
    if (origin === ownOrigin(request)) {
      // Double-submit: the page's token must come back in a header and match the cookie set with it.
      const header = request.headers["x-csrf-token"];
      const expected = request.cookies[CSRF_COOKIE];
      if (typeof header !== "string" || !expected || !sameSecret(header, expected)) throw new HttpError(403, "missing or wrong CSRF token: reload the page");
      return;
    }
    if (!allowOrigins.has(origin)) return refuseOrigin(reply, origin);
    reply.header("access-control-allow-origin", origin).header("vary", "Origin");
  };
  const requireAdmin = async (request: FastifyRequest) => {
    const header = request.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7) : "";
    if (!token || !sameSecret(token, options.adminToken)) throw new HttpError(401, "the admin token is missing or wrong");
  };

  // Pages.
  const html = (reply: FastifyReply, body: string) => reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(body);
  // The browser's token is kept while it has one: a page opened in another tab must not void it.
  const page = (render: (csrfToken: string) => string) => async (request: FastifyRequest, reply: FastifyReply) => {
    let token = request.cookies[CSRF_COOKIE];
    if (!token || !CSRF_TOKEN_SHAPE.test(token)) {
      token = randomBytes(24).toString("base64url");
      reply.setCookie(CSRF_COOKIE, token, { path: "/", httpOnly: true, sameSite: "strict" });
    }
    return html(reply, render(token));
  };
  app.get("/", { schema: { hide: true } }, page((token) => contributorPage(token, CONSENT_LABELS, limits)));
  app.get("/withdraw", { schema: { hide: true } }, page((token) => withdrawPage(token)));
  // The console signs its requests with the admin token, not with a cookie.
  app.get("/admin", { schema: { hide: true } }, async (_request, reply) => html(reply, adminPage()));

  // CORS preflight for allowed front-ends.
  app.options("/api/submissions", { schema: { hide: true } }, async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !allowOrigins.has(origin)) return reply.status(403).send({ error: "origin not allowed" });
    return reply
      .header("access-control-allow-origin", origin)
      .header("access-control-allow-methods", "POST")
      .header("access-control-allow-headers", "content-type")
      .header("access-control-max-age", "600")
      .header("vary", "Origin")
      .status(204)
      .send();
  });

  app.get("/api/config", { schema: { summary: "What the upload form offers: the consent choices and the limits. A browser page on an origin not allowed to upload is answered 403 with code PIPPA_E_ORIGIN, readable by that page." } }, async (request, reply) => {
    // Allowed front-ends (the SillyTavern extension) read the consent choices from here; this is
    // the first request they make, so a refused origin learns it here, before any upload.
    const origin = request.headers.origin;
    if (origin && origin !== ownOrigin(request) && !allowOrigins.has(origin)) return refuseOrigin(reply, origin);
    if (origin && allowOrigins.has(origin)) reply.header("access-control-allow-origin", origin).header("vary", "Origin");
    return {
    version: PIPPA_VERSION,
    consent: Object.entries(CONSENT_LABELS).map(([value, label]) => ({ value, label })),
    limits: { fileBytes: limits.fileSize, requestBytes: limits.requestBytes, files: limits.files },
    };
  });

  /** Reads one upload (its consent and files) and takes it in; its slot is held by the caller. */
  const receiveUpload = async (request: FastifyRequest, reply: FastifyReply) => {
    // A client already gone would leave the multipart reader waiting for an end that never comes.
    if (request.raw.destroyed) throw new HttpError(400, "the request was closed before its body was read");
    const received: ReceivedFile[] = [];
    let consent: Consent | null = null;
    let requestBytes = 0;
    const channel = request.headers.origin && allowOrigins.has(request.headers.origin) ? "extension" : request.headers.origin ? "web" : "api";
    try {
      for await (const part of request.parts()) {
        if (part.type === "field") {
          if (part.fieldname === "consent") {
            // Two answers are no answer: "the last one wins" would decide for the contributor.
            if (consent !== null) throw new HttpError(400, "consent was sent more than once: send one consent field, public or private");
            consent = parseConsent(String(part.value));
            if (!consent) throw new HttpError(400, 'consent must be "public" or "private"');
          }
          continue;
        }
        const file = await blobs.receive(part.file, (bytes) => {
          requestBytes += bytes;
          if (requestBytes > limits.requestBytes) throw new HttpError(413, `the request is over ${limits.requestBytes} bytes`);
        });
        received.push({ ...file, name: displayName(part.filename) });
        if (part.file.truncated) throw new HttpError(413, `${displayName(part.filename)} is over the ${limits.fileSize}-byte limit per file`);
      }
      if (!consent) throw new HttpError(400, "choose a consent: public or private (nothing is chosen for you)");
      if (received.length === 0) throw new HttpError(400, "no file was sent");
    } catch (error) {
      for (const file of received) await blobs.discard(file);
      const code = (error as { code?: string }).code;
      if (code === "FST_FILES_LIMIT" || code === "FST_PARTS_LIMIT") throw new HttpError(413, `at most ${limits.files} files per upload`);
      if (code === "FST_REQ_FILE_TOO_LARGE") throw new HttpError(413, `a file is over the ${limits.fileSize}-byte limit`);
      throw error;
    }
    const result = await takeSubmission(storage, received, consent, channel, { parseBudgetMs: options.parseBudgetMs });
    if (!result.receipt) return reply.status(422).send({ error: "nothing in this upload could be read as a conversation", files: result.files });
    return reply.status(201).send({ receipt: result.receipt, submission: result.submissionId, withdraw: "/withdraw", consent, files: result.files });
  };

  app.post(
    "/api/submissions",
    {
      preHandler: checkOrigin,
      config: { rateLimit: options.uploadsPerMinute === 0 ? false : { max: options.uploadsPerMinute ?? 30, timeWindow: 60_000 } },
      schema: {
        summary: "Upload chat logs (any format pippa imports; a SillyTavern chat with its card) with a consent choice. Multipart: a `consent` field (public | private) and one or more `file` parts.",
        consumes: ["multipart/form-data"],
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new HttpError(415, "expected multipart/form-data with a consent field and files");
      const release = uploads.take();
      if (!release) {
        // Answered before the body is read; closing the connection spares reading the rest of it.
        return reply.status(503).header("retry-after", "10").header("connection", "close").send({ error: `the server is receiving ${uploads.limit} uploads already: try again in a few seconds` });
      }
      try {
        return await receiveUpload(request, reply);
      } finally {
        release();
      }
    },
  );

  app.post(
    "/api/withdraw",
    {
      preHandler: checkOrigin,
      schema: {
        summary: "Withdraw a submission with its receipt code: it and everything derived from it are deleted — stored releases that held it too — and later builds leave it out.",
        body: { type: "object", required: ["receipt"], properties: { receipt: { type: "string", maxLength: 64 } } },
      },
    },
    async (request, reply) => {
      const receipt = normalizeReceipt((request.body as { receipt: string }).receipt);
      if (!receipt) throw new HttpError(400, "that is not a receipt code (four groups of five letters and digits)");
      const outcome = await withdrawSubmission(storage, receipt);
      // Releases already built with it are deleted (the console marks them "removed").
      if (outcome.withdrawn) return { withdrawn: true, releasesRemoved: (await builds.removeWithdrawn()).length };
      if (outcome.alreadyWithdrawn) return { withdrawn: true, already: true };
      return reply.status(404).send({ error: "no submission has this receipt code" });
    },
  );

  // Curator console.
  const admin = { preHandler: requireAdmin };
  const adminSchema = (summary: string, extra: object = {}) => ({ summary, security: [{ admin: [] }], ...extra });
  app.get("/api/admin/submissions", { ...admin, schema: adminSchema("Submissions, newest first, filtered by consent, format and status (new: in no release yet; built: in one).", { querystring: { type: "object", properties: { consent: { type: "string", enum: [...CONSENT_VALUES] }, format: { type: "string", maxLength: 40 }, status: { type: "string", enum: ["new", "built"] }, limit: { type: "integer", minimum: 1, maximum: 500 }, offset: { type: "integer", minimum: 0 } } } }) }, async (request) => {
    const query = request.query as { consent?: Consent; format?: string; status?: "new" | "built"; limit?: number; offset?: number };
    const page = await options.store.listSubmissions(query);
    return { ...page, submissions: page.submissions.map(withShowableNames) };
  });
  app.get("/api/admin/submissions/:id", { ...admin, schema: adminSchema("One submission: its files, conversations and the personal information found in them.", { params: { type: "object", properties: { id: { type: "string", maxLength: 64 } } } }) }, async (request) => {
    const submission = await options.store.getSubmission((request.params as { id: string }).id);
    if (!submission) throw new HttpError(404, "no such submission");
    return describeSubmission(storage, withShowableNames(submission));
  });
  app.get("/api/admin/stats", { ...admin, schema: adminSchema("Counts, and the PIPPA paper's statistics over every current submission.") }, async () => ({ counts: await options.store.counts(), corpus: await corpusStatistics(storage) }));
  app.post("/api/admin/builds", { ...admin, schema: adminSchema("Start a release build over every current submission (consent respected).") }, async (_request, reply) => reply.status(202).send(await builds.start()));
  app.get("/api/admin/builds", { ...admin, schema: adminSchema("Builds, newest first.") }, async () => options.store.listBuilds());
  app.get("/api/admin/builds/:id", { ...admin, schema: adminSchema("A build's stage and progress.") }, async (request) => {
    const build = await options.store.getBuild((request.params as { id: string }).id);
    if (!build) throw new HttpError(404, "no such build");
    return build;
  });
  app.get("/api/admin/builds/:id/download", { ...admin, schema: adminSchema("The finished release as a zip file.") }, async (request, reply) => {
    const id = (request.params as { id: string }).id;
    const build = await options.store.getBuild(id);
    if (!build || build.status !== "done") throw new HttpError(404, "no finished build with this id");
    return reply.type("application/zip").header("content-disposition", `attachment; filename="pippa-release-${id}.zip"`).send(builds.zipStream(id));
  });

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  app.addHook("onClose", async () => {
    await builds.close();
    await dataLock?.release();
  });
  return app;
}
