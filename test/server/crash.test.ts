/**
 * Durability: the server is killed (SIGKILL) in the middle of a burst of uploads, then started again
 * on the same data. Every upload it had acknowledged must still be there with its bytes intact and
 * its receipt working; nothing half-written may remain (no row without its file, no file without
 * its row, no half-received upload).
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { projectRoot, temporaryFolder } from "../helpers/io.js";
import { temporaryFiles } from "./server-helpers.js";

const ADMIN = "crash-test-token";

function startServer(dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [join(projectRoot(), "dist", "src", "cli", "bin.js"), "serve", "--data", dataDir, "--port", "0", "--uploads-per-minute", "0"], { env: { ...process.env, PIPPA_ADMIN_TOKEN: ADMIN }, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = /serving \(SQLite\) at (http:\/\/[^/\s]+)\//.exec(out);
      if (match) resolve({ child, base: match[1] });
    });
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before listening: ${out}`)));
  });
}

function chat(i: number): string {
  return [
    { user_name: "Ann", character_name: "Mira" },
    { name: "Mira", is_user: false, send_date: 1683927149000 + i, mes: `The lamp turns, night ${i}.` },
    { name: "Ann", is_user: true, send_date: 1683927150000 + i, mes: `Upload number ${i}. ${"More words to make the file bigger. ".repeat(40)}` },
  ]
    .map((line) => JSON.stringify(line))
    .join("\n");
}

async function upload(base: string, i: number): Promise<{ receipt: string; submission: string; sha256: string } | null> {
  const body = new FormData();
  body.append("consent", i % 2 ? "public" : "private");
  body.append("file", new Blob([chat(i)]), `chat-${i}.jsonl`);
  try {
    const response = await fetch(`${base}/api/submissions`, { method: "POST", body });
    if (response.status !== 201) return null;
    const answer = (await response.json()) as { receipt: string; submission: string; files: { sha256: string }[] };
    return { receipt: answer.receipt, submission: answer.submission, sha256: answer.files[0].sha256 };
  } catch {
    return null; // the connection died with the server: not acknowledged
  }
}

describe("crash safety", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let server: { child: ChildProcess; base: string } | null = null;
  before(async () => {
    folder = await temporaryFolder();
  });
  after(async () => {
    server?.child.kill("SIGKILL");
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
        const result = await upload(server!.base, next++);
        if (result) acknowledged.push(result);
        if (acknowledged.length >= 60 && !killed) {
          killed = true;
          server!.child.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: 12 }, worker));
    assert.ok(killed && acknowledged.length >= 60, `${acknowledged.length} acknowledged`);
    if (server.child.exitCode === null && server.child.signalCode === null) await once(server.child, "exit");

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
    for (const { receipt } of acknowledged.slice(0, 3)) {
      const response = await fetch(`${server.base}/api/withdraw`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ receipt }) });
      assert.deepEqual(await response.json(), { withdrawn: true, releasesRemoved: 0 });
    }
  });
});
