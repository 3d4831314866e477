/**
 * The three pages: the contributor's upload and withdrawal pages, each given the browser's CSRF
 * token, and the curator console, which signs its requests with the admin token instead. Never
 * cached: a page holds the token.
 */
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { CONSENT_LABELS } from "../consent-labels.js";
import { adminPage, contributorPage, withdrawPage } from "../pages.js";
import type { UploadLimits } from "../upload-limits.js";

const html = (reply: FastifyReply, body: string) => reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(body);

export const pageRoutes: FastifyPluginAsync<{ limits: UploadLimits }> = async (app, { limits }) => {
  const hidden = { schema: { hide: true } };
  app.get("/", hidden, async (_request, reply) => html(reply, contributorPage(reply.csrfToken(), CONSENT_LABELS, limits)));
  app.get("/withdraw", hidden, async (_request, reply) => html(reply, withdrawPage(reply.csrfToken())));
  app.get("/admin", hidden, async (_request, reply) => html(reply, adminPage()));
};
