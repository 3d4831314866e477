/**
 * `npm run bench`: times `pippa stats` against the bare readline + JSON.parse baseline on the
 * scale-1 synthetic corpus (generated once, cached outside the repository), in one run, rounds
 * interleaved, and prints the median wall time and peak RSS of each and their ratio; then
 * `pippa report` against `pippa stats`, `pippa pii scan`'s throughput and `pippa build` against a
 * bare copy pass (with dedup quality on planted duplicates).
 *
 * Options: --scale S (corpus size, default 1), --rounds N (default 3), --only stats|report|prepare|serve|pii|build|scale,
 * --plant RATE (planted duplicates for the build bench, default 0.05). `--only scale` (never part of
 * the default run) builds a corpus of --scale-factor times the scale (default 10) as tasks: see scale.ts;
 * --tasks N (default 8).
 * Cache: $PIPPA_BENCH_CACHE, else $XDG_CACHE_HOME/pippa, else ~/.cache/pippa.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { availableParallelism, homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SYNTH_VERSION } from "../../src/synth/corpus.js";
import { benchScale } from "./scale.js";

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, "..", "..", "src", "cli", "bin.js");
const reportRss = join(here, "report-rss.js");
const baseline = join(here, "baseline-readline.js");

interface Measurement {
  seconds: number;
  maxRssMb: number;
  stdout: string;
}

function measure(args: string[]): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", reportRss, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${args.join(" ")} exited ${code}: ${stderr}`));
      const rss = /PIPPA_BENCH_MAX_RSS_KB (\d+)/.exec(stderr);
      resolve({ seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, stdout });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function cacheFolder(): string {
  if (process.env.PIPPA_BENCH_CACHE) return process.env.PIPPA_BENCH_CACHE;
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "pippa");
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, rounds: { type: "string", default: "3" }, only: { type: "string" }, plant: { type: "string", default: "0.05" }, "scale-factor": { type: "string", default: "10" }, tasks: { type: "string", default: "8" } } });
  const scale = Number(values.scale);
  if (values.only === "scale") {
    const big = scale * Number(values["scale-factor"]);
    const corpus = join(cacheFolder(), "bench", `synth-v${SYNTH_VERSION}-scale${big}-seed1-planted${values.plant}.jsonl`);
    await benchScale({
      bin,
      reportRss,
      corpus,
      tasks: Number(values.tasks),
      generate: async () => {
        mkdirSync(dirname(corpus), { recursive: true });
        process.stderr.write(`generating the scale-${big} corpus once: ${corpus}\n`);
        await measure([bin, "synth", "--scale", String(big), "--seed", "1", "--plant-duplicates", String(values.plant), "-o", corpus]);
      },
    });
    return;
  }
  const rounds = Number(values.rounds);
  const corpus = join(cacheFolder(), "bench", `synth-v${SYNTH_VERSION}-scale${scale}-seed1.jsonl`);
  if (!existsSync(corpus)) {
    mkdirSync(dirname(corpus), { recursive: true });
    process.stderr.write(`generating the scale-${scale} corpus once: ${corpus}\n`);
    await measure([bin, "synth", "--scale", String(scale), "--seed", "1", "-o", corpus]);
  }
  const size = (await stat(corpus)).size;
  process.stdout.write(`corpus: ${corpus} (${(size / 1e6).toFixed(1)} MB), ${rounds} rounds, median of each\n`);

  if (!values.only || values.only === "stats") await benchStats(corpus, size, rounds);
  if (!values.only || values.only === "report") await benchReport(corpus, rounds);
  if (!values.only || values.only === "prepare") await benchPrepare(corpus);
  if (!values.only || values.only === "serve") await benchServe();
  if (!values.only || values.only === "pii") await benchPii(corpus, size, scale);
  if (!values.only || values.only === "build") await benchBuild(scale, Number(values.plant), rounds);
}

/**
 * `pippa build` against a bare hand-split read + JSON.parse + JSON.stringify + write pass over the
 * same file (a corpus with planted duplicates), then dedup quality against the planted truth.
 */
