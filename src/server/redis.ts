/**
 * A Redis connection for the shared upload rate (`pippa serve --redis URL`), through ioredis as
 * @fastify/rate-limit expects it. ioredis is an optional dependency, loaded only when Redis is asked
 * for; the connection is tried at start, so a wrong URL stops the server at once.
 */
import { ERROR_CODES, PippaError } from "../model/errors.js";

/** What is used of an ioredis client here; the rate-limit plugin uses the rest. */
export interface RedisConnection {
  on(event: "error", listener: (error: Error) => void): unknown;
  ping(): Promise<unknown>;
  quit(): Promise<unknown>;
  disconnect(): void;
}

type RedisConstructor = new (url: string, options: object) => RedisConnection;

export async function connectRedis(url: string): Promise<RedisConnection> {
  // A variable, so that the compiler does not look for the optional package.
  const optionalPackage = "ioredis";
  const loaded = (await import(optionalPackage).catch(() => null)) as { Redis?: RedisConstructor; default?: RedisConstructor } | null;
  const Redis = loaded?.Redis ?? loaded?.default;
  if (!Redis) throw new PippaError(ERROR_CODES.usage, "--redis needs the ioredis package beside pippa: npm install ioredis");
  // Short timeouts and one retry, as the rate-limit plugin advises: an upload should not wait long on its count.
  const redis = new Redis(url, { connectTimeout: 2000, maxRetriesPerRequest: 1 });
  // Not logged as it reconnects: a failure shows in the answer of each upload that needed the count.
  redis.on("error", () => {});
  try {
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    // The URL is left out: it may hold a password.
    throw new PippaError(ERROR_CODES.usage, `cannot reach the Redis server given with --redis: ${error instanceof Error ? error.message : String(error)}`);
  }
  return redis;
}
