/**
 * Durability: the server is killed (SIGKILL) in the middle of a burst of uploads, then started again
 * on the same data. Every upload it had acknowledged must still be there with its bytes intact and
 * its receipt working; nothing half-written may remain (no row without its file, no file without
 * its row, no half-received upload).
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { temporaryFolder } from "../helpers/io.js";
import { temporaryFiles } from "./server-helpers.js";
import { spawnServer, uploadChat, withdrawReceipt, type ServerProcess } from "./server-process.js";

const ADMIN = "crash-test-token";

const startServer = (dataDir: string) => spawnServer(["--data", dataDir, "--uploads-per-minute", "0"], { PIPPA_ADMIN_TOKEN: ADMIN });

describe("crash safety", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let server: ServerProcess | null = null;
  before(async () => {
    folder = await temporaryFolder();
  });
  after(async () => {
    await server?.kill();
    await folder.cleanup();
  });

  it("keeps every acknowledged upload through a SIGKILL mid-burst, and nothing half-written", async () => {
    const data = join(folder.path, "data");
    server = await startServer(data);
    const acknowledged: { receipt: string; submission: string; sha256: string }[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < 400) {
        const result = await uploadChat(server!.base, next++);
        if (result) acknowledged.push(result);
        if (acknowledged.length >= 60 && !killed) {
          killed = true;
          server!.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: 12 }, worker));
    assert.ok(killed && acknowledged.length >= 60, `${acknowledged.length} acknowledged`);
    await server.kill();

    server = await startServer(data);
    const admin = { authorization: `Bearer ${ADMIN}` };
    for (const { submission, sha256 } of acknowledged) {
      const response = await fetch(`${server.base}/api/admin/submissions/${submission}`, { headers: admin });
      assert.equal(response.status, 200, `acknowledged submission ${submission} is there`);
      const bytes = await readFile(join(data, "blobs", sha256.slice(0, 2), sha256));
      assert.equal(createHash("sha256").update(bytes).digest("hex"), sha256, "its bytes are whole");
    }
    // Every row's file exists and is whole; every file belongs to a row; nothing is left half-received.
    const { submissions, total } = (await (await fetch(`${server.base}/api/admin/submissions?limit=500`, { headers: admin })).json()) as { total: number; submissions: { files: { sha256: string }[] }[] };
    const referenced = new Set(submissions.flatMap((submission) => submission.files.map((file) => file.sha256)));
    assert.ok(total >= acknowledged.length);
    const onDisk: string[] = [];
    for (const prefix of await readdir(join(data, "blobs"))) for (const name of await readdir(join(data, "blobs", prefix))) onDisk.push(name);
    assert.deepEqual(onDisk.sort(), [...referenced].sort());
    for (const sha256 of onDisk) assert.equal(createHash("sha256").update(await readFile(join(data, "blobs", sha256.slice(0, 2), sha256))).digest("hex"), sha256);
    assert.deepEqual(await temporaryFiles(data), []);
    assert.equal((await readdir(join(data, "tmp"))).length, 1, "the killed server's folder of uploads in progress is gone; the new one's is there");
    // The receipts still work.
    for (const { receipt } of acknowledged.slice(0, 3)) assert.deepEqual(await withdrawReceipt(server.base, receipt), { withdrawn: true, releasesRemoved: 0 });
  });
});