async function benchBuild(scale: number, rate: number, rounds: number): Promise<void> {
  const corpus = join(cacheFolder(), "bench", `synth-v${SYNTH_VERSION}-scale${scale}-seed1-planted${rate}.jsonl`);
  if (!existsSync(corpus)) {
    process.stderr.write(`generating the scale-${scale} corpus with planted duplicates once: ${corpus}\n`);
    await measure([bin, "synth", "--scale", String(scale), "--seed", "1", "--plant-duplicates", String(rate), "-o", corpus]);
  }
  const size = (await stat(corpus)).size;
  const work = join(dirname(corpus), "build-bench");
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  // Rounds interleaved (baseline, build, baseline, build…) so that both see the same machine.
  const copies: Measurement[] = [];
  const builds: Measurement[] = [];
  for (let round = 0; round < rounds; round++) {
    copies.push(await measure([join(here, "baseline-copy.js"), corpus, join(work, "copy.jsonl")]));
    await rm(join(work, "release"), { recursive: true, force: true });
    builds.push(await measure([bin, "build", corpus, "-o", join(work, "release"), "--consent", "public"]));
  }
  const copySeconds = median(copies.map((m) => m.seconds));
  const buildSeconds = median(builds.map((m) => m.seconds));
  const seconds = (list: Measurement[]) => list.map((m) => m.seconds.toFixed(2)).join(", ");
  process.stdout.write(
    `\ncorpus with planted duplicates: ${(size / 1e6).toFixed(1)} MB\n` +
      `baseline (hand-split read + JSON.parse + JSON.stringify + write): ${copySeconds.toFixed(2)} s (${seconds(copies)}), peak RSS ${Math.max(...copies.map((m) => m.maxRssMb)).toFixed(0)} MB\n` +
      `pippa build (all stages, worker threads): ${buildSeconds.toFixed(2)} s (${seconds(builds)}), peak RSS ${Math.max(...builds.map((m) => m.maxRssMb)).toFixed(0)} MB\n` +
      `pippa build takes ${(buildSeconds / copySeconds).toFixed(2)}x the baseline's time (medians; target <= 5x); peak RSS target <= 1024 MB\n`,
  );
  await reportDedupQuality(corpus, join(work, "release.private", "dedup-clusters.jsonl"));
  await rm(work, { recursive: true, force: true });
  // The content stage's share: its pass alone on one thread, spread over the build's workers
  // (the build runs it on each worker beside the other stages), against the build's time.
  // Reading and parsing the corpus is the build's own work before any stage: measured apart and taken out of the stage's time.
  const content = await measure([join(here, "content-pass.js"), corpus]);
  const parsing = await measure([join(here, "content-pass.js"), corpus, "--parse-only"]);
  const workers = availableParallelism();
  const stageSeconds = Math.max(0, content.seconds - parsing.seconds);
  const share = stageSeconds / workers / buildSeconds;
  process.stdout.write(
    `content stage alone (1 thread): ${stageSeconds.toFixed(2)} s (the pass ${content.seconds.toFixed(2)} s less reading and parsing ${parsing.seconds.toFixed(2)} s), ${JSON.stringify(JSON.parse(content.stdout).tags)}; over ${workers} workers about ${(100 * share).toFixed(1)}% of the build's time (target <= 15%; with reading and parsing counted too, ${((100 * content.seconds) / workers / buildSeconds).toFixed(1)}%)\n`,
  );
}

