/**
 * A PNG made to be expensive to read (many zTXt chunks, each inflating to just under the per-chunk
 * cap) sent to a real listening server: it is refused or handled within bounds, and while the
 * server reads it, or any upload that reads slowly, other requests are answered at once.
 */
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { zlibSync } from "fflate";
import { DEFAULT_MAX_TEXT_BYTES, blankPng, encodeBase64Utf8, encodeTextChunk, readPngChunks, writePng, type PngChunk } from "../../src/formats/character-card/index.js";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { buildServer } from "../../src/server/app.js";
import { openStore } from "../../src/server/store/open.js";
import type { Store } from "../../src/server/store/store.js";
import { CARD_EXAMPLES, ST_CHATS } from "../helpers/examples.js";
import { temporaryFolder } from "../helpers/io.js";
import { sampleRecord } from "../helpers/records.js";

const ADMIN = "test-admin-token";

/** 16 MiB less 1 KiB of zeros, as zlib: about 16 KiB that inflate to just under the per-chunk cap. */
const NEAR_CAP = zlibSync(new Uint8Array(DEFAULT_MAX_TEXT_BYTES - 1024));
/** The same size of "AAAA…": base64 (of zeros), so a reader gets as far as JSON before giving up. */
const NEAR_CAP_BASE64 = zlibSync(new Uint8Array(DEFAULT_MAX_TEXT_BYTES - 1024).fill(0x41));

function zTXt(keyword: string, zlib: Uint8Array): PngChunk {
  const data = new Uint8Array(keyword.length + 2 + zlib.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i);
  data.set(zlib, keyword.length + 2);
  return { type: "zTXt", data };
}

function png(...chunks: PngChunk[]): Uint8Array {
  const [header, ...rest] = readPngChunks(blankPng());
  return writePng([header, ...chunks, ...rest]);
}

/** `rounds` times a non-card chunk, a chara and a ccv3 one, each just under the cap. */
function bombPng(rounds: number): Uint8Array {
  const chunks: PngChunk[] = [];
  for (let i = 0; i < rounds; i++) chunks.push(zTXt("Comment", NEAR_CAP), zTXt("chara", NEAR_CAP), zTXt("ccv3", NEAR_CAP));
  return png(...chunks);
}

function multipart(fields: Record<string, string>, files: { name: string; content: string | Uint8Array }[]): { body: Buffer; contentType: string } {
  const boundary = "----pippa-bomb-boundary";
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const file of files) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.from(file.content), Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

interface Timed<T> {
  result: T;
  ms: number;
  /** How long each `GET /api/config` sent meanwhile took to answer. */
  configMs: number[];
}

interface Described {
  conversationCount: number;
  conversations: { botName: string }[];
}

const admin = { headers: { authorization: `Bearer ${ADMIN}` } };
const cardText = encodeBase64Utf8(JSON.stringify(CARD_EXAMPLES.v2));

