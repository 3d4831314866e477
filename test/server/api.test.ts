import { defaultBuildConfig } from "../../src/runner/release/config.js";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { buildServer } from "../../src/server/app.js";
import { openStore } from "../../src/server/store/open.js";
import type { Store } from "../../src/server/store/store.js";
import { ST_CHATS, CARD_EXAMPLES, CAI_CHAT_DUMP, CAI_DEFINITIONS_DUMP } from "../helpers/examples.js";
import { temporaryFolder } from "../helpers/io.js";
import { sampleRecord } from "../helpers/records.js";
import { freshDatabase, testPostgres } from "./postgres-helpers.js";
import { multipart as multipartBody, temporaryFiles } from "./server-helpers.js";
import { readEnd } from "./zip-records.js";

const ADMIN = "test-admin-token";

/** A multipart body: fields and files. */
/** A multipart body from named fields and files. */
function multipart(fields: Record<string, string>, files: { name: string; content: string | Uint8Array }[]): { payload: Buffer; headers: Record<string, string> } {
  return multipartBody(Object.entries(fields), files);
}

export function storeSuite(name: string, openTestStore: (folder: string) => Promise<Store>): void {
  describe(`submission API (${name})`, () => {
    let folder: { path: string; cleanup: () => Promise<void> };
    let app: FastifyInstance;
    let store: Store;
    const upload = (fields: Record<string, string>, files: { name: string; content: string | Uint8Array }[], headers: Record<string, string> = {}) => {
      const body = multipart(fields, files);
      return app.inject({ method: "POST", url: "/api/submissions", payload: body.payload, headers: { ...body.headers, ...headers } });
    };
    const adminGet = (url: string) => app.inject({ method: "GET", url, headers: { authorization: `Bearer ${ADMIN}` } });
    /** The build's row once it is no longer running (at most 20 s). */
    const finishedBuild = async (id: string) => {
      let build;
      for (let i = 0; i < 200; i++) {
        build = (await adminGet(`/api/admin/builds/${id}`)).json();
        if (build.status !== "running") break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return build;
    };

    before(async () => {
      folder = await temporaryFolder();
      store = await openTestStore(folder.path);
      app = await buildServer({ store, dataDir: join(folder.path, "data"), adminToken: ADMIN, maxFileBytes: 64 * 1024, maxFiles: 4, allowOrigins: ["https://chat.example/"] /* written with a slash, as curators do */, buildConfig: { ...defaultBuildConfig(), contact: "curator@chat.example", withdrawalUrl: "https://chat.example/withdraw" } });
    });
    after(async () => {
      await app.close();
      await store.close();
      await folder.cleanup();
    });

    it("takes a chat with its card and a PIPPA file, with consent, and gives a receipt", async () => {
      const pippa = `${writePippaLine(sampleRecord())}\n${writePippaLine(sampleRecord({ bot_id: "other" }))}\n`;
      const response = await upload({ consent: "public" }, [
        { name: "chat.jsonl", content: ST_CHATS.modern },
        { name: "card.json", content: JSON.stringify(CARD_EXAMPLES.v2) },
        { name: "../../etc/pippa.jsonl", content: pippa },
      ]);
      assert.equal(response.statusCode, 201, response.body);
      const body = response.json();
      assert.match(body.receipt, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
      assert.deepEqual(body.files.map((file: { name: string; accepted: boolean; role?: string; conversations: number }) => [file.name, file.accepted, file.role, file.conversations]), [
        ["chat.jsonl", true, "chat", 1],
        ["card.json", true, "card", 0],
        ["pippa.jsonl", true, "chat", 2],
      ]);
      const list = (await adminGet("/api/admin/submissions")).json();
      assert.equal(list.total, 1);
      assert.equal(list.submissions[0].consent, "public");
      assert.equal(list.submissions[0].channel, "api");
      // Only the receipt's hash is kept.
      assert.ok(!JSON.stringify(list).includes(body.receipt));
    });

    it("takes a Character.AI definitions dump beside its chat dump, and the release carries the definitions", async () => {
      const alone = await upload({ consent: "public" }, [{ name: "defs.json", content: JSON.stringify(CAI_DEFINITIONS_DUMP) }]);
      assert.match(alone.json().files[0].reason, /definitions alone hold no conversation; send them with the chat dump/);
      const response = await upload({ consent: "public" }, [
        { name: "aria_history.json", content: JSON.stringify(CAI_CHAT_DUMP) },
        { name: "aria_definitions.json", content: JSON.stringify(CAI_DEFINITIONS_DUMP) },
      ]);
      assert.equal(response.statusCode, 201, response.body);
      assert.deepEqual(response.json().files.map((file: { name: string; accepted: boolean; role?: string }) => [file.name, file.accepted, file.role]), [
        ["aria_history.json", true, "chat"],
        ["aria_definitions.json", true, "definitions"],
      ]);
    });

    it("refuses what no reader knows, a missing consent and an unknown one", async () => {
      const nothing = await upload({ consent: "private" }, [{ name: "notes.txt", content: "just some notes" }]);
      assert.equal(nothing.statusCode, 422);
      assert.match(nothing.json().files[0].reason, /notes\.txt: not a PNG card and not JSON/);
      assert.ok(!nothing.body.includes(folder.path), "no server path leaks");
      assert.equal((await upload({}, [{ name: "chat.jsonl", content: ST_CHATS.modern }])).statusCode, 400);
      assert.equal((await upload({ consent: "maybe" }, [{ name: "chat.jsonl", content: ST_CHATS.modern }])).statusCode, 400);
      assert.equal((await app.inject({ method: "POST", url: "/api/submissions", payload: { consent: "public" } })).statusCode, 415);
    });

    it("enforces the size and count limits", async () => {
      const big = await upload({ consent: "public" }, [{ name: "big.jsonl", content: "x".repeat(70 * 1024) }]);
      assert.equal(big.statusCode, 413);
      const many = await upload({ consent: "public" }, Array.from({ length: 6 }, (_, i) => ({ name: `c${i}.jsonl`, content: ST_CHATS.modern })));
      assert.equal(many.statusCode, 413);
      assert.deepEqual(await temporaryFiles(join(folder.path, "data")), [], "nothing half-received is left behind");
    });

    it("stores identical bytes once and withdraws with the receipt", async () => {
      const first = (await upload({ consent: "private" }, [{ name: "a.jsonl", content: ST_CHATS.legacy }])).json();
      const second = (await upload({ consent: "private" }, [{ name: "b.jsonl", content: ST_CHATS.legacy }])).json();
      assert.equal(first.files[0].sha256, second.files[0].sha256);
      const blob = join(folder.path, "data", "blobs", first.files[0].sha256.slice(0, 2), first.files[0].sha256);
      assert.ok(existsSync(blob));
      const withdraw = (receipt: string) => app.inject({ method: "POST", url: "/api/withdraw", payload: { receipt } });
      assert.deepEqual((await withdraw(first.receipt.toLowerCase())).json(), { withdrawn: true, releasesRemoved: 0 });
      assert.ok(existsSync(blob), "still used by the second submission");
      assert.deepEqual((await withdraw(first.receipt)).json(), { withdrawn: true, already: true });
      assert.deepEqual((await withdraw(second.receipt)).json(), { withdrawn: true, releasesRemoved: 0 });
      assert.ok(!existsSync(blob), "gone once nothing refers to it");
      assert.equal((await withdraw("AAAAA-BBBBB-CCCCC-DDDDD")).statusCode, 404);
      assert.equal((await withdraw("not a code")).statusCode, 400);
      assert.equal((await adminGet("/api/admin/stats")).json().counts.withdrawn, 2);
    });

    it("checks where browser posts come from: CSRF for this site, an allow-list for others", async () => {
      const chat = [{ name: "chat.jsonl", content: ST_CHATS.modern }];
      const own = await upload({ consent: "public" }, chat, { origin: "http://localhost:80", host: "localhost:80" });
      assert.equal(own.statusCode, 403);
      assert.match(own.json().error, /CSRF/);
      const page = await app.inject({ method: "GET", url: "/" });
      const token = /name="csrf-token" content="([^"]+)"/.exec(page.body)![1];
      const cookie = String(page.headers["set-cookie"]).split(";")[0];
      const withToken = await upload({ consent: "public" }, chat, { origin: "http://localhost:80", host: "localhost:80", "x-csrf-token": token, cookie });
      assert.equal(withToken.statusCode, 201, withToken.body);
      // Another page opened with that cookie (another tab) keeps the same token, so both tabs still post.
      const again = await app.inject({ method: "GET", url: "/withdraw", headers: { cookie } });
      assert.equal(again.headers["set-cookie"], undefined);
      assert.equal(/name="csrf-token" content="([^"]+)"/.exec(again.body)![1], token);
      const stranger = await upload({ consent: "public" }, chat, { origin: "https://evil.example" });
      assert.equal(stranger.statusCode, 403);
      const friend = await upload({ consent: "public" }, chat, { origin: "https://chat.example" });
      assert.equal(friend.statusCode, 201);
      assert.equal(friend.headers["access-control-allow-origin"], "https://chat.example");
      const preflight = await app.inject({ method: "OPTIONS", url: "/api/submissions", headers: { origin: "https://chat.example", "access-control-request-method": "POST" } });
      assert.equal(preflight.statusCode, 204);
      assert.equal((await app.inject({ method: "OPTIONS", url: "/api/submissions", headers: { origin: "https://evil.example" } })).statusCode, 403);
    });

    it("tells a page on an origin it refuses so, in an answer that page may read", async () => {
      const config = await app.inject({ method: "GET", url: "/api/config", headers: { origin: "https://evil.example" } });
      assert.equal(config.statusCode, 403);
      assert.equal(config.headers["access-control-allow-origin"], "https://evil.example", "readable by the refused page, so it can say why");
      assert.deepEqual(config.json(), { error: "this pippa server does not accept uploads from https://evil.example — start it with --allow-origin https://evil.example", code: "PIPPA_E_ORIGIN", origin: "https://evil.example" });
      const upload = await app.inject({ method: "POST", url: "/api/submissions", headers: { origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" }, payload: "--x--\r\n" });
      assert.equal(upload.statusCode, 403);
      assert.equal(upload.headers["access-control-allow-origin"], "https://evil.example");
      assert.equal(upload.json().code, "PIPPA_E_ORIGIN");
      // An allowed origin, the server's own page and a script are answered as before.
      assert.equal((await app.inject({ method: "GET", url: "/api/config", headers: { origin: "https://chat.example" } })).statusCode, 200);
      assert.equal((await app.inject({ method: "GET", url: "/api/config", headers: { origin: "http://localhost:80", host: "localhost:80" } })).statusCode, 200);
      assert.equal((await app.inject({ method: "GET", url: "/api/config" })).statusCode, 200);
    });

    it("keeps the console behind the admin token", async () => {
      for (const url of ["/api/admin/submissions", "/api/admin/stats", "/api/admin/builds"]) {
        assert.equal((await app.inject({ method: "GET", url })).statusCode, 401, url);
        assert.equal((await app.inject({ method: "GET", url, headers: { authorization: "Bearer wrong" } })).statusCode, 401, url);
      }
      const stats = (await adminGet("/api/admin/stats")).json();
      assert.ok(stats.corpus.conversations >= 3);
      assert.equal(typeof stats.corpus.turns.median, "number");
    });

    it("shows a submission with its conversations and the personal information found", async () => {
      const record = sampleRecord({ conversation: [{ message: "Hi!", is_human: false }, { message: "my email is jo.smith@example.org <script>alert(1)</script>", is_human: true }] });
      const response = (await upload({ consent: "private" }, [{ name: "pii.jsonl", content: `${writePippaLine(record)}\n` }])).json();
      const list = (await adminGet("/api/admin/submissions?consent=private")).json();
      const id = list.submissions[0].id;
      const detail = (await adminGet(`/api/admin/submissions/${id}`)).json();
      assert.equal(detail.conversationCount, 1);
      const message = detail.conversations[0].messages[1];
      assert.ok(message.text.includes("<script>"), "the text is data; pages render it as text");
      assert.ok(message.spans.some((span: { type: string; start: number; end: number }) => span.type === "EMAIL" && message.text.slice(span.start, span.end) === "jo.smith@example.org"));
      assert.equal((await adminGet("/api/admin/submissions/nope")).statusCode, 404);
      void response;
    });

    it("shows each conversation's content tags with the words that gave them", async () => {
      // A neutral scene whose only tag is a stated age.
      const record = sampleRecord({ bot_id: "study-bot", conversation: [{ message: "Ready for the quiz?", is_human: false }, { message: "yes! im 14 so this is my first exam", is_human: true }] });
      assert.equal((await upload({ consent: "private" }, [{ name: "quiz.jsonl", content: `${writePippaLine(record)}\n` }])).statusCode, 201);
      const list = (await adminGet("/api/admin/submissions?consent=private")).json();
      const detail = (await adminGet(`/api/admin/submissions/${list.submissions[0].id}`)).json();
      const { content } = detail.conversations[0];
      assert.deepEqual(Object.keys(content.tags), ["minor"]);
      const rows = content.evidence.map((item: { tag: string; field: string; rule: string; text: string }) => [item.tag, item.field, item.rule, item.text]);
      assert.deepEqual(rows.filter(([, , rule]: string[]) => rule !== "minor-model"), [["minor", "conversation[1].message", "stated-age", "im 14"]]);
      // The model's evidence, when it speaks, is the whole sentence it read.
      for (const row of rows.filter(([, , rule]: string[]) => rule === "minor-model")) assert.deepEqual(row, ["minor", "conversation[1].message", "minor-model", "im 14 so this is my first exam"]);
    });

    it("serves the pages with security headers and no stack traces, and describes the API", async () => {
      const page = await app.inject({ method: "GET", url: "/" });
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers["content-security-policy"]), /script-src 'self'/);
      assert.equal(page.headers["x-content-type-options"], "nosniff");
      assert.match(page.body, /name="consent" value="public" required>/);
      assert.doesNotMatch(page.body, /checked/, "no consent is chosen for the contributor");
      const broken = await app.inject({ method: "POST", url: "/api/withdraw", payload: "{not json", headers: { "content-type": "application/json" } });
      assert.equal(broken.statusCode, 400);
      assert.doesNotMatch(broken.body, /at .*\.js:\d+/);
      const openapi = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json();
      assert.equal(openapi.openapi.slice(0, 2), "3.");
      for (const path of ["/api/submissions", "/api/withdraw", "/api/admin/submissions", "/api/admin/builds"]) assert.ok(openapi.paths[path], path);
    });

    it("builds a release from the current submissions, public and private apart, and zips it", async () => {
      // Two requests at once: one build starts, the other is told one is running.
      const [started, second] = await Promise.all([0, 1].map(() => app.inject({ method: "POST", url: "/api/admin/builds", headers: { authorization: `Bearer ${ADMIN}` } })));
      assert.equal(started.statusCode, 202);
      assert.equal(second.statusCode, 409, second.body);
      const { id } = started.json();
      const build = await finishedBuild(id);
      assert.equal(build.status, "done", JSON.stringify(build));
      assert.ok(build.records >= 4);
      const zip = await adminGet(`/api/admin/builds/${id}/download`);
      assert.equal(zip.statusCode, 200);
      assert.equal(zip.headers["content-type"], "application/zip");
      const bytes = zip.rawPayload;
      assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
      // Every file of the public release, by its path in it, and nothing from its private part beside it.
      const release = join(folder.path, "data", "builds", id, "release");
      const files = (await readdir(release, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      const names = readEnd(bytes, bytes.length).entries.map((entry) => entry.name);
      assert.deepEqual([...names].sort(), files.map((entry) => join(entry.parentPath, entry.name).slice(release.length + 1).split("\\").join("/")).sort());
      assert.ok(names.includes("pippa_deduped.jsonl") && names.includes("build.json"));
      const privateOnly = (await readdir(`${release}.private`, { recursive: true })).filter((name) => !existsSync(join(release, name)));
      assert.ok(privateOnly.length > 0 && !privateOnly.some((name) => names.includes(name)), names.join(", "));
      // The console's builds take the server's build settings: the card says where to withdraw.
      const card = await readFile(join(release, "README.md"), "utf8");
      assert.match(card, /withdraw a contribution at https:\/\/chat\.example\/withdraw/);
      // The chat dump's record took its bot's definitions from the file sent beside it.
      const published = await readFile(join(release, "pippa.jsonl"), "utf8");
      const aria = published.split("\n").filter(Boolean).map((line) => JSON.parse(line) as { bot_name: string; bot_definitions: string | null }).find((record) => record.bot_name === "Aria");
      assert.ok(aria?.bot_definitions?.includes("END_OF_DIALOG"), JSON.stringify(aria));
      const fresh = (await adminGet("/api/admin/submissions?status=new")).json();
      const built = (await adminGet("/api/admin/submissions?status=built")).json();
      assert.equal(fresh.total, 0);
      assert.ok(built.total >= 3 && built.submissions.every((submission: { lastBuildMs: number | null }) => submission.lastBuildMs !== null));
    });

    it("a withdrawal deletes every stored release that held the submission, and no unredacted copy outlives a build", async () => {
      const marker = "zqwithdrawnzq";
      const record = sampleRecord({ bot_id: marker, conversation: [{ message: "The ferry leaves at noon.", is_human: false }, { message: "Then we wait on the pier.", is_human: true }, { message: "Gulls circle the masts.", is_human: false }] });
      const sent = await upload({ consent: "public" }, [{ name: "late.jsonl", content: `${writePippaLine(record)}\n` }]);
      assert.equal(sent.statusCode, 201, sent.body);
      const { id } = (await app.inject({ method: "POST", url: "/api/admin/builds", headers: { authorization: `Bearer ${ADMIN}` } })).json();
      const build = await finishedBuild(id);
      assert.equal(build.status, "done", JSON.stringify(build));
      const buildFolder = join(folder.path, "data", "builds", id);
      assert.match(await readFile(join(buildFolder, "release", "pippa.jsonl"), "utf8"), new RegExp(marker));
      assert.ok(!existsSync(join(buildFolder, "sources")), "the unredacted sources are gone once the build ends");
      const withdrawn = await app.inject({ method: "POST", url: "/api/withdraw", payload: { receipt: sent.json().receipt } });
      assert.deepEqual(withdrawn.json(), { withdrawn: true, releasesRemoved: 1 });
      assert.ok(!existsSync(join(buildFolder, "release")) && !existsSync(join(buildFolder, "release.private")));
      const after = (await adminGet(`/api/admin/builds/${id}`)).json();
      assert.equal(after.status, "removed");
      assert.match(after.error, /withdrawn/);
      assert.equal((await adminGet(`/api/admin/builds/${id}/download`)).statusCode, 404);
    });

    it("at start, removes the unredacted sources a killed build left and releases that hold a withdrawn submission", async () => {
      const data = join(folder.path, "restart");
      const builds = join(data, "builds");
      await mkdir(join(builds, "killed", "sources"), { recursive: true });
      await writeFile(join(builds, "killed", "sources", "s1.jsonl"), "unredacted\n");
      await mkdir(join(builds, "killed", ".release.building-99999999"), { recursive: true });
      await store.insertBuild({ id: "killed", createdMs: Date.now(), status: "running", stage: "import", records: 0, error: null, summary: null });
      await mkdir(join(builds, "stale", "release"), { recursive: true });
      await writeFile(join(builds, "stale", "release", "pippa.jsonl"), "published\n");
      await writeFile(join(builds, "stale", "submissions.json"), JSON.stringify(["a-submission-withdrawn-while-the-server-was-down"]));
      await store.insertBuild({ id: "stale", createdMs: Date.now(), status: "done", stage: "done", records: 1, error: null, summary: null });
      const restarted = await buildServer({ store, dataDir: data, adminToken: ADMIN });
      try {
        assert.ok(!existsSync(join(builds, "killed")), "an interrupted build leaves nothing");
        assert.equal((await store.getBuild("killed"))?.status, "failed");
        assert.ok(!existsSync(join(builds, "stale", "release")));
        assert.equal((await store.getBuild("stale"))?.status, "removed");
      } finally {
        await restarted.close();
      }
    });

    it("limits uploads per address", async () => {
      const limited = await buildServer({ store, dataDir: join(folder.path, "limited"), adminToken: ADMIN, uploadsPerMinute: 2 });
      try {
        const send = () => {
          const body = multipart({ consent: "public" }, [{ name: "chat.jsonl", content: ST_CHATS.modern }]);
          // An address of its own: with PostgreSQL the count is the database's, shared with the suite's other server.
          return limited.inject({ method: "POST", url: "/api/submissions", payload: body.payload, headers: body.headers, remoteAddress: "192.0.2.7" });
        };
        assert.deepEqual([(await send()).statusCode, (await send()).statusCode, (await send()).statusCode], [201, 201, 429]);
      } finally {
        await limited.close();
      }
    });
  });
}

storeSuite("SQLite", (folder) => openStore(`sqlite:${join(folder, "pippa.db")}`));

const postgres = testPostgres("the PostgreSQL run of the API suite");
if (postgres) {
  let database: Awaited<ReturnType<typeof freshDatabase>> | null = null;
  storeSuite("PostgreSQL", async () => {
    database = await freshDatabase(postgres);
    return openStore(database.url);
  });
  after(() => database?.drop());
}
