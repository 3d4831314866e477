/**
 * A small web server that stands in for SillyTavern in the extension's browser tests: a page with
 * SillyTavern's public `SillyTavern.getContext()` (the context a test gives) and the containers
 * extensions attach to, which loads the built extension module from the extension's own folder.
 * Each test page gets its own address, so tests can show different chats and servers.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { join } from "node:path";
import { projectRoot } from "../helpers/io.js";

export const EXTENSION_FOLDER = join(projectRoot(), "clients", "sillytavern");
const PREFIX = "/scripts/extensions/third-party/pippa/";

export interface FakeSillyTavern {
  /** The page's origin, e.g. http://127.0.0.1:40123. */
  base: string;
  /** The address of a page whose `getContext()` gives `context` (plus the functions SillyTavern adds). */
  pageFor(context: Record<string, unknown>): string;
  close(): Promise<void>;
}

function pageHtml(context: Record<string, unknown>): string {
  // JSON inside a script: "<" escaped so no text in a chat can end the script.
  const state = JSON.stringify(context).replace(/</g, "\\u003c");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SillyTavern (test page)</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="${PREFIX}style.css">
<script>
  window.commands = {};
  window.saved = 0;
  const state = ${state};
  window.SillyTavern = { getContext: () => ({ ...state, saveSettingsDebounced: () => { window.saved++; }, registerSlashCommand: (name, callback) => { window.commands[name] = callback; } }) };
</script></head>
<body><div id="extensions_settings"></div><div id="extensions_settings2"></div><div id="extensionsMenu"></div>
<script type="module" src="${PREFIX}index.js"></script></body></html>`;
}

/** Starts the page server on a free port of 127.0.0.1. */
export async function startFakeSillyTavern(): Promise<FakeSillyTavern> {
  const pages = new Map<string, Record<string, unknown>>();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    const context = url.pathname === "/" ? pages.get(url.searchParams.get("page") ?? "") : undefined;
    if (context) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(pageHtml(context));
    } else if (url.pathname.startsWith(PREFIX) && /^[\w.-]+$/.test(url.pathname.slice(PREFIX.length))) {
      const name = url.pathname.slice(PREFIX.length);
      const type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "application/json";
      response.writeHead(200, { "content-type": type }).end(await readFile(join(EXTENSION_FOLDER, name)));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    base,
    pageFor(context) {
      const id = String(pages.size + 1);
      pages.set(id, context);
      return `${base}/?page=${id}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
