/**
 * Security headers (helmet), with two of its defaults turned around for a server that may well be
 * reached over plain HTTP (on a LAN, on localhost, behind a proxy that ends TLS):
 * Strict-Transport-Security is sent only on a request that came over HTTPS (directly, or through a
 * trusted proxy that says so with X-Forwarded-Proto), since a browser given it over plain HTTP may
 * refuse the site for a year once someone later tries it over HTTPS; and the Content-Security-
 * Policy has no `upgrade-insecure-requests`, which makes a browser on an http:// page fetch the
 * page's own scripts over https:// and so breaks every plain-HTTP deployment.
 */
import helmet from "@fastify/helmet";
import fp from "fastify-plugin";

/** Helmet's own value: a year, subdomains included. */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

/** The headers on every answer of the server (not encapsulated, so no route is left out). */
export const securityHeaders = fp(
  async (app) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginResourcePolicy: { policy: "same-origin" },
      strictTransportSecurity: false,
    });
    // request.protocol reads X-Forwarded-Proto only from a trusted proxy (the server's trustProxy).
    app.addHook("onSend", async (request, reply) => {
      if (request.protocol === "https") reply.header("strict-transport-security", HSTS_VALUE);
    });
  },
  { name: "pippa-security-headers" },
);
