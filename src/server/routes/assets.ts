/**
 * The pages' scripts and style sheet under /assets/, as built into dist/web (precompressed copies
 * sent when the browser takes them). Source maps name the source files and hold their text, so
 * they are served only when asked for (development).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyPluginAsync } from "fastify";

/** dist/web, seen from this module compiled (dist/src/server/routes) or run from its source (src/server/routes); null when not built. */
export function webAssetsFolder(): string | null {
  const here = fileURLToPath(new URL(".", import.meta.url));
  for (const candidate of [join(here, "..", "..", "..", "web"), join(here, "..", "..", "..", "dist", "web")]) if (existsSync(candidate)) return candidate;
  return null;
}

export const assetRoutes: FastifyPluginAsync<{ serveSourceMaps?: boolean }> = async (app, options) => {
  const root = webAssetsFolder();
  if (!root) return;
  const serveSourceMaps = options.serveSourceMaps ?? false;
  await app.register(fastifyStatic, { root, prefix: "/assets/", index: false, maxAge: "1h", preCompressed: true, allowedPath: (path) => serveSourceMaps || !path.toLowerCase().endsWith(".map") });
};
