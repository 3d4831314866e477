/**
 * The curator console's API, every route behind the admin token: submissions (filtered, one with
 * its personal information and content tags marked), statistics, and release builds (start, list,
 * progress, download as a zip).
 */
import type { FastifyPluginAsync } from "fastify";
import { CONSENTS, type Consent } from "../../model/consent.js";
import { corpusStatistics, describeSubmission } from "../curation.js";
import { HttpError } from "../http-error.js";
import { showableName } from "../names.js";
import type { Submission } from "../store/store.js";

/** A submission with its file names made safe to show (rows stored before names were neutralised included). */
function withShowableNames<S extends Submission>(submission: S): S {
  return { ...submission, files: submission.files.map((file) => ({ ...file, name: showableName(file.name) })) };
}

/** An admin route's schema: its summary and the bearer token. */
function adminSchema(summary: string, request: { querystring?: object; params?: object } = {}) {
  return { summary, security: [{ admin: [] }], ...request };
}

const ID_PARAMS = { type: "object", properties: { id: { type: "string" } } } as const;

export const adminRoutes: FastifyPluginAsync = async (app) => {
  const { store } = app.storage;
  // Every route of the console needs the token.
  app.addHook("preHandler", app.requireAdmin);

  app.get(
    "/api/admin/submissions",
    {
      schema: adminSchema("Submissions, newest first, filtered by consent, format and status (new: in no release yet; built: in one).", {
        querystring: {
          type: "object",
          properties: {
            consent: { type: "string", enum: [...CONSENTS] },
            format: { type: "string", maxLength: 40 },
            status: { type: "string", enum: ["new", "built"] },
            limit: { type: "integer", minimum: 1, maximum: 500 },
            offset: { type: "integer", minimum: 0 },
          },
        },
      }),
    },
    async (request) => {
      const page = await store.listSubmissions(request.query as { consent?: Consent; format?: string; status?: "new" | "built"; limit?: number; offset?: number });
      return { ...page, submissions: page.submissions.map(withShowableNames) };
    },
  );

  app.get(
    "/api/admin/submissions/:id",
    {
      schema: adminSchema("One submission: its files, conversations and the personal information found in them.", {
        params: { type: "object", properties: { id: { type: "string", maxLength: 64 } } },
      }),
    },
    async (request) => {
      const submission = await store.getSubmission((request.params as { id: string }).id);
      if (!submission) throw new HttpError(404, "no such submission");
      return describeSubmission(app.storage, withShowableNames(submission));
    },
  );

  app.get("/api/admin/stats", { schema: adminSchema("Counts, and the PIPPA paper's statistics over every current submission.") }, async () => ({
    counts: await store.counts(),
    corpus: await corpusStatistics(app.storage),
  }));

  app.post(
    "/api/admin/builds",
    { schema: adminSchema("Start a release build over every current submission (consent respected).") },
    async (_request, reply) => reply.status(202).send(await app.builds.start()),
  );

  app.get("/api/admin/builds", { schema: adminSchema("Builds, newest first.") }, async () => store.listBuilds());

  app.get("/api/admin/builds/:id", { schema: adminSchema("A build's stage and progress.", { params: ID_PARAMS }) }, async (request) => {
    const build = await store.getBuild((request.params as { id: string }).id);
    if (!build) throw new HttpError(404, "no such build");
    return build;
  });

  app.get(
    "/api/admin/builds/:id/download",
    { schema: adminSchema("The finished release as a zip file.", { params: ID_PARAMS }) },
    async (request, reply) => {
      const id = (request.params as { id: string }).id;
      const build = await store.getBuild(id);
      if (!build || build.status !== "done") throw new HttpError(404, "no finished build with this id");
      return reply.type("application/zip").header("content-disposition", `attachment; filename="pippa-release-${id}.zip"`).send(app.builds.zipStream(id));
    },
  );
};