interface FileAnswer {
  name: string;
  accepted: boolean;
  role?: string;
  reason?: string;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe("an upload made to be slow to read", () => {
  let folder: { path: string; cleanup: () => Promise<void> };
  let store: Store;
  let slowStore: Store;
  let app: FastifyInstance;
  let base: string;
  let slowApp: FastifyInstance;
  let slowBase: string;

  /** Runs `work` while asking for the config every 50 ms, timing each answer. */
  async function whilePolling<T>(server: string, work: () => Promise<T>): Promise<Timed<T>> {
    const configMs: number[] = [];
    let done = false;
    const poll = (async () => {
      for (let i = 0; i < 2000 && !done; i++) {
        const start = performance.now();
        const response = await fetch(`${server}/api/config`);
        assert.equal(response.status, 200);
        await response.json();
        configMs.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const start = performance.now();
    try {
      const result = await work();
      return { result, ms: performance.now() - start, configMs };
    } finally {
      done = true;
      await poll;
    }
  }

  async function upload(server: string, files: { name: string; content: string | Uint8Array }[]): Promise<{ status: number; body: { files: FileAnswer[]; submission?: string } }> {
    const { body, contentType } = multipart({ consent: "public" }, files);
    const response = await fetch(`${server}/api/submissions`, { method: "POST", body, headers: { "content-type": contentType } });
    return { status: response.status, body: (await response.json()) as { files: FileAnswer[]; submission?: string } };
  }

  before(async () => {
    folder = await temporaryFolder();
    store = await openStore(`sqlite:${join(folder.path, "pippa.db")}`);
    // A budget no machine running these tests comes near: what is asserted here is the caps.
    app = await buildServer({ store, dataDir: join(folder.path, "data"), adminToken: ADMIN, uploadsPerMinute: 0, parseBudgetMs: 120_000 });
    base = await app.listen({ port: 0, host: "127.0.0.1" });
    // A second server with a budget of one second, for uploads that read slowly.
    slowStore = await openStore(`sqlite:${join(folder.path, "slow.db")}`);
    slowApp = await buildServer({ store: slowStore, dataDir: join(folder.path, "slow-data"), adminToken: ADMIN, uploadsPerMinute: 0, parseBudgetMs: 1000 });
    slowBase = await slowApp.listen({ port: 0, host: "127.0.0.1" });
  });
  after(async () => {
    await slowApp.close();
    await app.close();
    await slowStore.close();
    await store.close();
    await folder.cleanup();
  });

  it("refuses a PNG of zTXt chunks under the per-chunk cap by the cap for the whole file, answering config meanwhile", async () => {
    const bomb = bombPng(16); // 48 chunks, about 790 KB, 770 MiB were every chunk inflated
    assert.ok(bomb.length < 1024 * 1024);
    const { result, ms, configMs } = await whilePolling(base, () => upload(base, [{ name: "bomb.png", content: bomb }]));
    // It takes about a second; reading every chunk took minutes.
    assert.ok(ms < 10_000, `the upload took ${Math.round(ms)} ms`);
    assert.ok(configMs.length > 0);
    assert.ok(Math.max(...configMs) < 1000, `config answered in ${configMs.map(Math.round).join(", ")} ms`);
    assert.equal(result.status, 422, JSON.stringify(result.body));
    const [file] = result.body.files;
    assert.equal(file.accepted, false);
    assert.match(file.reason ?? "", /^bomb\.png: chunk \d+ \(zTXt "(ccv3|chara)"\) inflates past the limit of 33554432 bytes for all compressed text chunks of a file/);
    assert.deepEqual(await listFiles(join(folder.path, "data", "tmp")), [], "the refused upload's bytes are gone");
    assert.deepEqual(await listFiles(join(folder.path, "data", "blobs")), []);
  });

  it("stops a reading that runs past its budget, refuses the upload and keeps answering", async () => {
    // Ten files of three card chunks each: about a second of reading per file, ten in all.
    const slow = png(zTXt("Comment", NEAR_CAP), zTXt("ccv3", NEAR_CAP_BASE64), zTXt("chara", NEAR_CAP_BASE64), zTXt("ccv3", NEAR_CAP));
    const files = Array.from({ length: 10 }, (_, i) => ({ name: `slow-${i}.png`, content: slow }));
    const { result, ms, configMs } = await whilePolling(slowBase, () => upload(slowBase, files));
    assert.equal(result.status, 422, JSON.stringify(result.body));
    assert.equal(result.body.files.length, 10);
    for (const file of result.body.files) {
      assert.equal(file.accepted, false);
      assert.match(file.reason ?? "", /^reading this upload took longer than the 1 s allowed, so it was stopped and nothing was kept$/);
    }
    // The budget is one second; the rest is sending, starting the thread and slack for a busy machine.
    assert.ok(ms < 6000, `the upload took ${Math.round(ms)} ms`);
    assert.ok(configMs.length >= 3, `config was asked ${configMs.length} times`);
    assert.ok(Math.max(...configMs) < 1000, `config answered in ${configMs.map(Math.round).join(", ")} ms`);
    assert.deepEqual(await listFiles(join(folder.path, "slow-data", "tmp")), []);
    assert.deepEqual(await listFiles(join(folder.path, "slow-data", "blobs")), []);
    // The server still takes a good upload.
    const good = await upload(slowBase, [{ name: "good.jsonl", content: `${writePippaLine(sampleRecord())}\n` }]);
    assert.equal(good.status, 201, JSON.stringify(good.body));
  });

  it("keeps a card found past chunks that are never inflated, and pairs it with its chat", async () => {
    // Twenty non-card chunks just under the cap, a ccv3 chunk that is base64 but no card, then the card.
    const chunks = Array.from({ length: 20 }, () => zTXt("Comment", NEAR_CAP));
    const card = png(...chunks, zTXt("ccv3", NEAR_CAP_BASE64), encodeTextChunk("ccv3", cardText));
    const uploaded = await whilePolling(base, () => upload(base, [{ name: "chat.jsonl", content: ST_CHATS.modern }, { name: "card.png", content: card }]));
    assert.equal(uploaded.result.status, 201, JSON.stringify(uploaded.result.body));
    assert.deepEqual(uploaded.result.body.files.map((file) => [file.name, file.accepted, file.role]), [
      ["chat.jsonl", true, "chat"],
      ["card.png", true, "card"],
    ]);
    assert.ok(uploaded.ms < 10_000, `the upload took ${Math.round(uploaded.ms)} ms`);
    assert.ok(Math.max(...uploaded.configMs) < 1000, `config answered in ${uploaded.configMs.map(Math.round).join(", ")} ms`);
    const described = (await (await fetch(`${base}/api/admin/submissions/${uploaded.result.body.submission}`, admin)).json()) as Described;
    assert.equal(described.conversationCount, 1);
    assert.equal(described.conversations[0].botName, "Ren 蓮", "the chat is read with the stored card");
  });

  it("reads stored files again for the curator and the statistics off the event loop", async () => {
    // Cards that cost all the caps allow (two base64 chunks of 16 MiB that are no card, then the
    // card): about a second each to read, every time the curator looks.
    const card = png(zTXt("ccv3", NEAR_CAP_BASE64), zTXt("ccv3", NEAR_CAP_BASE64), encodeTextChunk("ccv3", cardText));
    const files = [{ name: "chat.jsonl", content: ST_CHATS.legacy }, ...[1, 2, 3].map((i) => ({ name: `card-${i}.png`, content: card }))];
    const uploaded = await upload(base, files);
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    assert.deepEqual(uploaded.body.files.map((file) => file.accepted), [true, true, true, true]);

    const described = await whilePolling(base, async () => (await (await fetch(`${base}/api/admin/submissions/${uploaded.body.submission}`, admin)).json()) as Described);
    assert.equal(described.result.conversationCount, 1);
    assert.ok(described.configMs.length >= 3, `config was asked ${described.configMs.length} times`);
    assert.ok(Math.max(...described.configMs) < 1000, `config answered in ${described.configMs.map(Math.round).join(", ")} ms`);

    const stats = await whilePolling(base, async () => (await (await fetch(`${base}/api/admin/stats`, admin)).json()) as { corpus: { conversations: number } });
    assert.equal(stats.result.corpus.conversations, 2, "this chat and the one of the test before");
    assert.ok(stats.configMs.length >= 3, `config was asked ${stats.configMs.length} times`);
    assert.ok(Math.max(...stats.configMs) < 1000, `config answered in ${stats.configMs.map(Math.round).join(", ")} ms`);
  });
});
