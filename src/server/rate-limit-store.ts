/**
 * The upload rate limit counted in the database, as @fastify/rate-limit's custom `store`, so that
 * servers sharing a PostgreSQL database (behind one load balancer) share one count per client
 * rather than each allowing the limit. A key's count is upserted in one statement (Store.countHit),
 * so hits arriving on several servers at once are all counted; rows of ended windows are deleted
 * at most once a minute per server.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { Store } from "./store/store.js";

const FORGET_EVERY_MS = 60_000;

/** A store class over `store` (the plugin makes the instance, and one child per rate-limited route). */
export function databaseRateLimitStore(store: Store, clock: () => number = Date.now): FastifyRateLimitStoreCtor {
  let lastForgetMs = clock();
  const forgetEndedHits = (nowMs: number) => {
    if (nowMs - lastForgetMs < FORGET_EVERY_MS) return;
    lastForgetMs = nowMs;
    store.forgetEndedHits(nowMs).catch(() => {}); // tried again a minute later
  };

  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    /** `prefix`: the route's method and URL, so each limited route counts on its own. */
    constructor(_options: object, private readonly prefix = "") {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const nowMs = clock();
      store.countHit(`${this.prefix}${key}`, nowMs, timeWindow).then(
        ({ hits, windowEndMs }) => callback(null, { current: hits, ttl: Math.max(0, windowEndMs - nowMs) }),
        (error: Error) => callback(error),
      );
      forgetEndedHits(nowMs);
    }

    child(routeOptions: Parameters<FastifyRateLimitStore["child"]>[0]): FastifyRateLimitStore {
      // The plugin passes the route as `routeInfo` (as its own Redis store reads it); its types say otherwise.
      const { method = "", url = "" } = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
      return new DatabaseRateLimitStore(routeOptions, `${[method].flat().join(",")} ${url} `);
    }
  }
  return DatabaseRateLimitStore;
}
