/**
 * /api/openapi.json describes answers, not only requests: each route's success with its schema,
 * and its refusals. Answers are written through these schemas, which send only the properties
 * listed, so the properties the pages and the SillyTavern extension read are checked here by name.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startTestServer, type TestServer } from "./server-helpers.js";

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
}
interface Operation {
  security?: unknown[];
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}
type Paths = Record<string, Record<string, Operation>>;

/** The properties a schema lists, with those of the items of an array. */
const propertiesOf = (schema: Schema) => Object.keys((schema.items ?? schema).properties ?? {});

describe("the OpenAPI document", () => {
  let server: TestServer;
  let paths: Paths;
  const operations = () => Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })));
  const answer = (method: string, path: string, status: number) => {
    const schema = paths[path]?.[method]?.responses[status]?.content?.["application/json"]?.schema;
    assert.ok(schema, `${method} ${path} ${status} has a JSON schema`);
    return schema;
  };

  before(async () => {
    server = await startTestServer();
    paths = (await server.app.inject({ method: "GET", url: "/api/openapi.json" })).json().paths;
  });
  after(() => server.close());

  it("describes the success of every route, with what it holds", () => {
    assert.ok(operations().length >= 10);
    for (const { name, operation } of operations()) {
      const success = Object.entries(operation.responses).filter(([status]) => status.startsWith("2"));
      assert.equal(success.length, 1, `${name}: one success answer`);
      const [, response] = success[0];
      assert.notEqual(response.description, "Default Response", `${name}: the success answer is described`);
      assert.ok(Object.keys(response.content ?? {}).length > 0, `${name}: the success answer has a schema`);
    }
    assert.deepEqual(Object.keys(paths["/api/admin/builds/{id}/download"].get.responses[200].content ?? {}), ["application/zip"]);
  });

  it("describes the refusals: the admin token on every console route, the error body with its code", () => {
    for (const { name, operation } of operations()) {
      if (operation.security) assert.ok(operation.responses[401], `${name}: 401`);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!status.startsWith("4") || status === "422") continue;
        assert.deepEqual(propertiesOf(response.content!["application/json"].schema), ["error", "code", "origin"], `${name} ${status}`);
      }
    }
    for (const status of [400, 403, 413, 415, 422, 429, 503]) assert.ok(paths["/api/submissions"].post.responses[status], `upload ${status}`);
  });

  it("lists every property the pages and the extension read", () => {
    const has = (schema: Schema, names: string[], where: string) => {
      for (const name of names) assert.ok(propertiesOf(schema).includes(name), `${where}: ${name}`);
    };
    const config = answer("get", "/api/config", 200);
    has(config, ["version", "consent", "limits"], "config");
    has(config.properties!.consent, ["value", "label"], "config consent");
    has(config.properties!.limits, ["fileBytes", "requestBytes", "files"], "config limits");
    const taken = answer("post", "/api/submissions", 201);
    has(taken, ["receipt", "files"], "upload");
    has(taken.properties!.files, ["name", "accepted", "conversations", "messages", "reason", "role", "sha256"], "upload files");
    has(answer("post", "/api/submissions", 422), ["error", "files"], "unreadable upload");
    has(answer("post", "/api/withdraw", 200), ["withdrawn", "already", "releasesRemoved"], "withdrawal");
    const list = answer("get", "/api/admin/submissions", 200);
    has(list, ["total", "submissions"], "submissions");
    has(list.properties!.submissions, ["id", "createdMs", "consent", "channel", "files", "lastBuildMs"], "submission");
    has(list.properties!.submissions.items!.properties!.files, ["name", "format", "bytes", "conversations", "messages"], "submission files");
    const detail = answer("get", "/api/admin/submissions/{id}", 200);
    has(detail, ["consent", "channel", "createdMs", "conversationCount", "conversations"], "detail");
    const conversation = detail.properties!.conversations;
    has(conversation, ["botName", "messages", "truncated", "content"], "conversation");
    has(conversation.items!.properties!.messages, ["text", "isHuman", "spans"], "message");
    has(conversation.items!.properties!.content, ["tags", "evidence"], "content");
    has(conversation.items!.properties!.content.properties!.evidence, ["tag", "field", "rule", "text"], "evidence");
    const stats = answer("get", "/api/admin/stats", 200);
    has(stats.properties!.counts, ["submissions", "files", "withdrawn", "byConsent", "byFormat"], "counts");
    has(stats.properties!.corpus, ["conversations", "personas", "messages", "turns"], "corpus");
    assert.equal(stats.properties!.corpus.additionalProperties, true, "the corpus statistics are sent whole");
    has(stats.properties!.corpus.properties!.turns, ["median", "mean", "max"], "turns");
    has(answer("get", "/api/admin/builds", 200), ["id", "createdMs", "status", "stage", "records", "error"], "builds");
    has(answer("post", "/api/admin/builds", 202), ["id", "status"], "build started");
  });
});
