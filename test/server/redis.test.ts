/**
 * The upload rate counted in Redis (`pippa serve --redis URL`): servers given the same Redis count a
 * client once between them. Runs when PIPPA_TEST_REDIS=redis://… is set and the optional ioredis
 * package is installed; without ioredis, asking for Redis stops the server with what to install.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../../src/server/app.js";
import { connectRedis } from "../../src/server/redis.js";
import { openStore } from "../../src/server/store/open.js";
import type { Store } from "../../src/server/store/store.js";
import { ST_CHATS } from "../helpers/examples.js";
import { temporaryFolder } from "../helpers/io.js";
import { ADMIN, multipart } from "./server-helpers.js";

const optionalPackage = "ioredis";
const ioredisInstalled = await import(optionalPackage).then(() => true, () => false);
const redisUrl = process.env.PIPPA_TEST_REDIS;

describe("the upload rate counted in Redis", () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  if (!ioredisInstalled) {
    it("says which package to install when ioredis is missing", async () => {
      await assert.rejects(connectRedis("redis://127.0.0.1:1"), /PIPPA_E_USAGE|--redis needs the ioredis package beside pippa: npm install ioredis/);
    });
    console.log("# SKIPPING the Redis run: install the optional ioredis package and set PIPPA_TEST_REDIS=redis://…");
    return;
  }

  it("refuses a Redis it cannot reach, at start, without showing the URL", async () => {
    await assert.rejects(connectRedis("redis://:secret-word@127.0.0.1:1"), (error: Error) => /cannot reach the Redis server given with --redis/.test(error.message) && !error.message.includes("secret-word"));
  });

  if (!redisUrl) {
    console.log("# SKIPPING the Redis run: set PIPPA_TEST_REDIS=redis://…");
    return;
  }

  it("counts a client's uploads once for two servers", async () => {
    const servers: FastifyInstance[] = [];
    for (let i = 0; i < 2; i++) {
      const folder = await temporaryFolder();
      const store: Store = await openStore(`sqlite:${join(folder.path, "pippa.db")}`);
      const app = await buildServer({ store, dataDir: join(folder.path, "data"), adminToken: ADMIN, uploadsPerMinute: 3, redisUrl });
      cleanups.push(folder.cleanup, () => store.close(), () => app.close());
      servers.push(app);
    }
    // An address no other run used within the minute (Redis outlives the test).
    const address = `192.0.2.${Date.now() % 250}`;
    const statuses = [];
    for (const i of [0, 1, 0, 1]) {
      const body = multipart([["consent", "public"]], [{ name: "chat.jsonl", content: ST_CHATS.modern }]);
      statuses.push((await servers[i].inject({ method: "POST", url: "/api/submissions", payload: body.payload, headers: body.headers, remoteAddress: address })).statusCode);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429]);
  });
});
