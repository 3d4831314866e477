/**
 * `npm run bench -- --only scale`: a corpus ten times PIPPA's size (scale 10 by default,
 * ~3.5 GB, generated once and cached) built on one machine, as tasks by the local executor with
 * one task and with several, and through Slurm when a cluster is at hand (SLURM_CONF set, as
 * .ci/start-slurm prints it): the wall time of each, and per stage the slowest task's time and
 * the largest task's peak memory (every task process reports its own).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";

interface Run {
  name: string;
  seconds: number;
  /** Per stage: tasks, slowest task (s), largest peak RSS (MB). */
  stages: Map<string, { tasks: number; seconds: number; rssMb: number }>;
  rssMb: number;
}

function runCommand(args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve({ seconds: (performance.now() - started) / 1000, stderr }) : reject(new Error(`${args.join(" ")} exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

const rssOf = (text: string) => Math.max(0, ...[...text.matchAll(/PIPPA_BENCH_MAX_RSS_KB (\d+)/g)].map((match) => Number(match[1]) / 1024));

/** Each task's log (NODE_OPTIONS carries the RSS report into every task process): time and peak memory per stage. */
async function taskFigures(work: string): Promise<Run["stages"]> {
  const stages: Run["stages"] = new Map();
  for (const name of (await readdir(join(work, "logs")).catch(() => [] as string[])).sort()) {
    const match = /^(.+)-(\d+)\.log$/.exec(name);
    if (!match) continue;
    const log = await readFile(join(work, "logs", name), "utf8");
    const seconds = Number(/done in ([\d.]+) s/.exec(log)?.[1] ?? NaN);
    const entry = stages.get(match[1]) ?? { tasks: 0, seconds: 0, rssMb: 0 };
    stages.set(match[1], { tasks: entry.tasks + 1, seconds: Math.max(entry.seconds, seconds), rssMb: Math.max(entry.rssMb, rssOf(log)) });
  }
  return stages;
}

export async function benchScale(options: { bin: string; reportRss: string; corpus: string; tasks: number; generate: () => Promise<void> }): Promise<void> {
  if (!existsSync(options.corpus)) await options.generate();
  const size = (await stat(options.corpus)).size;
  const folder = `${options.corpus}.scale-bench`;
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${options.reportRss}`.trim() };
  const runs: Run[] = [];
  const build = async (name: string, extra: string[]) => {
    const output = join(folder, name.replace(/\W+/g, "-"));
    const work = `${output}.work`;
    const { seconds, stderr } = await runCommand([options.bin, "build", options.corpus, "-o", output, "--consent", "public", "--work", work, ...extra], env);
    runs.push({ name, seconds, stages: await taskFigures(work), rssMb: rssOf(stderr) });
    process.stdout.write(`  ${name}: ${seconds.toFixed(1)} s\n`);
    await rm(work, { recursive: true, force: true });
    await rm(output, { recursive: true, force: true });
    await rm(`${output}.private`, { recursive: true, force: true });
  };
  process.stdout.write(`\nscale: ${(size / 1e9).toFixed(2)} GB corpus\n`);
  await build("one machine (pippa build)", []);
  await build("local, 1 task", ["--executor", "local", "--tasks", "1", "--keep-work"]);
  await build(`local, ${options.tasks} tasks, 2 at a time`, ["--executor", "local", "--tasks", String(options.tasks), "--parallel", "2", "--keep-work"]);
  if (process.env.SLURM_CONF) await build(`slurm, ${options.tasks} tasks`, ["--executor", "slurm", "--tasks", String(options.tasks), "--cpus-per-task", "1", "--keep-work"]);
  else process.stdout.write("  slurm: skipped (set SLURM_CONF, e.g. from .ci/start-slurm)\n");
  const one = runs[0].seconds;
  process.stdout.write("\n| run | wall (s) | x one machine | peak RSS of the command (MB) |\n|---|---|---|---|\n");
  for (const run of runs) process.stdout.write(`| ${run.name} | ${run.seconds.toFixed(1)} | ${(run.seconds / one).toFixed(2)} | ${run.rssMb.toFixed(0)} |\n`);
  const stageNames = [...new Set(runs.flatMap((run) => [...run.stages.keys()]))];
  const order = ["names", "import", "buckets", "cluster", "write", "merge"];
  stageNames.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const taskRuns = runs.filter((run) => run.stages.size > 0);
  process.stdout.write(`\n| stage | ${taskRuns.map((run) => `${run.name}: tasks, slowest (s), peak RSS (MB)`).join(" | ")} |\n|---|${taskRuns.map(() => "---").join("|")}|\n`);
  for (const stage of stageNames) {
    process.stdout.write(`| ${stage} | ${taskRuns.map((run) => {
      const figures = run.stages.get(stage);
      return figures ? `${figures.tasks}, ${figures.seconds.toFixed(1)}, ${figures.rssMb.toFixed(0)}` : "–";
    }).join(" | ")} |\n`);
  }
  await rm(folder, { recursive: true, force: true });
}
