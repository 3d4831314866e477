/**
 * The double-submit check for posts from the server's own pages: a page gets a random token twice,
 * in an HttpOnly SameSite=Strict cookie and in its HTML, and sends it back in the X-CSRF-Token
 * header; a post is believed when the two match. Another site can make a browser send the cookie
 * but can read neither it nor the page, so it cannot write the header.
 */
import { randomBytes } from "node:crypto";
import cookie from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { sameSecret } from "../receipts.js";

const CSRF_COOKIE = "pippa_csrf";
const CSRF_TOKEN_SHAPE = /^[A-Za-z0-9_-]{32}$/;

declare module "fastify" {
  interface FastifyReply {
    /** The browser's CSRF token for a page, set as a cookie when it has none yet. */
    csrfToken(): string;
  }
  interface FastifyRequest {
    /** Whether the X-CSRF-Token header matches the token in the cookie. */
    csrfTokenMatches(): boolean;
  }
}

/** Cookies, and the two halves of the check; not encapsulated, as pages and posts live in different route plugins. */
export const csrf = fp(
  async (app) => {
    await app.register(cookie);
    app.decorateReply("csrfToken", function (this: FastifyReply): string {
      // The browser's token is kept while it has one: a page opened in another tab must not void it.
      let token = this.request.cookies[CSRF_COOKIE];
      if (!token || !CSRF_TOKEN_SHAPE.test(token)) {
        token = randomBytes(24).toString("base64url");
        this.setCookie(CSRF_COOKIE, token, { path: "/", httpOnly: true, sameSite: "strict" });
      }
      return token;
    });
    app.decorateRequest("csrfTokenMatches", function (this: FastifyRequest): boolean {
      const header = this.headers["x-csrf-token"];
      const expected = this.cookies[CSRF_COOKIE];
      return typeof header === "string" && !!expected && sameSecret(header, expected);
    });
  },
  { name: "pippa-csrf" },
);
