/** Helpers for the server's hardening tests: multipart bodies, a fresh server on a temporary folder, polling. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildServer, type ServerOptions } from "../../src/server/app.js";
import { openStore } from "../../src/server/store/open.js";
import type { Store } from "../../src/server/store/store.js";
import { temporaryFolder } from "../helpers/io.js";

export const ADMIN = "hardening-admin-token";
export const BOUNDARY = "----pippa-hardening-boundary";

/** A multipart body; fields are a list, so a field may be sent twice. */
export function multipart(fields: readonly [string, string][], files: readonly { name: string; content: string | Uint8Array }[]): { payload: Buffer; headers: Record<string, string> } {
  const parts: Buffer[] = [];
  for (const [name, value] of fields) parts.push(Buffer.from(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const file of files) {
    parts.push(Buffer.from(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.from(file.content));
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` } };
}

export interface TestServer {
  app: FastifyInstance;
  store: Store;
  folder: string;
  dataDir: string;
  close(): Promise<void>;
}

/** A server over a new SQLite store in a temporary folder (DATA is FOLDER/data); close() removes it all. */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const folder = await temporaryFolder();
  const store = await openStore(`sqlite:${join(folder.path, "pippa.db")}`);
  const dataDir = join(folder.path, "data");
  try {
    const app = await buildServer({ store, dataDir, adminToken: ADMIN, uploadsPerMinute: 0, ...options });
    return {
      app,
      store,
      folder: folder.path,
      dataDir,
      close: async () => {
        await app.close();
        await store.close();
        await folder.cleanup();
      },
    };
  } catch (error) {
    await store.close();
    await folder.cleanup();
    throw error;
  }
}

/** Polls `check` every 20 ms until it returns true or `ms` pass; returns its last answer. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The files of uploads being received, or left half-received, under DATA/tmp (each server writes into a folder of its own there). */
export async function temporaryFiles(dataDir: string): Promise<string[]> {
  const entries = await readdir(join(dataDir, "tmp"), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}
