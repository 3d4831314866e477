/**
 * Two servers on one PostgreSQL database and one data folder, in this process: the upload limit is
 * counted once for both, one build runs at a time between them, and a build whose server is gone
 * does not stop the next one.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.js";
import { openStore } from "../../src/server/store/open.js";
import type { Store } from "../../src/server/store/store.js";
import { ST_CHATS } from "../helpers/examples.js";
import { temporaryFolder } from "../helpers/io.js";
import { freshDatabase, testPostgres } from "./postgres-helpers.js";
import { ADMIN, multipart, waitFor } from "./server-helpers.js";

const postgres = testPostgres("the shared-database tests");

describe("two servers on one PostgreSQL database", { skip: !postgres }, () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let folder: { path: string; cleanup: () => Promise<void> };
  const servers: { app: FastifyInstance; store: Store }[] = [];
  before(async () => {
    database = await freshDatabase(postgres!);
    folder = await temporaryFolder();
    for (let i = 0; i < 2; i++) {
      const store = await openStore(database.url);
      servers.push({ store, app: await buildServer({ store, dataDir: join(folder.path, "data"), adminToken: ADMIN, uploadsPerMinute: 3 }) });
    }
  });
  after(async () => {
    for (const { app, store } of servers) {
      await app.close();
      await store.close();
    }
    await database?.drop();
    await folder?.cleanup();
  });
  const admin = { authorization: `Bearer ${ADMIN}` };

  it("counts a client's uploads once for both", async () => {
    const send = (app: FastifyInstance) => {
      const body = multipart([["consent", "public"]], [{ name: "chat.jsonl", content: ST_CHATS.modern }]);
      return app.inject({ method: "POST", url: "/api/submissions", payload: body.payload, headers: body.headers, remoteAddress: "192.0.2.44" });
    };
    const statuses = [];
    for (const i of [0, 1, 0, 1]) statuses.push((await send(servers[i].app)).statusCode);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
  });

  it("runs one build at a time between them", async () => {
    const start = (app: FastifyInstance) => app.inject({ method: "POST", url: "/api/admin/builds", headers: admin });
    const answers = await Promise.all([start(servers[0].app), start(servers[1].app)]);
    assert.deepEqual(answers.map((answer) => answer.statusCode).sort(), [202, 409]);
    const id = answers.find((answer) => answer.statusCode === 202)!.json().id;
    // Either server shows its progress, and the build ends on the server that claimed it.
    assert.ok(await waitFor(async () => (await servers[1].app.inject({ url: `/api/admin/builds/${id}`, headers: admin })).json().status !== "running", 60_000));
    assert.equal((await servers[0].app.inject({ url: `/api/admin/builds/${id}`, headers: admin })).json().status, "done");
  });

  it("fails a build whose server is gone, and starts the next", async () => {
    const { store } = servers[0];
    await store.insertBuild({ id: "orphaned", createdMs: 1, status: "running", stage: "import", records: 0, error: null, summary: null }, "a-server-killed-meanwhile");
    const answer = await servers[1].app.inject({ method: "POST", url: "/api/admin/builds", headers: admin });
    assert.equal(answer.statusCode, 202, answer.body);
    assert.equal((await store.getBuild("orphaned"))?.status, "failed");
    assert.ok(await waitFor(async () => (await store.getBuild(answer.json().id))?.status !== "running", 60_000));
  });
});
