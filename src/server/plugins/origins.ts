/**
 * Where browser requests may come from. A browser post comes from this site's own pages (and then
 * carries the CSRF token) or from an origin on the allow-list (other front-ends, the SillyTavern
 * extension), which is let read the answer. A page on any other origin is refused in an answer it
 * can read: CORS lets that one origin read the refusal, so the page can tell a refused origin from
 * a server that is down (the extension reads `code` and says which --allow-origin to start the
 * server with). Requests without an Origin header are not from a browser and pass.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { ERROR_CODES } from "../../model/errors.js";
import { HttpError } from "../http-error.js";

export interface OriginsOptions {
  /** Origins allowed to post from the browser, besides the server's own [none]. */
  allowOrigins?: readonly string[];
}

export interface OriginPolicy {
  /** Whether `origin` is on the allow-list. */
  allows(origin: string | undefined): origin is string;
  /** Whether `origin` is this server's own, as the client reached it. */
  isOwn(request: FastifyRequest, origin: string): boolean;
  /** Lets `origin` read this answer (CORS). */
  letRead(reply: FastifyReply, origin: string): FastifyReply;
  /** Answers 403 with code PIPPA_E_ORIGIN, readable by the refused page. */
  refuse(reply: FastifyReply, origin: string): FastifyReply;
}

declare module "fastify" {
  interface FastifyInstance {
    origins: OriginPolicy;
    /** preHandler of browser posts: the CSRF token for this site's pages, the allow-list for others. */
    checkBrowserPost(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  }
}

/** The origin policy and the post check as decorators, shared by the contributor's routes. */
export const origins = fp<OriginsOptions>(
  async (app, options) => {
    // Browsers send an origin without a trailing slash; a curator may well write one.
    const allowed = new Set((options.allowOrigins ?? []).map((origin) => origin.replace(/\/+$/, "")));
    const policy: OriginPolicy = {
      allows: (origin): origin is string => origin !== undefined && allowed.has(origin),
      // protocol and host read X-Forwarded-Proto/-Host only from a trusted proxy.
      isOwn: (request, origin) => origin === `${request.protocol}://${request.host}`,
      letRead: (reply, origin) => reply.header("access-control-allow-origin", origin).header("vary", "Origin"),
      refuse: (reply, origin) =>
        policy
          .letRead(reply.status(403), origin)
          .send({ error: `this pippa server does not accept uploads from ${origin} — start it with --allow-origin ${origin}`, code: ERROR_CODES.origin, origin }),
    };
    app.decorate("origins", policy);
    app.decorate("checkBrowserPost", async (request: FastifyRequest, reply: FastifyReply) => {
      const origin = request.headers.origin;
      if (!origin) return; // not a browser: scripts and the command line
      if (policy.isOwn(request, origin)) {
        if (!request.csrfTokenMatches()) throw new HttpError(403, "missing or wrong CSRF token: reload the page");
        return;
      }
      if (!policy.allows(origin)) return policy.refuse(reply, origin);
      policy.letRead(reply, origin);
    });
  },
  { name: "pippa-origins", dependencies: ["pippa-csrf"] },
);
