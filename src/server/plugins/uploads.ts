/**
 * How uploads are received: multipart bodies read as streams within the size and count limits, a
 * per-address rate limit that a route opts into (`config.rateLimit`), and the slots of uploads in
 * progress (`app.uploadSlots`). Not encapsulated: a multipart body sent to any route is parsed the
 * same way.
 *
 * Where the rate is counted: in Redis when one is given; else in the database with PostgreSQL, where
 * several servers may take uploads from the same client behind one load balancer; else (SQLite, one
 * server) in this process.
 */
import multipart from "@fastify/multipart";
import rateLimit, { type RateLimitPluginOptions } from "@fastify/rate-limit";
import fp from "fastify-plugin";
import { databaseRateLimitStore } from "../rate-limit-store.js";
import { connectRedis } from "../redis.js";
import type { Store } from "../store/store.js";
import type { UploadLimits } from "../upload-limits.js";
import { UploadSlots } from "../upload-slots.js";

declare module "fastify" {
  interface FastifyInstance {
    uploadSlots: UploadSlots;
  }
}

export interface UploadsOptions {
  limits: UploadLimits;
  store: Store;
  /** A Redis server to count the rate in [none]. */
  redisUrl?: string;
}

export const uploads = fp<UploadsOptions>(
  async (app, { limits, store, redisUrl }) => {
    app.decorate("uploadSlots", new UploadSlots(limits.inProgress));
    await app.register(multipart, { limits: { fileSize: limits.fileSize, files: limits.files, fields: 10, parts: limits.files + 10 } });
    let counter: Partial<RateLimitPluginOptions> = {};
    if (redisUrl) {
      const redis = await connectRedis(redisUrl);
      app.addHook("onClose", () => redis.quit().then(() => {}, () => {}));
      counter = { redis, nameSpace: "pippa-upload-rate-" };
    } else if (store.kind === "postgres") {
      counter = { store: databaseRateLimitStore(store) };
    }
    await app.register(rateLimit, { global: false, ...counter });
  },
  { name: "pippa-uploads" },
);
