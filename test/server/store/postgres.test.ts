/**
 * What servers sharing a PostgreSQL database coordinate by: named locks that another connection
 * (another server) respects, that a killed process does not leave behind and that a holder whose
 * session was cut takes again, the blob lock that
 * keeps a removal from taking a file whose upload is between its file and its row, and the claim of
 * a build (one running at a time). Each server is a store of its own here, with its own connections.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { openStore } from "../../../src/server/store/open.js";
import { lockKey } from "../../../src/server/store/postgres.js";
import type { BuildRow, Store } from "../../../src/server/store/store.js";
import { projectRoot } from "../../helpers/io.js";
import { freshDatabase, testPostgres } from "../postgres-helpers.js";
import { waitFor } from "../server-helpers.js";

const postgres = testPostgres("the PostgreSQL coordination tests");
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("coordination through PostgreSQL", { skip: !postgres }, () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let one: Store;
  let two: Store;
  before(async () => {
    database = await freshDatabase(postgres!);
    one = await openStore(database.url);
    two = await openStore(database.url);
  });
  after(async () => {
    await one?.close();
    await two?.close();
    await database?.drop();
  });

  it("runs one holder of a named lock at a time, whichever server asks", async () => {
    const order: string[] = [];
    const work = (who: string) => async () => {
      order.push(`${who} in`);
      await pause(50);
      order.push(`${who} out`);
    };
    await Promise.all([one.withLock("releases", work("one")), two.withLock("releases", work("two")), one.withLock("releases", work("three"))]);
    for (let i = 0; i < order.length; i += 2) assert.equal(order[i].replace(" in", " out"), order[i + 1], order.join(", "));
  });

  it("sees a lock another server holds, until it is released or its process is killed", async () => {
    const held = await one.holdLock("server:alive");
    assert.equal(await two.isLockHeld("server:alive"), true);
    await held.release();
    assert.equal(await two.isLockHeld("server:alive"), false);

    const openModule = pathToFileURL(join(projectRoot(), "dist", "src", "server", "store", "open.js")).href;
    const script = `const { openStore } = await import(${JSON.stringify(openModule)}); const store = await openStore(process.argv[1]); await store.holdLock("server:killed"); console.log("held"); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script, database.url], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await once(child.stdout!, "data");
      assert.equal(await two.isLockHeld("server:killed"), true);
      child.kill("SIGKILL");
      assert.ok(await waitFor(async () => !(await two.isLockHeld("server:killed")), 5000), "a killed holder's lock is freed");
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("takes a held lock again when its session is cut", async () => {
    const held = await one.holdLock("server:cut");
    try {
      const key = BigInt.asUintN(64, lockKey("server:cut"));
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const cut = await client.query("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::oid AND objid = $2::oid AND objsubid = 1", [String(key >> 32n), String(key & 0xffffffffn)]);
        assert.equal(cut.rowCount, 1);
      } finally {
        await client.end();
      }
      assert.ok(await waitFor(async () => !(await two.isLockHeld("server:cut")), 2000), "the cut session's lock is freed");
      assert.ok(await waitFor(() => two.isLockHeld("server:cut"), 5000), "and taken again");
    } finally {
      await held.release();
    }
    assert.ok(await waitFor(async () => !(await two.isLockHeld("server:cut")), 2000));
  });

  it("removes no blob file while another server is between that file and its row", async () => {
    const sha256 = "d".repeat(64);
    let fileWritten = false;
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const file = { id: "f-d", submissionId: "s-d", sha256, name: "chat.jsonl", bytes: 5, format: "sillytavern-chat", status: "ok" as const, conversations: 1, messages: 2 };
    const inserting = one.insertSubmission({ id: "s-d", createdMs: 1, consent: "private", channel: "api", receiptHash: "d".repeat(64), files: [file], newBlobs: [{ sha256, bytes: 5 }] }, async () => {
      fileWritten = true;
      await held;
    });
    assert.ok(await waitFor(() => fileWritten, 2000));
    let removed = false;
    const removing = two.removeBlobIfUnreferenced(sha256, async () => void (removed = true));
    await pause(100);
    assert.equal(removed, false, "the removal waits for the upload");
    letGo();
    await inserting;
    assert.equal(await removing, false, "and then finds the row");
    assert.equal(removed, false);
    // Once withdrawn, its file goes.
    const outcome = await two.withdraw("d".repeat(64), 2);
    assert.deepEqual(outcome.orphanBlobs, [sha256]);
    assert.equal(await one.removeBlobIfUnreferenced(sha256, async () => void (removed = true)), true);
    assert.equal(removed, true);
  });

  it("lets one build run at a time, whichever servers claim it at once", async () => {
    const build = (id: string): BuildRow => ({ id, createdMs: 1, status: "running", stage: "collecting submissions", records: 0, error: null, summary: null });
    const claims = await Promise.all([one.insertBuild(build("b1"), "server-one"), two.insertBuild(build("b2"), "server-two"), one.insertBuild(build("b3"), "server-one")]);
    assert.deepEqual(claims.filter(Boolean).length, 1, String(claims));
    const [running] = await two.runningBuilds();
    assert.equal(running.claimedBy, running.id === "b2" ? "server-two" : "server-one");
    await one.updateBuild(running.id, { status: "done" });
    assert.equal(await two.insertBuild(build("b4"), "server-two"), true, "the next one, once it ended");
    assert.equal(await one.insertBuild({ ...build("b5"), status: "done" }), true, "a build not running is no claim");
  });
});
