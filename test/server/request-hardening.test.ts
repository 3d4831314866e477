/**
 * What the server makes of what a request says about itself:
 * - file names with bidi and control characters are shown neutralised;
 * - a consent sent twice is refused;
 * - HSTS only over HTTPS, and no upgrade-insecure-requests;
 * - X-Forwarded-* is believed only from a trusted proxy (rate limit, origin check, HSTS);
 * - no source map is served.
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

/** The page's CSRF token and the cookie that goes with it. */
async function csrf(app: FastifyInstance, headers: Record<string, string> = {}): Promise<{ token: string; cookie: string }> {
  const page = await app.inject({ method: "GET", url: "/", headers });
  return { token: /name="csrf-token" content="([^"]+)"/.exec(page.body)![1], cookie: String(page.headers["set-cookie"]).split(";")[0] };
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

  it("serves the page scripts but not their source maps", async () => {
    const script = await server.app.inject({ method: "GET", url: "/assets/contribute.js" });
    assert.equal(script.statusCode, 200, "the scripts are built (npm run build)");
    for (const url of ["/assets/contribute.js.map", "/assets/admin.js.map", "/assets/withdraw.js.map"]) {
      const map = await server.app.inject({ method: "GET", url, headers: { "accept-encoding": "gzip" } });
      assert.equal(map.statusCode, 404, url);
      assert.doesNotMatch(map.body, /sourcesContent|src\/server/);
    }
    const development = await startTestServer({ serveSourceMaps: true });
    try {
      const map = await development.app.inject({ method: "GET", url: "/assets/contribute.js.map" });
      assert.equal(map.statusCode, 200, "served when asked for, in development");
      assert.match(map.body, /"sources"/);
    } finally {
      await development.close();
    }
  });
});

describe("behind a reverse proxy", () => {
  const PUBLIC = "https://pippa.example";
  const forwarded = (client: string) => ({ "x-forwarded-for": client, "x-forwarded-proto": "https", "x-forwarded-host": "pippa.example" });

  it("believes X-Forwarded-* from a trusted proxy only (--trust-proxy)", async () => {
    const server = await startTestServer({ trustProxy: "127.0.0.1", uploadsPerMinute: 2 });
    try {
      const { app } = server;
      // The rate limit counts the clients the proxy names, not the proxy.
      const statuses = [];
      for (const client of ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.1", "203.0.113.1"]) statuses.push((await upload(app, [], [], { "x-forwarded-for": client })).statusCode);
      assert.deepEqual(statuses, [400, 400, 400, 400, 429]);
      // The origin check compares with the scheme and host the client used.
      const token = await csrf(app, forwarded("203.0.113.4"));
      const own = await upload(app, [["consent", "public"]], chat(), { ...forwarded("203.0.113.4"), origin: PUBLIC, "x-csrf-token": token.token, cookie: token.cookie });
      assert.equal(own.statusCode, 201, own.body);
      // HSTS when the client came over HTTPS.
      const page = await app.inject({ method: "GET", url: "/", headers: forwarded("203.0.113.5") });
      assert.equal(page.headers["strict-transport-security"], "max-age=31536000; includeSubDomains");
      // The same headers from an address that is not the proxy are the client's own word: ignored.
      const stranger = await app.inject({ method: "GET", url: "/", headers: forwarded("203.0.113.5"), remoteAddress: "198.51.100.9" });
      assert.equal(stranger.headers["strict-transport-security"], undefined);
      const spoofed = await upload(app, [["consent", "public"]], chat(), { ...forwarded("203.0.113.6"), origin: PUBLIC, "x-csrf-token": token.token, cookie: token.cookie }, "198.51.100.9");
      assert.equal(spoofed.statusCode, 403, spoofed.body);
    } finally {
      await server.close();
    }
  });

  it("ignores X-Forwarded-* by default", async () => {
    const server = await startTestServer({ uploadsPerMinute: 2 });
    try {
      const { app } = server;
      const statuses = [];
      for (const client of ["203.0.113.1", "203.0.113.2", "203.0.113.3"]) statuses.push((await upload(app, [], [], { "x-forwarded-for": client })).statusCode);
      assert.deepEqual(statuses, [400, 400, 429], "every request is the proxy's");
      const token = await csrf(app);
      const own = await upload(app, [["consent", "public"]], chat(), { ...forwarded("203.0.113.4"), origin: PUBLIC, "x-csrf-token": token.token, cookie: token.cookie }, "127.0.0.2");
      assert.equal(own.statusCode, 403);
      assert.match(own.json().error, /does not accept uploads from https:\/\/pippa\.example/);
    } finally {
      await server.close();
    }
  });
});
