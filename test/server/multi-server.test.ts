/**
 * Two `pippa serve` processes on one PostgreSQL database and one data folder, as behind a load
 * balancer. Uploads (some of the same bytes) and withdrawals go through both at once; one server is
 * killed (SIGKILL) in the middle of the burst and started again while the other is still receiving.
 * Afterwards every acknowledged upload is there, rows and bytes; no blob file is without its row nor
 * a row without its file; nothing half-received is left; and every receipt withdraws through either.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { temporaryFolder } from "../helpers/io.js";
import { freshDatabase, testPostgres } from "./postgres-helpers.js";
import { temporaryFiles } from "./server-helpers.js";
import { spawnServer, uploadChat, withdrawReceipt, type Acknowledged, type ServerProcess } from "./server-process.js";

const postgres = testPostgres("the multi-server test");
/** Different uploads, fewer different contents: submissions share blobs, across servers too. */
const CONTENTS = 120;

describe("several servers on one database and data folder", { skip: !postgres }, () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let folder: { path: string; cleanup: () => Promise<void> };
  const servers: ServerProcess[] = [];
  before(async () => {
    database = await freshDatabase(postgres!);
    folder = await temporaryFolder();
  });
  after(async () => {
    for (const server of servers) await server.kill();
    await database?.drop();
    await folder?.cleanup();
  });

  it("keeps every acknowledged upload and leaves no orphan when one is killed mid-burst and restarted", async () => {
    const data = join(folder.path, "data");
    const start = () => spawnServer(["--db", database.url, "--data", data, "--uploads-per-minute", "0", "--max-concurrent-uploads", "64"], { PIPPA_ADMIN_TOKEN: "multi-server-token" });
    servers.push(await start(), await start());
    const acknowledged = new Map<string, Acknowledged>();
    const withdrawn = new Set<string>();
    let next = 0;
    let phase: "both" | "killed" | "restarted" = "both";
    // While the first is down, the load balancer sends everything to the second.
    const target = (i: number) => servers[phase === "killed" ? 1 : i % 2];
    let acknowledgedWhileDown = 0;

    // Each worker uploads, and every third time withdraws an earlier upload through the other server.
    const worker = async (until: () => boolean) => {
      while (!until()) {
        const i = next++;
        const ack = await uploadChat(target(i).base, i % CONTENTS);
        if (ack) acknowledged.set(ack.receipt, ack);
        if (ack && phase === "killed") acknowledgedWhileDown++;
        if (i % 3 === 0) {
          const earlier = [...acknowledged.keys()].find((receipt) => !withdrawn.has(receipt));
          if (earlier && (await withdrawReceipt(target(i + 1).base, earlier))?.withdrawn === true) withdrawn.add(earlier);
        }
      }
    };
    const burst = Promise.all(Array.from({ length: 12 }, () => worker(() => phase === "restarted" && next >= 300)));
    // Kill the first server mid-burst; start it again while the second is still receiving.
    while (acknowledged.size < 60) await new Promise((resolve) => setTimeout(resolve, 10));
    await servers[0].kill();
    phase = "killed";
    const killedAt = next;
    servers[0] = await start();
    phase = "restarted";
    await burst;
    assert.ok(acknowledgedWhileDown > 0, "the second server took uploads while the first was down and starting again");

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const rows = async () => ({
        submissions: new Set((await client.query("SELECT id FROM submissions")).rows.map((row) => String(row.id))),
        blobs: new Set((await client.query("SELECT sha256 FROM blobs")).rows.map((row) => String(row.sha256))),
        fileBlobs: new Set((await client.query("SELECT DISTINCT sha256 FROM files")).rows.map((row) => String(row.sha256))),
      });
      const onDisk = async () => {
        const names: string[] = [];
        for (const prefix of await readdir(join(data, "blobs"))) names.push(...(await readdir(join(data, "blobs", prefix))));
        return names.sort();
      };
      const stored = await rows();
      for (const ack of acknowledged.values()) {
        if (withdrawn.has(ack.receipt)) assert.ok(!stored.submissions.has(ack.submission), `withdrawn ${ack.submission} is gone`);
        else assert.ok(stored.submissions.has(ack.submission), `acknowledged ${ack.submission} is there`);
      }
      // Every row's file is there and whole, and every file has its row: the restart swept what the kill left.
      assert.deepEqual(await onDisk(), [...stored.blobs].sort());
      assert.deepEqual([...stored.fileBlobs].sort(), [...stored.blobs].sort());
      for (const sha256 of await onDisk()) assert.equal(createHash("sha256").update(await readFile(join(data, "blobs", sha256.slice(0, 2), sha256))).digest("hex"), sha256);
      assert.deepEqual(await temporaryFiles(data), [], "nothing half-received is left");
      assert.equal((await readdir(join(data, "tmp"))).length, 2, "the killed server's folder of uploads is gone; the two running servers' are there");

      // Every receipt still withdraws, through either server.
      let n = 0;
      for (const ack of acknowledged.values()) {
        const answer = await withdrawReceipt(servers[n++ % 2].base, ack.receipt);
        assert.deepEqual(answer, withdrawn.has(ack.receipt) ? { withdrawn: true, already: true } : { withdrawn: true, releasesRemoved: 0 }, ack.receipt);
      }
      const left = await rows();
      assert.deepEqual(await onDisk(), [...left.blobs].sort(), "withdrawals removed the files nothing refers to");
      console.log(`# ${next} uploads sent, ${acknowledged.size} acknowledged (${acknowledgedWhileDown} while one server was down), ${withdrawn.size} withdrawn during the burst; killed after ${killedAt} sent; ${left.submissions.size} stored without an acknowledgement`);
    } finally {
      await client.end();
    }
  });
});
