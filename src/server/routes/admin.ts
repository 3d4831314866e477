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
import { BUILD, BUILDS, RELEASE_ZIP, STATISTICS, SUBMISSION_DETAIL, SUBMISSION_PAGE, errorAnswer } from "./schemas.js";

/** A submission with its file names made safe to show (rows stored before names were neutralised included). */
function withShowableNames<S extends Submission>(submission: S): S {
  return { ...submission, files: submission.files.map((file) => ({ ...file, name: showableName(file.name) })) };
}

/** An admin route's schema: its summary, the bearer token, and the 401 every one of them may answer. */
function adminSchema<Response extends Record<number, object>>(summary: string, { response, ...request }: { response: Response; querystring?: object; params?: object }) {
  return { summary, security: [{ admin: [] }], ...request, response: { ...response, 401: errorAnswer("The admin token is missing or wrong.") } };
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
        response: { 200: SUBMISSION_PAGE, 400: errorAnswer("A filter out of range.") },
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
        response: { 200: SUBMISSION_DETAIL, 400: errorAnswer("An id longer than any."), 404: errorAnswer("No such submission.") },
      }),
    },
    async (request) => {
      const submission = await store.getSubmission((request.params as { id: string }).id);
      if (!submission) throw new HttpError(404, "no such submission");
      return describeSubmission(app.storage, withShowableNames(submission));
    },
  );

  app.get("/api/admin/stats", { schema: adminSchema("Counts, and the PIPPA paper's statistics over every current submission.", { response: { 200: STATISTICS } }) }, async () => ({
    counts: await store.counts(),
    corpus: await corpusStatistics(app.storage),
  }));

  app.post(
    "/api/admin/builds",
    { schema: adminSchema("Start a release build over every current submission (consent respected).", { response: { 202: BUILD, 409: errorAnswer("A build is running already.") } }) },
    async (_request, reply) => reply.status(202).send(await app.builds.start()),
  );

  app.get("/api/admin/builds", { schema: adminSchema("Builds, newest first.", { response: { 200: BUILDS } }) }, async () => store.listBuilds());

  app.get("/api/admin/builds/:id", { schema: adminSchema("A build's stage and progress.", { params: ID_PARAMS, response: { 200: BUILD, 404: errorAnswer("No such build.") } }) }, async (request) => {
    const build = await store.getBuild((request.params as { id: string }).id);
    if (!build) throw new HttpError(404, "no such build");
    return build;
  });

  app.get(
    "/api/admin/builds/:id/download",
    { schema: adminSchema("The finished release as a zip file.", { params: ID_PARAMS, response: { 200: RELEASE_ZIP, 404: errorAnswer("No finished build with this id.") } }) },
    async (request, reply) => {
      const id = (request.params as { id: string }).id;
      const build = await store.getBuild(id);
      if (!build || build.status !== "done") throw new HttpError(404, "no finished build with this id");
      return reply.type("application/zip").header("content-disposition", `attachment; filename="pippa-release-${id}.zip"`).send(app.builds.zipStream(id));
    },
  );
};
