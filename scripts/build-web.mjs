// Builds the browser side of `pippa serve` into dist/web: the page scripts (bundled with the
// importer and the PII detectors, which are runtime-neutral), the style sheet, and the name lists
// and dictionary the detectors consult, as one JSON file (with a gzip copy the server sends as is).
import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "web");
await mkdir(out, { recursive: true });
const extension = join(root, "clients", "sillytavern");

// Built only when something it was built from changed since: the inputs esbuild read last time,
// the modules that make the name lists, this script and the lock file, against the outputs.
const stampPath = join(root, "dist", ".tsbuildinfo", "web-inputs.json");
const OUTPUTS = ["contribute.js", "withdraw.js", "admin.js", "site.css", "name-data.json", "name-data.json.gz"].map((name) => join(out, name)).concat([join(extension, "index.js"), join(extension, "name-data.json")]);
const FIXED_INPUTS = [
  "scripts/build-web.mjs",
  "package-lock.json",
  "src/server/web/site.css",
  "dist/src/stages/redact/name-data.js",
  "dist/src/stages/redact/word-lists.js",
  "dist/src/runner/dictionary.js",
].map((path) => join(root, path));
const mtime = async (path) => (await stat(path).catch(() => null))?.mtimeMs ?? null;
async function upToDate() {
  const stamp = JSON.parse(await readFile(stampPath, "utf8").catch(() => "null"));
  if (!stamp) return false;
  const outputTimes = await Promise.all(OUTPUTS.map(mtime));
  if (outputTimes.includes(null)) return false;
  const inputTimes = await Promise.all([...FIXED_INPUTS, ...stamp.inputs.map((path) => join(root, path))].map(mtime));
  return !inputTimes.includes(null) && Math.max(...inputTimes) <= Math.min(...outputTimes);
}
if (await upToDate()) {
  console.log("web bundles and name lists up to date");
  process.exit(0);
}

const pageBuild = await build({
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
  metafile: true,
});
await copyFile(join(root, "src", "server", "web", "site.css"), join(out, "site.css"));

// The SillyTavern extension: one module in its own folder, with the name lists beside it, so the
// folder can be copied into SillyTavern as it is.
const extensionBuild = await build({
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
  metafile: true,
});

const { loadNameSets } = await import(join(root, "dist", "src", "stages", "redact", "name-data.js"));
const { loadEnglishDictionary } = await import(join(root, "dist", "src", "runner", "dictionary.js"));
const names = await loadNameSets();
const dictionary = await loadEnglishDictionary();
const data = JSON.stringify({ first: [...names.first].sort(), last: [...names.last].sort(), places: [...names.places].sort(), wordNames: [...names.wordNames].sort(), dictionary: [...dictionary].sort() });
await writeFile(join(out, "name-data.json"), data);
await writeFile(join(extension, "name-data.json"), data);
await writeFile(join(out, "name-data.json.gz"), gzipSync(data, { level: 9 }));
const inputs = [...new Set([...Object.keys(pageBuild.metafile.inputs), ...Object.keys(extensionBuild.metafile.inputs)])].filter((path) => !path.startsWith("node_modules/"));
await writeFile(stampPath, JSON.stringify({ inputs }));