/** Recall per planted kind and precision of the duplicate pairs found, against the planted truth. */
async function reportDedupQuality(corpus: string, clustersPath: string): Promise<void> {
  const lines = (await readFile(corpus, "utf8")).split("\n").filter(Boolean);
  const parent = Int32Array.from(lines, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const truth = (await readFile(`${corpus}.duplicates.jsonl`, "utf8")).split("\n").filter(Boolean).map((line) => JSON.parse(line) as { line: number; of_line: number; kind: string });
  const join2 = (a: number, b: number) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  for (const { line, of_line } of truth) join2(line - 1, of_line - 1);
  // Records whose conversations are identical are duplicates whether planted or not.
  const byContent = new Map<string, number>();
  lines.forEach((line, i) => {
    const key = createHash("sha256").update(JSON.stringify((JSON.parse(line) as { conversation: unknown }).conversation)).digest("base64");
    const first = byContent.get(key);
    if (first === undefined) byContent.set(key, i);
    else join2(i, first);
  });
  const truthRoot = Int32Array.from(lines, (_, i) => find(i));
  const predicted = Int32Array.from(lines, (_, i) => i);
  const findPredicted = (i: number): number => {
    while (predicted[i] !== i) i = predicted[i] = predicted[predicted[i]];
    return i;
  };
  const edges = (await readFile(clustersPath, "utf8")).split("\n").filter(Boolean).map((line) => JSON.parse(line) as { a: number; b: number });
  let wrong = 0;
  for (const { a, b } of edges) {
    if (truthRoot[a] !== truthRoot[b]) wrong++;
    const [x, y] = [findPredicted(a), findPredicted(b)];
    if (x !== y) predicted[Math.max(x, y)] = Math.min(x, y);
  }
  const byKind = new Map<string, [number, number]>();
  for (const { line, of_line, kind } of truth) {
    const entry = byKind.get(kind) ?? [0, 0];
    entry[1]++;
    if (findPredicted(line - 1) === findPredicted(of_line - 1)) entry[0]++;
    byKind.set(kind, entry);
  }
  const recall = [...byKind].map(([kind, [found, total]]) => `${kind} ${(found / total).toFixed(4)} (${found}/${total})`).join(", ");
  process.stdout.write(`dedup recall: ${recall} (targets: exact and extended >= 0.99, edited >= 0.95)\n`);
  process.stdout.write(`dedup precision: ${(1 - wrong / Math.max(1, edges.length)).toFixed(4)} (${edges.length - wrong} of ${edges.length} duplicate pairs right; target >= 0.99)\n`);
}

/** `pippa report` (defaults: 100 bootstrap replicates per fit) against `pippa stats --json`, rounds interleaved. */
async function benchReport(corpus: string, rounds: number): Promise<void> {
  const html = join(dirname(corpus), "report-bench.html");
  const stats: Measurement[] = [];
  const report: Measurement[] = [];
  for (let round = 0; round < rounds; round++) {
    stats.push(await measure([bin, "stats", corpus, "--json"]));
    report.push(await measure([bin, "report", corpus, "-o", html]));
  }
  await rm(html, { force: true });
  const statsSeconds = median(stats.map((run) => run.seconds));
  const reportSeconds = median(report.map((run) => run.seconds));
  process.stdout.write(
    `
pippa stats --json: ${statsSeconds.toFixed(3)} s; pippa report (bootstrap 100 per fit): ${reportSeconds.toFixed(3)} s, peak RSS ${Math.max(...report.map((run) => run.maxRssMb)).toFixed(0)} MB
` +
      `pippa report takes ${(reportSeconds / statsSeconds).toFixed(2)}x the time of pippa stats (target <= 2x)
`,
  );
}

/** `pippa prepare --format metharme --max-tokens 4096` on every core: tokens written per second, counted by the Llama 3 tokenizer. */
async function benchPrepare(corpus: string): Promise<void> {
  const prefix = join(dirname(corpus), "prepare-bench");
  const cores = availableParallelism();
  const run = await measure([bin, "prepare", corpus, "--format", "metharme", "--max-tokens", "4096", "-o", prefix, "--json", "--workers", String(cores)]);
  const summary = JSON.parse(run.stdout) as { splits: { train: { examples: number; tokens: { total: number } } } };
  for (const suffix of [".train.jsonl", ".summary.json", ".rejects.jsonl"]) await rm(`${prefix}${suffix}`, { force: true });
  const tokens = summary.splits.train.tokens.total;
  const rate = tokens / run.seconds;
  process.stdout.write(
    `\npippa prepare (metharme, 4,096 tokens, ${cores} workers): ${summary.splits.train.examples.toLocaleString("en-US")} examples, ${(tokens / 1e6).toFixed(1)}M tokens in ${run.seconds.toFixed(2)} s = ` +
      `${(rate / 1e6).toFixed(2)}M tokens/s, ${(rate / cores / 1e6).toFixed(2)}M tokens/s per core (aim >= 1M per core); peak RSS ${run.maxRssMb.toFixed(0)} MB\n`,
  );
}

/**
 * `pippa serve` on the embedded default (SQLite), loopback, with autocannon: uploads of a 100 KB
 * SillyTavern chat, then page reads. The per-IP upload limit is turned off, as all the load comes
 * from one address.
 */
async function benchServe(): Promise<void> {
  const { default: autocannon } = await import("autocannon");
  const data = await mkdtemp(join(tmpdir(), "pippa-serve-bench-"));
  const child = spawn(process.execPath, [bin, "serve", "--data", data, "--port", "0", "--uploads-per-minute", "0"], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, PIPPA_ADMIN_TOKEN: "bench" } });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk) => {
        out += chunk;
        const match = /at (http:\/\/[^/\s]+)\//.exec(out);
        if (match) resolve(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`pippa serve exited ${code}`)));
    });
    const lines = [JSON.stringify({ user_name: "Ann", character_name: "Mira" })];
    for (let i = 0; lines.join("\n").length < 100_000; i++) lines.push(JSON.stringify({ name: i % 2 ? "Ann" : "Mira", is_user: i % 2 === 1, send_date: 1683927149000 + i, mes: `Message ${i}: the storm rolls over the lighthouse and the lamp keeps turning through the night.` }));
    const boundary = "pippa-bench-boundary";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="consent"\r\n\r\npublic\r\n--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="chat.jsonl"\r\n\r\n`),
      Buffer.from(lines.join("\n")),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const run = (options: Record<string, unknown>) => autocannon({ connections: 16, duration: 10, ...options } as never) as unknown as Promise<{ requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number }>;
    await run({ url: `${base}/`, duration: 2 }); // warm up
    const uploads = await run({ url: `${base}/api/submissions`, method: "POST", body, headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, connections: 8 });
    const pages = await run({ url: `${base}/` });
    process.stdout.write(
      `\npippa serve (SQLite, loopback, autocannon): uploads of a ${(body.length / 1024).toFixed(0)} KB chat: ${uploads.requests.average.toFixed(0)} requests/s, p99 ${uploads.latency.p99} ms, ${uploads.non2xx + uploads.errors} not 2xx (target >= 200/s, p99 <= 250 ms); ` +
        `page reads: ${pages.requests.average.toFixed(0)} requests/s, p99 ${pages.latency.p99} ms (target >= 2,000/s)\n`,
    );
  } finally {
    child.kill("SIGTERM");
    await rm(data, { recursive: true, force: true });
  }
}

/** `pippa pii scan` over the whole corpus on one thread: MB/s against the 10 MB/s per core target. */
async function benchPii(corpus: string, size: number, scale: number): Promise<void> {
  const spans = join(dirname(corpus), "pii-bench.spans.jsonl");
  const run = await measure([bin, "pii", "scan", corpus, "-o", spans]);
  await rm(spans, { force: true });
  const rate = size / 1e6 / run.seconds;
  process.stdout.write(`\npippa pii scan (1 thread), no personal information: ${run.seconds.toFixed(1)} s, ${rate.toFixed(1)} MB/s (target >= 10 MB/s per core), peak RSS ${run.maxRssMb.toFixed(0)} MB\n`);
  // The same corpus with personal information planted in 30% of the conversations and story names
  // in the person's turns: finding, not only looking, and how much of what was planted is found.
  const planted = join(cacheFolder(), "bench", `synth-v${SYNTH_VERSION}-scale${scale}-seed1-pii0.3.jsonl`);
  if (!existsSync(planted)) {
    process.stderr.write(`generating the scale-${scale} corpus with planted personal information once: ${planted}\n`);
    await measure([bin, "synth", "--scale", String(scale), "--seed", "1", "--plant-pii", "0.3", "-o", planted]);
  }
  const plantedSize = (await stat(planted)).size;
  const found = join(dirname(planted), "pii-planted.spans.jsonl");
  const plantedRun = await measure([bin, "pii", "scan", planted, "-o", found]);
  const quality = await plantedPiiQuality(`${planted}.pii.jsonl`, found);
  await rm(found, { force: true });
  process.stdout.write(
    `pippa pii scan (1 thread), planted personal information and story names: ${plantedRun.seconds.toFixed(1)} s, ${(plantedSize / 1e6 / plantedRun.seconds).toFixed(1)} MB/s (target >= 20 MB/s per core)\n` +
      `  planted values found: ${quality.found} of ${quality.planted} (${(100 * quality.found / quality.planted).toFixed(1)}%); spans outside them (the corpus holds no other personal information: each one is damage): ${quality.elsewhere}\n`,
  );
}

/** How many planted values a span covers, and how many message spans cover none (damage: nothing else is personal). */
async function plantedPiiQuality(truthPath: string, spansPath: string): Promise<{ planted: number; found: number; elsewhere: number }> {
  const truth = (await readFile(truthPath, "utf8")).split("\n").filter(Boolean).map((line) => JSON.parse(line) as { line: number; message: number; start: number; end: number });
  const byField = new Map<string, { start: number; end: number }[]>();
  for (const row of (await readFile(spansPath, "utf8")).split("\n").filter(Boolean)) {
    const { id, spans } = JSON.parse(row) as { id: number; spans: { field: string; start: number; end: number }[] };
    for (const span of spans) {
      const key = `${id}:${span.field}`;
      byField.set(key, [...(byField.get(key) ?? []), span]);
    }
  }
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  let found = 0;
  const plantedByField = new Map<string, { start: number; end: number }[]>();
  for (const value of truth) {
    const key = `${value.line}:conversation[${value.message}].message`;
    plantedByField.set(key, [...(plantedByField.get(key) ?? []), value]);
    if ((byField.get(key) ?? []).some((span) => overlaps(span, value))) found++;
  }
  let elsewhere = 0;
  for (const [key, spans] of byField) {
    if (!/conversation\[\d+\]\.message$/.test(key)) continue;
    for (const span of spans) if (!(plantedByField.get(key) ?? []).some((value) => overlaps(span, value))) elsewhere++;
  }
  return { planted: truth.length, found, elsewhere };
}

async function benchStats(corpus: string, size: number, rounds: number): Promise<void> {
  const contenders = {
    "baseline (readline + JSON.parse, 1 thread)": [baseline, corpus],
    "pippa stats --json": [bin, "stats", corpus, "--json"],
  };
  const results = new Map<string, Measurement[]>();
  for (let round = 0; round < rounds; round++) {
    for (const [name, args] of Object.entries(contenders)) {
      const measurement = await measure(args);
      results.set(name, [...(results.get(name) ?? []), measurement]);
    }
  }

  // Both must compute the same figures, or the comparison means nothing.
  const [baselineRuns, pippaRuns] = [...results.values()];
  const { rejected: _rejected, powerlaw: _powerlaw, ...pippaFigures } = JSON.parse(pippaRuns[0].stdout) as Record<string, unknown>;
  if (JSON.stringify(pippaFigures) !== JSON.stringify(JSON.parse(baselineRuns[0].stdout))) {
    throw new Error("pippa stats and the baseline disagree on the figures");
  }

  const rows: string[][] = [["contender", "wall s (median)", "MB/s", "peak RSS MB (max)"]];
  const summary = new Map<string, { seconds: number; rss: number }>();
  for (const [name, runs] of results) {
    const seconds = median(runs.map((run) => run.seconds));
    const rss = Math.max(...runs.map((run) => run.maxRssMb));
    summary.set(name, { seconds, rss });
    rows.push([name, seconds.toFixed(3), (size / 1e6 / seconds).toFixed(0), rss.toFixed(0)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) process.stdout.write(`${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("   ")}\n`);
  const [base, pippa] = [...summary.values()];
  process.stdout.write(`\npippa stats is ${(base.seconds / pippa.seconds).toFixed(2)}x the baseline's speed (target >= 3x); peak RSS ${pippa.rss.toFixed(0)} MB (target <= 300 MB)\n`);
  process.stdout.write("figures: identical between pippa stats and the baseline\n");
}

await main();
