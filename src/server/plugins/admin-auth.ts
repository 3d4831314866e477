/** The curator console's check: a bearer token compared in constant time. */
import type { FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { HttpError } from "../http-error.js";
import { sameSecret } from "../receipts.js";

declare module "fastify" {
  interface FastifyInstance {
    /** preHandler of the console's routes: 401 without the admin token. */
    requireAdmin(request: FastifyRequest): Promise<void>;
  }
}

export const adminAuth = fp<{ adminToken: string }>(
  async (app, { adminToken }) => {
    app.decorate("requireAdmin", async (request: FastifyRequest) => {
      const header = request.headers.authorization ?? "";
      const token = header.startsWith("Bearer ") ? header.slice(7) : "";
      if (!token || !sameSecret(token, adminToken)) throw new HttpError(401, "the admin token is missing or wrong");
    });
  },
  { name: "pippa-admin-auth" },
);
