/**
 * The contributor's API: what the upload form offers (/api/config), the CORS preflight of allowed
 * front-ends, and the upload itself — consent and files in one multipart request, answered with a
 * receipt code. An upload is refused at once, before its body is read, when all upload slots are
 * taken.
 */
import type { FastifyPluginAsync } from "fastify";
import { PIPPA_VERSION } from "../../model/version.js";
import { CONSENT_LABELS } from "../consent-labels.js";
import { HttpError } from "../http-error.js";
import { takeSubmission } from "../intake.js";
import type { UploadLimits } from "../upload-limits.js";
import { readUploadParts } from "../upload-parts.js";
import { BROWSER_POST_REFUSED, UPLOAD_FORM, UPLOAD_TAKEN, UPLOAD_UNREADABLE, errorAnswer } from "./schemas.js";

export interface SubmissionRoutesOptions {
  limits: UploadLimits;
  /** Longest the reading of one upload's files may take, in ms [intake's default]. */
  parseBudgetMs?: number;
}

export const submissionRoutes: FastifyPluginAsync<SubmissionRoutesOptions> = async (app, { limits, parseBudgetMs }) => {
  const { origins } = app;

  app.get(
    "/api/config",
    {
      schema: {
        summary: "What the upload form offers: the consent choices and the limits. A browser page on an origin not allowed to upload is answered 403 with code PIPPA_E_ORIGIN, readable by that page.",
        response: { 200: UPLOAD_FORM, 403: errorAnswer("A browser page on an origin not allowed to upload (code PIPPA_E_ORIGIN).") },
      },
    },
    async (request, reply) => {
      // Allowed front-ends (the SillyTavern extension) read the consent choices from here; this is
      // the first request they make, so a refused origin learns it here, before any upload.
      const origin = request.headers.origin;
      if (origin && !origins.isOwn(request, origin) && !origins.allows(origin)) return origins.refuse(reply, origin);
      if (origins.allows(origin)) origins.letRead(reply, origin);
      return {
        version: PIPPA_VERSION,
        consent: Object.entries(CONSENT_LABELS).map(([value, label]) => ({ value, label })),
        limits: { fileBytes: limits.fileSize, requestBytes: limits.requestBytes, files: limits.files },
      };
    },
  );

  // CORS preflight for allowed front-ends.
  app.options("/api/submissions", { schema: { hide: true } }, async (request, reply) => {
    const origin = request.headers.origin;
    if (!origins.allows(origin)) return reply.status(403).send({ error: "origin not allowed" });
    return origins
      .letRead(reply, origin)
      .header("access-control-allow-methods", "POST")
      .header("access-control-allow-headers", "content-type")
      .header("access-control-max-age", "600")
      .status(204)
      .send();
  });

  app.post(
    "/api/submissions",
    {
      preHandler: app.checkBrowserPost,
      config: { rateLimit: limits.perMinute === 0 ? false : { max: limits.perMinute, timeWindow: 60_000 } },
      schema: {
        summary: "Upload chat logs (any format pippa imports; a SillyTavern chat with its card) with a consent choice. Multipart: a `consent` field (public | private) and one or more `file` parts.",
        consumes: ["multipart/form-data"],
        response: {
          201: UPLOAD_TAKEN,
          400: errorAnswer("No consent, a consent sent twice or not public|private, no file, or a file that is not what it says (with its PIPPA_E_* code)."),
          403: BROWSER_POST_REFUSED,
          413: errorAnswer("A file, the request or the number of files is over its limit."),
          415: errorAnswer("Not multipart/form-data."),
          422: UPLOAD_UNREADABLE,
          429: errorAnswer("Too many uploads from this address in the last minute."),
          503: errorAnswer("Too many uploads in progress; try again after Retry-After seconds."),
        },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new HttpError(415, "expected multipart/form-data with a consent field and files");
      const release = app.uploadSlots.take();
      if (!release) {
        // Answered before the body is read; closing the connection spares reading the rest of it.
        return reply.status(503).header("retry-after", "10").header("connection", "close").send({ error: `the server is receiving ${app.uploadSlots.limit} uploads already: try again in a few seconds` });
      }
      try {
        const channel = origins.allows(request.headers.origin) ? "extension" : request.headers.origin ? "web" : "api";
        const { consent, files } = await readUploadParts(request, app.storage.blobs, limits);
        const result = await takeSubmission(app.storage, files, consent, channel, { parseBudgetMs });
        if (!result.receipt) return reply.status(422).send({ error: "nothing in this upload could be read as a conversation", files: result.files });
        return reply.status(201).send({ receipt: result.receipt, submission: result.submissionId, withdraw: "/withdraw", consent, files: result.files });
      } finally {
        release();
      }
    },
  );
};
