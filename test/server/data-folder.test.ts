/**
 * The data folder: one SQLite server at a time (a lock that a crashed holder does not leave as a
 * permanent obstacle), servers sharing a folder (PostgreSQL mode) that sweep only what servers now
 * gone left, never each other's uploads in flight, and files readable by their owner only.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { run } from "../../src/cli/main.js";
import { buildServer } from "../../src/server/app.js";
import { openStore } from "../../src/server/store/open.js";
import type { Store } from "../../src/server/store/store.js";
import { ST_CHATS } from "../helpers/examples.js";
import { captureIo, temporaryFolder } from "../helpers/io.js";
import { ADMIN, multipart, startTestServer, waitFor } from "./server-helpers.js";

const LOCK = "serve.lock";

/** What a lock file written by another process would hold. */
function lockText(pid: number, options: { host?: string; process?: string | null } = {}): string {
  return `${JSON.stringify({ pid, host: options.host ?? hostname(), sinceMs: Date.now() - 60_000, process: options.process ?? null, token: `t${pid}` })}\n`;
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

const folders: { cleanup: () => Promise<void> }[] = [];
async function newFolder(): Promise<string> {
  const folder = await temporaryFolder();
  folders.push(folder);
  return folder.path;
}
after(async () => {
  for (const folder of folders) await folder.cleanup();
});

describe("one SQLite server per data folder", () => {
  it("refuses a second server on the same folder, and frees the folder when the first closes", async () => {
    const first = await startTestServer();
    try {
      await assert.rejects(
        buildServer({ store: first.store, dataDir: first.dataDir, adminToken: ADMIN }),
        (error: Error & { code?: string }) => {
          assert.equal(error.code, "PIPPA_E_BUSY");
          assert.match(error.message, /serve\.lock: the data folder is in use by pippa serve \(pid \d+ on /);
          return true;
        },
      );
      const lock = JSON.parse(await readFile(join(first.dataDir, LOCK), "utf8"));
      assert.equal(lock.pid, process.pid);
      await first.app.close();
      await assert.rejects(stat(join(first.dataDir, LOCK)), "closing releases the lock");
      const again = await buildServer({ store: first.store, dataDir: first.dataDir, adminToken: ADMIN });
      await again.close();
    } finally {
      await first.close();
    }
  });

  it("`pippa serve` on a folder in use says so in one line, exits 1, and touches nothing", async () => {
    const first = await startTestServer();
    try {
      // An upload the first server is receiving.
      const inFlight = join(first.dataDir, "tmp", `${Date.now()}-inflight`);
      await writeFile(inFlight, "half of an upload");
      const io = captureIo({ PIPPA_ADMIN_TOKEN: ADMIN });
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([
        run(["serve", "--data", first.dataDir, "--port", "0", "--host", "127.0.0.1"], io),
        new Promise<string>((resolve) => (timer = setTimeout(() => resolve("still running"), 5000))),
      ]).finally(() => clearTimeout(timer));
      assert.equal(code, 1, `the second server was not refused: ${io.out()}`);
      const lines = io.err().trimEnd().split("\n");
      assert.equal(lines.length, 1, io.err());
      assert.match(lines[0], /^error: PIPPA_E_BUSY .*serve\.lock: the data folder is in use by pippa serve \(pid \d+ on .*\): stop that server, or give this one another --data folder/);
      assert.doesNotMatch(io.err(), /\n\s+at /, "no stack trace");
      assert.equal(await readFile(inFlight, "utf8"), "half of an upload", "the first server's upload is untouched");
      assert.equal(JSON.parse(await readFile(join(first.dataDir, LOCK), "utf8")).pid, process.pid, "the first server still holds the folder");
    } finally {
      await first.close();
    }
  });

  it("takes over a lock whose process is gone, and refuses one whose process lives", async () => {
    const folder = await newFolder();
    const store = await openStore(`sqlite:${join(folder, "pippa.db")}`);
    const dataDir = join(folder, "data");
    await mkdir(dataDir);
    try {
      // Left by a crashed server: the pid is not alive.
      await writeFile(join(dataDir, LOCK), lockText(deadPid()));
      let app = await buildServer({ store, dataDir, adminToken: ADMIN });
      assert.equal(JSON.parse(await readFile(join(dataDir, LOCK), "utf8")).pid, process.pid, "the stale lock is replaced by this server's");
      await app.close();

      // Left by an earlier process that had this very pid (a container's pid 1 after a restart).
      await writeFile(join(dataDir, LOCK), lockText(process.pid, { process: "another-boot:1" }));
      app = await buildServer({ store, dataDir, adminToken: ADMIN });
      assert.equal(JSON.parse(await readFile(join(dataDir, LOCK), "utf8")).token.length, 24, "this server's own lock");
      await app.close();

      // Left by a server killed a moment ago: on Linux a zombie until its parent reaps it.
      if (existsSync("/proc/self/stat")) {
        const parent = spawn("sh", ["-c", "sleep 0.2 & echo $!; exec sleep 20"], { stdio: ["ignore", "pipe", "ignore"] });
        try {
          const [line] = (await once(parent.stdout!, "data")) as [Buffer];
          const zombie = Number(String(line).trim());
          assert.ok(await waitFor(async () => (await readFile(`/proc/${zombie}/stat`, "utf8")).split(") ")[1]?.startsWith("Z"), 2000), "the child is a zombie");
          await writeFile(join(dataDir, LOCK), lockText(zombie));
          app = await buildServer({ store, dataDir, adminToken: ADMIN });
          await app.close();
        } finally {
          parent.kill("SIGKILL");
          await once(parent, "exit");
        }
      }

      // A live process holds it.
      const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"], { stdio: "ignore" });
      try {
        await writeFile(join(dataDir, LOCK), lockText(holder.pid!));
        await assert.rejects(buildServer({ store, dataDir, adminToken: ADMIN }), new RegExp(`in use by pippa serve \\(pid ${holder.pid} on `));
      } finally {
        holder.kill("SIGKILL");
        await once(holder, "exit");
      }
      // Once it is gone, the same lock is stale.
      app = await buildServer({ store, dataDir, adminToken: ADMIN });
      await app.close();

      // A lock file that is not one (written by hand, damaged): refused, with what to do.
      await writeFile(join(dataDir, LOCK), "garbage");
      await assert.rejects(buildServer({ store, dataDir, adminToken: ADMIN }), /the data folder's lock file is unreadable: if no pippa serve runs on this folder, delete the lock file/);

      // A lock from another host cannot be checked from here: refused.
      await writeFile(join(dataDir, LOCK), lockText(deadPid(), { host: `not-${hostname()}` }));
      await assert.rejects(buildServer({ store, dataDir, adminToken: ADMIN }), /in use by pippa serve \(pid \d+ on not-/);
    } finally {
      await store.close();
    }
  });
});

describe("servers sharing a data folder (PostgreSQL mode)", () => {
  it("sweep what servers now gone left, not another server's uploads in flight", async () => {
    const folder = await newFolder();
    const sqlite = await openStore(`sqlite:${join(folder, "pippa.db")}`);
    // The same store, seen as a shared database: what decides how a server sweeps is the store's
    // kind, and the store's locks (here within this process) are what the servers coordinate by.
    const shared = Object.create(sqlite, { kind: { value: "postgres" } }) as Store;
    const dataDir = join(folder, "data");
    const blobPath = (sha256: string) => join(dataDir, "blobs", sha256.slice(0, 2), sha256);
    const leftovers = [join(dataDir, "tmp", "a-server-now-gone", "half-received"), join(dataDir, "tmp", "1-loose-file-of-an-older-version"), blobPath("b".repeat(64))];
    for (const path of leftovers) {
      await mkdir(join(path, ".."), { recursive: true });
      await writeFile(path, "bytes");
    }
    try {
      const first = await buildServer({ store: shared, dataDir, adminToken: ADMIN });
      for (const path of leftovers) await assert.rejects(stat(path), `${path} is removed: no running server wrote it`);
      // The first server is receiving an upload, and another is between a blob's file and its row.
      const receiving = join(first.storage.blobs.temporary, "receiving");
      await writeFile(receiving, "half of an upload");
      const sha256 = "c".repeat(64);
      let letGo!: () => void;
      const held = new Promise<void>((resolve) => (letGo = resolve));
      const file = { id: "f1", submissionId: "s1", sha256, name: "chat.jsonl", bytes: 5, format: "sillytavern-chat", status: "ok" as const, conversations: 1, messages: 2 };
      const inserting = shared.insertSubmission({ id: "s1", createdMs: 1, consent: "private", channel: "api", receiptHash: "1".repeat(64), files: [file], newBlobs: [{ sha256, bytes: 5 }] }, async () => {
        await mkdir(join(blobPath(sha256), ".."), { recursive: true });
        await writeFile(blobPath(sha256), "bytes");
        await held;
      });
      const starting = buildServer({ store: shared, dataDir, adminToken: ADMIN });
      await new Promise((resolve) => setTimeout(resolve, 100));
      letGo();
      await inserting;
      const second = await starting;
      assert.equal(await readFile(receiving, "utf8"), "half of an upload", "the first server's upload in progress is kept");
      assert.equal(await readFile(blobPath(sha256), "utf8"), "bytes", "a blob waiting for its row is kept");
      // A server that believes it is alone there may not start beside them, nor they beside it.
      await second.close();
      await first.close();
      assert.deepEqual(await readdir(join(dataDir, "tmp")), [], "a server that stops removes its folder of uploads in progress");
      const alone = await buildServer({ store: sqlite, dataDir, adminToken: ADMIN });
      try {
        await assert.rejects(buildServer({ store: shared, dataDir, adminToken: ADMIN }), /the data folder is in use/);
      } finally {
        await alone.close();
      }
    } finally {
      await sqlite.close();
    }
  });
});

describe("the database a data folder belongs to", () => {
  it("refuses a server whose database is not the one the folder's files belong to, and removes nothing", async () => {
    const folder = await newFolder();
    const dataDir = join(folder, "data");
    const own = await startTestServer();
    const other = await openStore(`sqlite:${join(folder, "other.db")}`);
    try {
      const body = multipart([["consent", "private"]], [{ name: "chat.jsonl", content: ST_CHATS.modern }]);
      const response = await own.app.inject({ method: "POST", url: "/api/submissions", payload: body.payload, headers: body.headers });
      assert.equal(response.statusCode, 201, response.body);
      const sha256: string = response.json().files[0].sha256;
      await own.app.close();
      // The same folder, with another database: none of its files is that database's.
      await assert.rejects(buildServer({ store: other, dataDir: own.dataDir, adminToken: ADMIN }), /database-id: this data folder holds the files of another database/);
      assert.ok(existsSync(join(own.dataDir, "blobs", sha256.slice(0, 2), sha256)), "the other database's server removed nothing");
      // A new folder takes the database it is first used with.
      const app = await buildServer({ store: other, dataDir, adminToken: ADMIN });
      await app.close();
      assert.equal((await readFile(join(dataDir, "database-id"), "utf8")).trim(), await other.databaseId());
    } finally {
      await other.close();
      await own.close();
    }
  });
});

describe("file modes", () => {
  it("keeps the data folder, blobs, builds and the database readable by the owner only, whatever the umask", async () => {
    const folder = await newFolder();
    const dataDir = join(folder, "data");
    await mkdir(dataDir);
    await chmod(dataDir, 0o755); // made earlier, or by hand
    const previous = process.umask(0);
    let server;
    try {
      const store = await openStore(`sqlite:${join(dataDir, "pippa.db")}`);
      const app = await buildServer({ store, dataDir, adminToken: ADMIN, uploadsPerMinute: 0 });
      server = { app, store };
      const body = multipart([["consent", "private"]], [{ name: "chat.jsonl", content: ST_CHATS.modern }]);
      const response = await app.inject({ method: "POST", url: "/api/submissions", payload: body.payload, headers: body.headers });
      assert.equal(response.statusCode, 201, response.body);
      const sha256: string = response.json().files[0].sha256;
      const mode = async (path: string) => ((await stat(path)).mode & 0o777).toString(8);
      for (const path of [dataDir, join(dataDir, "blobs"), join(dataDir, "blobs", sha256.slice(0, 2)), join(dataDir, "tmp"), join(dataDir, "builds")]) assert.equal(await mode(path), "700", path);
      const files = [join(dataDir, "blobs", sha256.slice(0, 2), sha256), join(dataDir, "database-id"), join(dataDir, "pippa.db"), join(dataDir, "pippa.db-wal"), join(dataDir, "pippa.db-shm"), join(dataDir, LOCK)];
      for (const path of files) assert.equal(await mode(path), "600", path);
      assert.deepEqual((await readdir(dataDir)).sort(), ["blobs", "builds", "database-id", "pippa.db", "pippa.db-shm", "pippa.db-wal", "serve.lock", "tmp"]);
    } finally {
      process.umask(previous);
      await server?.app.close();
      await server?.store.close();
    }
  });
});
