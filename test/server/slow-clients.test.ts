/**
 * Slow clients against a real listening server (127.0.0.1, any free port) with short timeouts: a
 * client that sends its headers byte by byte, or an upload promising 100 MB that then drips, is
 * cut off within the timeout and leaves no temporary file; uploads past the cap are answered 503.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ST_CHATS } from "../helpers/examples.js";
import { BOUNDARY, multipart, startTestServer, temporaryFiles, waitFor, type TestServer } from "./server-helpers.js";

const HEADERS_TIMEOUT_MS = 300;
const REQUEST_TIMEOUT_MS = 800;
/** How long past its timeout a connection may stay open (the server's sweep runs every 75 ms here). */
const SLACK_MS = 700;

/** A raw connection that writes `first`, then `drip` every 50 ms until closed by the server. */
async function dripClient(port: number, first: string, drip: string): Promise<{ socket: Socket; closed: Promise<number>; received: () => string; stop: () => void }> {
  const socket = connect({ host: "127.0.0.1", port });
  await once(socket, "connect");
  const started = Date.now();
  let received = "";
  socket.on("data", (chunk) => (received += chunk));
  socket.on("error", () => {}); // a reset is one way of being cut off
  const closed = new Promise<number>((resolve) => socket.once("close", () => resolve(Date.now() - started)));
  socket.write(first);
  const timer = setInterval(() => {
    if (!socket.destroyed && socket.writable) socket.write(drip);
  }, 50);
  void closed.then(() => clearInterval(timer));
  return { socket, closed, received: () => received, stop: () => (clearInterval(timer), socket.destroy()) };
}

/** Resolves to the time to close, or null if still open after `ms`. */
async function closedWithin(closed: Promise<number>, ms: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([closed, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)))]);
  clearTimeout(timer);
  return result;
}

function uploadHead(port: number, contentLength: number): string {
  return (
    `POST /api/submissions HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${contentLength}\r\n\r\n` +
    `--${BOUNDARY}\r\ncontent-disposition: form-data; name="consent"\r\n\r\npublic\r\n` +
    `--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="slow.jsonl"\r\ncontent-type: application/octet-stream\r\n\r\n`
  );
}

describe("slow clients", () => {
  let server: TestServer;
  let base: string;
  let port: number;
  const halfReceived = () => temporaryFiles(server.dataDir);
  const upload = () => {
    const body = multipart([["consent", "public"]], [{ name: "chat.jsonl", content: ST_CHATS.modern }]);
    return fetch(`${base}/api/submissions`, { method: "POST", body: body.payload, headers: body.headers });
  };

  before(async () => {
    server = await startTestServer({ headersTimeoutMs: HEADERS_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS, idleTimeoutMs: 5000, keepAliveTimeoutMs: 1000, maxConcurrentUploads: 1 });
    base = await server.app.listen({ host: "127.0.0.1", port: 0 });
    port = Number(new URL(base).port);
  });
  after(async () => {
    await server.close();
  });

  it("cuts off a client that sends its headers a byte at a time", async () => {
    const client = await dripClient(port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`, "x");
    try {
      const elapsed = await closedWithin(client.closed, HEADERS_TIMEOUT_MS + SLACK_MS + 2000);
      assert.notEqual(elapsed, null, "the connection is still open");
      assert.ok(elapsed! < HEADERS_TIMEOUT_MS + SLACK_MS, `closed after ${elapsed} ms`);
    } finally {
      client.stop();
    }
  });

  it("cuts off an upload that promises 100 MB and drips, removes its temporary file, and holds uploads past the cap at 503 meanwhile", async () => {
    const client = await dripClient(port, uploadHead(port, 100 * 1024 * 1024), "x");
    try {
      assert.ok(await waitFor(async () => (await halfReceived()).length === 1, 500), "the upload is being received into a temporary file");
      // The one upload slot is taken: another upload is turned away at once, with a time to come back.
      const refused = await upload();
      const answer = await refused.text();
      assert.equal(refused.status, 503, answer);
      assert.equal(refused.headers.get("retry-after"), "10");
      assert.match((JSON.parse(answer) as { error: string }).error, /receiving 1 uploads already/);

      const elapsed = await closedWithin(client.closed, REQUEST_TIMEOUT_MS + SLACK_MS + 2000);
      assert.notEqual(elapsed, null, "the dripping upload is still connected");
      assert.ok(elapsed! < REQUEST_TIMEOUT_MS + SLACK_MS, `closed after ${elapsed} ms`);
      assert.ok(await waitFor(async () => (await halfReceived()).length === 0, 1000), `left behind: ${(await halfReceived()).join(", ")}`);
    } finally {
      client.stop();
    }
    // Its slot is free again.
    assert.ok(await waitFor(async () => (await upload()).status === 201, 1000), "an upload is taken once the slow one is gone");
  });

  it("removes the temporary file of an upload whose client goes away mid-file", async () => {
    const client = await dripClient(port, uploadHead(port, 1024 * 1024), "y");
    assert.ok(await waitFor(async () => (await halfReceived()).length === 1, 500));
    client.stop();
    assert.ok(await waitFor(async () => (await halfReceived()).length === 0, 1000), `left behind: ${(await halfReceived()).join(", ")}`);
    assert.ok(await waitFor(async () => (await upload()).status === 201, 1000), "its slot is free again");
  });
});
