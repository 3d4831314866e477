/**
 * What the server makes of what a request says about itself:
 * - file names with bidi and control characters are shown neutralised;
 * - a consent sent twice is refused;
 * - HSTS only over HTTPS, and no upgrade-insecure-requests;
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { displayName } from "../../src/server/intake.js";
import { ST_CHATS } from "../helpers/examples.js";
import { ADMIN, multipart, startTestServer, type TestServer } from "./server-helpers.js";

const chat = (name = "chat.jsonl") => [{ name, content: ST_CHATS.modern }];

function upload(app: FastifyInstance, fields: [string, string][], files: { name: string; content: string }[], headers: Record<string, string> = {}, remoteAddress?: string) {
  const body = multipart(fields, files);
  return app.inject({ method: "POST", url: "/api/submissions", payload: body.payload, headers: { ...body.headers, ...headers }, ...(remoteAddress ? { remoteAddress } : {}) });
}

describe("file names", () => {
  it("shows bidi controls, control characters and lone surrogates as visible escapes", () => {
    assert.equal(displayName("photos/invoice\u202Egpj.exe"), "invoice\\u202Egpj.exe");
    assert.equal(displayName("a\u2066b\u2069\u200F\u061C.json"), "a\\u2066b\\u2069\\u200F\\u061C.json");
    assert.equal(displayName("line\nbreak\u0000\u009B\u2028.jsonl"), "line\\u000Abreak\\u0000\\u009B\\u2028.jsonl");
    assert.equal(displayName("half\uD800.json"), "half\\uD800.json");
    assert.equal(displayName("Ren 蓮 🗡️ 👩‍💻.json"), "Ren 蓮 🗡️ 👩‍💻.json", "letters, emoji and their joiners stay");
    assert.equal(displayName("C:\\Users\\me\\chat.jsonl"), "chat.jsonl");
    assert.equal(displayName("   "), "unnamed");
    // Escapes are never cut in half by the length limit.
    assert.equal(displayName(`${"x".repeat(195)}\u202E`), "x".repeat(195));
    assert.equal(displayName("\u202E".repeat(100)), "\\u202E".repeat(33));
  });
});

describe("what a request says about itself", () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it("returns and lists file names neutralised, old rows included", async () => {
    const response = await upload(server.app, [["consent", "private"]], chat("notes\u202Elnosj.jsonl"));
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().files[0].name, "notes\\u202Elnosj.jsonl");
    // A row stored before names were neutralised.
    const sha256 = response.json().files[0].sha256;
    await server.store.insertSubmission({
      id: "old-row",
      createdMs: 1,
      consent: "private",
      channel: "api",
      receiptHash: "0".repeat(64),
      files: [{ id: "old-file", submissionId: "old-row", sha256, name: "old\u202Etxt.jsonl", bytes: 1, format: "sillytavern-chat", status: "ok", conversations: 1, messages: 1 }],
      newBlobs: [],
    });
    const admin = { authorization: `Bearer ${ADMIN}` };
    const list = await server.app.inject({ method: "GET", url: "/api/admin/submissions", headers: admin });
    const names = list.json().submissions.flatMap((submission: { files: { name: string }[] }) => submission.files.map((file) => file.name));
    assert.deepEqual(names.sort(), ["notes\\u202Elnosj.jsonl", "old\\u202Etxt.jsonl"]);
    assert.ok(!list.body.includes("\u202E"), "no raw override in the listing");
    const detail = await server.app.inject({ method: "GET", url: "/api/admin/submissions/old-row", headers: admin });
    assert.equal(detail.json().files[0].name, "old\\u202Etxt.jsonl");
  });

  it("refuses a consent sent twice", async () => {
    for (const fields of [
      [["consent", "private"], ["consent", "public"]],
      [["consent", "public"], ["consent", "public"]],
    ] as [string, string][][]) {
      const response = await upload(server.app, fields, chat());
      assert.equal(response.statusCode, 400, response.body);
      assert.match(response.json().error, /consent was sent more than once/);
    }
  });

  it("sends no HSTS and no upgrade-insecure-requests over plain HTTP, and ignores an untrusted X-Forwarded-Proto", async () => {
    for (const headers of [{}, { "x-forwarded-proto": "https" }]) {
      const page = await server.app.inject({ method: "GET", url: "/", headers });
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers["strict-transport-security"], undefined);
      assert.doesNotMatch(String(page.headers["content-security-policy"]), /upgrade-insecure-requests/);
      assert.match(String(page.headers["content-security-policy"]), /script-src 'self'/);
    }
  });
});
