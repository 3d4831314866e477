/** The one error handler: what each kind of error a route throws is answered with. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { ERROR_CODES, PippaError } from "../../src/model/errors.js";
import { HttpError, answerError } from "../../src/server/http-error.js";

describe("answerError", () => {
  let app: FastifyInstance;
  const logged: unknown[] = [];

  before(async () => {
    app = Fastify({ logger: false });
    app.setErrorHandler(answerError);
    // The handler logs server errors on the request's logger: keep what it is given.
    app.addHook("onRequest", async (request) => {
      request.log.error = ((value: unknown) => void logged.push(value)) as typeof request.log.error;
    });
    const failures: Record<string, () => Error> = {
      refused: () => new HttpError(409, "a build is already running"),
      "bad-input": () => new PippaError(ERROR_CODES.field, "expected boolean, got \"yes\"", { source: "pippa.jsonl", line: 3, path: "conversation[1].is_human" }),
      "client-error": () => Object.assign(new Error("body is not valid JSON"), { statusCode: 400 }),
      "server-status": () => Object.assign(new Error("the pool is gone at /srv/pippa/db"), { statusCode: 503 }),
      crash: () => new Error("cannot read properties of undefined at /srv/pippa/dist/app.js:12"),
    };
    for (const [name, failure] of Object.entries(failures)) {
      app.get(`/${name}`, async () => {
        throw failure();
      });
    }
    await app.ready();
  });
  after(() => app.close());

  const answer = async (url: string) => {
    const response = await app.inject({ method: "GET", url });
    return [response.statusCode, response.json()];
  };

  it("answers an HttpError with its status and its message", async () => {
    assert.deepEqual(await answer("/refused"), [409, { error: "a build is already running" }]);
  });

  it("answers bad input with 400, where it is and its stable code", async () => {
    assert.deepEqual(await answer("/bad-input"), [400, { error: 'pippa.jsonl:3: conversation[1].is_human: expected boolean, got "yes"', code: "PIPPA_E_FIELD" }]);
  });

  it("keeps a client error's status and message", async () => {
    assert.deepEqual(await answer("/client-error"), [400, { error: "body is not valid JSON" }]);
  });

  it("says nothing of the inside on any other error, and logs it", async () => {
    logged.length = 0;
    assert.deepEqual(await answer("/server-status"), [500, { error: "internal error" }]);
    assert.deepEqual(await answer("/crash"), [500, { error: "internal error" }]);
    assert.equal(logged.length, 2);
  });
});
