// Builds the browser side of `pippa serve` into dist/web: the page scripts (bundled with the
// importer and the PII detectors, which are runtime-neutral), the style sheet, and the name lists
// and dictionary the detectors consult, as one JSON file (with a gzip copy the server sends as is).
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "web");
await mkdir(out, { recursive: true });

await build({
  entryPoints: ["contribute", "withdraw", "admin"].map((name) => join(root, "src", "server", "web", `${name}.ts`)),
  outdir: out,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  minify: true,
  sourcemap: true,
  legalComments: "none",
  // The name lists come from name-data.json in the browser; these loaders are never called there.
  external: ["@faker-js/faker", "@stdlib/*", "word-list", "node:*"],
  logLevel: "warning",
});
await copyFile(join(root, "src", "server", "web", "site.css"), join(out, "site.css"));

// The SillyTavern extension: one module in its own folder, with the name lists beside it, so the
// folder can be copied into SillyTavern as it is.
const extension = join(root, "clients", "sillytavern");
await build({
  entryPoints: [join(extension, "src", "index.ts")],
  outfile: join(extension, "index.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  minify: true,
  legalComments: "none",
  external: ["@faker-js/faker", "@stdlib/*", "word-list", "node:*"],
  logLevel: "warning",
});

const { loadNameSets } = await import(join(root, "dist", "src", "stages", "redact", "name-data.js"));
const { loadEnglishDictionary } = await import(join(root, "dist", "src", "runner", "dictionary.js"));
const names = await loadNameSets();
const dictionary = await loadEnglishDictionary();
const data = JSON.stringify({ first: [...names.first].sort(), last: [...names.last].sort(), places: [...names.places].sort(), wordNames: [...names.wordNames].sort(), dictionary: [...dictionary].sort() });
await writeFile(join(out, "name-data.json"), data);
await writeFile(join(extension, "name-data.json"), data);
await writeFile(join(out, "name-data.json.gz"), gzipSync(data, { level: 9 }));
