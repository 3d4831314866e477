/**
 * How a refusal becomes an answer. A route refuses with an `HttpError` (its status and the sentence
 * the client reads); `answerError` is the server's one error handler and turns that, bad input (a
 * `PippaError`, 400 with its stable code) and Fastify's own client errors (a body that is not JSON,
 * a failed schema, a rate limit) into `{ error }` bodies. Anything else is a 500 that says nothing
 * of the inside: no message, no stack, logged instead.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { PippaError } from "../model/errors.js";

/**
 * A request refused with `statusCode`; `message` is sent to the client as it is, so it says what to
 * do and nothing of the server's inside.
 *
 * @example throw new HttpError(404, "no such submission");
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** The server's error handler (`app.setErrorHandler(answerError)`). */
export function answerError(error: Error & { statusCode?: number }, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof HttpError) return reply.status(error.statusCode).send({ error: error.message });
  if (error instanceof PippaError) return reply.status(400).send({ error: error.message, code: error.code });
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) request.log.error(error);
  // Client errors say what was wrong; server errors say nothing of the inside.
  return reply.status(status).send({ error: status === 500 ? "internal error" : error.message });
}
