/**
 * The API described as OpenAPI 3 at /api/openapi.json, from the routes' own schemas: requests,
 * answers and the admin bearer token. Not encapsulated, so it sees the routes registered after it.
 */
import swagger from "@fastify/swagger";
import fp from "fastify-plugin";
import { PIPPA_VERSION } from "../../model/version.js";

export const openapi = fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        info: { title: "pippa", description: "Submission portal and curator console of pippa: role-play chat logs contributed with consent.", version: PIPPA_VERSION },
        components: { securitySchemes: { admin: { type: "http", scheme: "bearer" } } },
      },
    });
    app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  },
  { name: "pippa-openapi" },
);
