/**
 * What the extension asks the pippa server, and what its answers mean for the user. A server that
 * refuses this page's origin is told apart from one that cannot be reached: pippa answers a page
 * on an origin it does not accept with 403 and `code: "PIPPA_E_ORIGIN"`, and lets that one origin
 * read the answer (src/server/plugins/origins.ts, `refuse`). A server that is down, a wrong address, or
 * a pippa too old to answer so leaves fetch only a TypeError, with nothing to read.
 * DOM-free (fetch is passed in), so it is unit-tested alone.
 */
import type { Payload } from "./payload.js";

export interface ConsentChoice {
  value: string;
  label: string;
}

export type ServerState =
  | { kind: "ready"; consents: ConsentChoice[] }
  | { kind: "origin-refused"; origin: string }
  | { kind: "unreachable"; detail: string }
  | { kind: "failed"; detail: string };

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** The fix, in the words the dialog shows. */
export function originRefusedMessage(origin: string): string {
  return `this pippa server does not accept uploads from ${origin} — start it with --allow-origin ${origin}`;
}

/** What the dialog says about a server that is not ready. */
export function describeServerState(state: Exclude<ServerState, { kind: "ready" }>, serverUrl: string): string {
  if (state.kind === "origin-refused") return originRefusedMessage(state.origin);
  if (state.kind === "unreachable") return `Cannot reach the pippa server at ${serverUrl} (${state.detail}). Is it running? Check its address in the extension settings.`;
  return `The pippa server at ${serverUrl} could not be used: ${state.detail}`;
}

async function jsonOf(response: Response): Promise<Record<string, unknown>> {
  try {
    const body = (await response.json()) as unknown;
    return body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The origin a refusal names (the one the server saw), or null when the answer is no origin refusal. */
function refusedOrigin(response: Response, body: Record<string, unknown>, pageOrigin: string): string | null {
  if (response.status !== 403 || body.code !== "PIPPA_E_ORIGIN") return null;
  return typeof body.origin === "string" && body.origin !== "" ? body.origin : pageOrigin;
}

/** Asks the server for its consent choices: ready, refusing `pageOrigin`, unreachable, or failing otherwise. */
export async function checkServer(serverUrl: string, pageOrigin: string, fetchFn: Fetch = fetch): Promise<ServerState> {
  let response: Response;
  try {
    response = await fetchFn(`${serverUrl}/api/config`);
  } catch (error) {
    return { kind: "unreachable", detail: (error as Error).message };
  }
  const body = await jsonOf(response);
  const origin = refusedOrigin(response, body, pageOrigin);
  if (origin) return { kind: "origin-refused", origin };
  if (!response.ok) return { kind: "failed", detail: typeof body.error === "string" ? body.error : `it answered ${response.status}` };
  const consents = Array.isArray(body.consent) ? (body.consent as ConsentChoice[]) : [];
  if (consents.length === 0) return { kind: "failed", detail: "it offers no consent choices (is this a pippa server?)" };
  return { kind: "ready", consents };
}

export type UploadResult = { receipt: string } | { problem: string };

/** Uploads the payload with the consent; the receipt, or what went wrong in the dialog's words. */
export async function uploadPayload(serverUrl: string, payload: Payload, consent: string, pageOrigin: string, fetchFn: Fetch = fetch): Promise<UploadResult> {
  const body = new FormData();
  body.append("consent", consent);
  body.append("file", new Blob([payload.chat.text], { type: "application/x-ndjson" }), payload.chat.name);
  if (payload.card) body.append("file", new Blob([payload.card.text], { type: "application/json" }), payload.card.name);
  let response: Response;
  try {
    response = await fetchFn(`${serverUrl}/api/submissions`, { method: "POST", body });
  } catch (error) {
    return { problem: describeServerState({ kind: "unreachable", detail: (error as Error).message }, serverUrl) };
  }
  const answer = await jsonOf(response);
  const origin = refusedOrigin(response, answer, pageOrigin);
  if (origin) return { problem: originRefusedMessage(origin) };
  if (response.status === 201 && typeof answer.receipt === "string") return { receipt: answer.receipt };
  return { problem: `Not sent: ${typeof answer.error === "string" ? answer.error : `the server answered ${response.status}`}` };
}
