/**
 * How long the HTTP server waits for a client. Without limits a client that sends headers
 * promising 100 MB and then a byte every few seconds holds a socket (and a temporary file) for
 * ever, and a few hundred such clients exhaust the server. Each limit closes a different gap:
 * the headers must arrive within `headersTimeoutMs`, the whole request (body included) within
 * `requestTimeoutMs` (a slow drip never idles, so only this stops it), a socket on which nothing
 * moves is closed after `idleTimeoutMs`, and a kept-alive socket between requests after
 * `keepAliveTimeoutMs`.
 */
import type { ServerOptions as HttpServerOptions } from "node:http";
import { ERROR_CODES, PippaError } from "../model/errors.js";

export interface HttpTimeouts {
  /** To receive a request's headers [20 s]. */
  headersTimeoutMs: number;
  /** To receive a whole request, body included [5 min: 100 MiB at about 3 Mbit/s]. */
  requestTimeoutMs: number;
  /** A socket with no traffic either way [75 s]. */
  idleTimeoutMs: number;
  /**
   * A kept-alive socket waiting for its next request [72 s, Fastify's default: above the 60 s
   * after which common reverse proxies and load balancers drop an idle connection themselves, so
   * the server never closes one a proxy is about to reuse].
   */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_TIMEOUTS = {
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 300_000,
  idleTimeoutMs: 75_000,
  keepAliveTimeoutMs: 72_000,
} as const satisfies HttpTimeouts;

/** The Fastify options that apply the timeouts (given ones over the defaults); throws on a non-positive one. */
export function timeoutOptions(given: Partial<HttpTimeouts> = {}): { connectionTimeout: number; requestTimeout: number; keepAliveTimeout: number; http: HttpServerOptions } {
  const timeouts: HttpTimeouts = { ...DEFAULT_TIMEOUTS };
  for (const key of Object.keys(DEFAULT_TIMEOUTS) as (keyof HttpTimeouts)[]) {
    const value = given[key];
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value <= 0) throw new PippaError(ERROR_CODES.usage, `expected a positive number of milliseconds, got ${value}`, { source: key });
    timeouts[key] = value;
  }
  // Node refuses a headers timeout longer than the request timeout (the request includes its headers).
  const headersTimeout = Math.min(timeouts.headersTimeoutMs, timeouts.requestTimeoutMs);
  // Node enforces the headers and request timeouts on a periodic sweep (every 30 s by default),
  // so a timeout could be overrun by up to that much; a quarter of the shorter one keeps the overrun small.
  const connectionsCheckingInterval = Math.max(10, Math.min(30_000, Math.floor(headersTimeout / 4)));
  return {
    connectionTimeout: timeouts.idleTimeoutMs,
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    http: { headersTimeout, requestTimeout: timeouts.requestTimeoutMs, keepAliveTimeout: timeouts.keepAliveTimeoutMs, connectionsCheckingInterval },
  };
}
