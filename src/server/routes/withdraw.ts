/**
 * Withdrawal with the receipt code: the submission and everything derived from it are deleted,
 * stored releases that held it too, and later builds leave it out.
 */
import type { FastifyPluginAsync } from "fastify";
import { HttpError } from "../http-error.js";
import { withdrawSubmission } from "../intake.js";
import { normalizeReceipt } from "../receipts.js";
import { BROWSER_POST_REFUSED, WITHDRAWN, errorAnswer } from "./schemas.js";

export const withdrawRoutes: FastifyPluginAsync = async (app) => {
  app.post(
    "/api/withdraw",
    {
      preHandler: app.checkBrowserPost,
      schema: {
        summary: "Withdraw a submission with its receipt code: it and everything derived from it are deleted — stored releases that held it too — and later builds leave it out.",
        body: { type: "object", required: ["receipt"], properties: { receipt: { type: "string", maxLength: 64 } } },
        response: {
          200: WITHDRAWN,
          400: errorAnswer("Not a receipt code, or not a JSON body with one."),
          403: BROWSER_POST_REFUSED,
          404: errorAnswer("No submission has this receipt code."),
        },
      },
    },
    async (request, reply) => {
      const receipt = normalizeReceipt((request.body as { receipt: string }).receipt);
      if (!receipt) throw new HttpError(400, "that is not a receipt code (four groups of five letters and digits)");
      const outcome = await withdrawSubmission(app.storage, receipt);
      // Releases already built with it are deleted (the console marks them "removed").
      if (outcome.withdrawn) return { withdrawn: true, releasesRemoved: (await app.builds.removeWithdrawn()).length };
      if (outcome.alreadyWithdrawn) return { withdrawn: true, already: true };
      return reply.status(404).send({ error: "no submission has this receipt code" });
    },
  );
};
