/** `pippa serve` as a child process, so that a test can kill it for real (SIGKILL), and the uploads such tests send it. */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { projectRoot } from "../helpers/io.js";

export interface ServerProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT */
  base: string;
  /** Kills it with SIGKILL and waits until it is gone. */
  kill(): Promise<void>;
}

/** Starts `pippa serve ARGS` (any free port) and resolves once it listens. */
export function spawnServer(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(projectRoot(), "dist", "src", "cli", "bin.js"), "serve", "--port", "0", ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGKILL");
    await once(child, "exit");
  };
  return new Promise((resolve, reject) => {
    let out = "";
    child.stderr!.on("data", (chunk) => (out += chunk));
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = /serving \((?:SQLite|PostgreSQL)\) at (http:\/\/[^/\s]+)\//.exec(out);
      if (match) resolve({ child, base: match[1], kill });
    });
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before listening: ${out}`)));
  });
}

/** A SillyTavern chat of a few kilobytes, told apart by `i`. */
export function numberedChat(i: number): string {
  return [
    { user_name: "Ann", character_name: "Mira" },
    { name: "Mira", is_user: false, send_date: 1683927149000 + i, mes: `The lamp turns, night ${i}.` },
    { name: "Ann", is_user: true, send_date: 1683927150000 + i, mes: `Upload number ${i}. ${"More words to make the file bigger. ".repeat(40)}` },
  ]
    .map((line) => JSON.stringify(line))
    .join("\n");
}

export interface Acknowledged {
  receipt: string;
  submission: string;
  sha256: string;
}

/** Uploads numberedChat(i); the server's answer, or null when it did not acknowledge (an error, or the connection died with the server). */
export async function uploadChat(base: string, i: number): Promise<Acknowledged | null> {
  const body = new FormData();
  body.append("consent", i % 2 ? "public" : "private");
  body.append("file", new Blob([numberedChat(i)]), `chat-${i}.jsonl`);
  try {
    const response = await fetch(`${base}/api/submissions`, { method: "POST", body });
    if (response.status !== 201) return null;
    const answer = (await response.json()) as { receipt: string; submission: string; files: { sha256: string }[] };
    return { receipt: answer.receipt, submission: answer.submission, sha256: answer.files[0].sha256 };
  } catch {
    return null;
  }
}

/** Withdraws with a receipt; the answer, or null when there was none (the connection died with the server). */
export async function withdrawReceipt(base: string, receipt: string): Promise<Record<string, unknown> | null> {
  try {
    const response = await fetch(`${base}/api/withdraw`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ receipt }) });
    return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
