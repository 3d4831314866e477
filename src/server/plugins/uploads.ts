/**
 * How uploads are received: multipart bodies read as streams within the size and count limits, a
 * per-address rate limit that a route opts into (`config.rateLimit`), and the slots of uploads in
 * progress (`app.uploadSlots`). Not encapsulated: a multipart body sent to any route is parsed the
 * same way.
 */
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fp from "fastify-plugin";
import type { UploadLimits } from "../upload-limits.js";
import { UploadSlots } from "../upload-slots.js";

declare module "fastify" {
  interface FastifyInstance {
    uploadSlots: UploadSlots;
  }
}

export const uploads = fp<{ limits: UploadLimits }>(
  async (app, { limits }) => {
    app.decorate("uploadSlots", new UploadSlots(limits.inProgress));
    await app.register(multipart, { limits: { fileSize: limits.fileSize, files: limits.files, fields: 10, parts: limits.files + 10 } });
    await app.register(rateLimit, { global: false });
  },
  { name: "pippa-uploads" },
);
