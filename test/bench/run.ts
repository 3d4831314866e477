/**
 * `npm run bench`: times `pippa stats` against the bare readline + JSON.parse baseline on the
 * scale-1 synthetic corpus (generated once, cached outside the repository), in one run, rounds
 * interleaved. Prints the median wall time and peak RSS of each and their ratio.
 *
 * Options: --scale S (corpus size, default 1), --rounds N (default 3).
 * Cache: $PIPPA_BENCH_CACHE, else $XDG_CACHE_HOME/pippa, else ~/.cache/pippa.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SYNTH_VERSION } from "../../src/synth/corpus.js";

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
  const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, rounds: { type: "string", default: "3" }, only: { type: "string" } } });
  const scale = Number(values.scale);
  const rounds = Number(values.rounds);
  const corpus = join(cacheFolder(), "bench", `synth-v${SYNTH_VERSION}-scale${scale}-seed1.jsonl`);
  if (!existsSync(corpus)) {
    mkdirSync(dirname(corpus), { recursive: true });
    process.stderr.write(`generating the scale-${scale} corpus once: ${corpus}\n`);
    await measure([bin, "synth", "--scale", String(scale), "--seed", "1", "-o", corpus]);
  }
  const size = (await stat(corpus)).size;
  process.stdout.write(`corpus: ${corpus} (${(size / 1e6).toFixed(1)} MB), ${rounds} rounds, median of each\n`);

  if (values.only !== "pii") await benchStats(corpus, size, rounds);
  if (values.only !== "stats") await benchPii(corpus, size);
}

/** `pippa pii scan` over the whole corpus on one thread: MB/s against the 10 MB/s per core target. */
async function benchPii(corpus: string, size: number): Promise<void> {
  const spans = join(dirname(corpus), "pii-bench.spans.jsonl");
  const run = await measure([bin, "pii", "scan", corpus, "-o", spans]);
  await rm(spans, { force: true });
  const rate = size / 1e6 / run.seconds;
  process.stdout.write(`\npippa pii scan (1 thread): ${run.seconds.toFixed(1)} s, ${rate.toFixed(1)} MB/s (target >= 10 MB/s per core), peak RSS ${run.maxRssMb.toFixed(0)} MB\n`);
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
  const { rejected: _rejected, ...pippaFigures } = JSON.parse(pippaRuns[0].stdout) as Record<string, unknown>;
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
