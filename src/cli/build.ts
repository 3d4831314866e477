/** `pippa build SOURCE... -o RELEASE_DIR`: contributions in, a clean, deduplicated, documented release out. */
import { fileURLToPath } from "node:url";
import { Command, InvalidArgumentError } from "commander";
import { parseConsent, type Consent } from "../model/consent.js";
import { DEFAULT_BUILD_SEED, DEFAULT_CONSENT, defaultBuildConfig, readBuildConfig, type BuildConfig } from "../runner/release/config.js";
import type { BuildSummary } from "../runner/release/build.js";
import { canDrawProgress, createProgress, type Progress } from "../runner/progress.js";
import { formatCount } from "./format.js";
import { type CommandOutcome, parseInteger, parsePositiveInteger, type CliIo } from "./io.js";
import { checkInputs } from "./inputs.js";

interface BuildCliOptions {
  output: string;
  config?: string;
  consent?: Consent;
  seed?: number;
  workers?: number;
  secret?: string;
  trainOnly?: boolean;
  dropExcluded?: boolean;
  json?: boolean;
  executor?: ExecutorName;
  tasks?: number;
  work?: string;
  parallel?: number;
  keepWork?: boolean;
  partition?: string;
  time?: string;
  mem?: string;
  cpusPerTask?: number;
}

const EXECUTORS = ["local", "slurm", "print"] as const;
type ExecutorName = (typeof EXECUTORS)[number];

/** This CLI's script, which every task of a build run as tasks runs. */
const CLI_ENTRY = fileURLToPath(new URL("./bin.js", import.meta.url));

function executorArgument(value: string): ExecutorName {
  if (!(EXECUTORS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${EXECUTORS.join(", ")}`);
  return value as ExecutorName;
}

function consentArgument(value: string): Consent {
  const consent = parseConsent(value);
  if (!consent) throw new InvalidArgumentError('expected "public" or "private"');
  return consent;
}

/** Why a build published nothing, in the words a curator needs to fix it. */
export function nothingPublishedBecause(summary: Pick<BuildSummary, "records" | "counts">): string {
  if (summary.records.imported === 0) return "0 public records: no input held a conversation pippa could read";
  if (!summary.counts.consent?.public) return "0 public records: every input is private (no --consent public, and no public/ folder directly under an input)";
  return "0 public records: every public record was removed by a stage (see the counts above, and the private rejects)";
}

export function buildCommand(io: CliIo, outcome: CommandOutcome): Command {
  return new Command("build")
    .description(
      "Compile contributions (files or folders in any format pippa imports) into a release: clean, redact, deduplicate, filter, then pippa.jsonl, pippa_deduped.jsonl/.parquet, a dataset card and build.json, with rejects, the PII audit and dedup clusters in OUTPUT.private/ beside it.",
    )
    .argument("<sources...>", "files or folders; a public/ or private/ folder directly under a source folder carries consent")
    .requiredOption("-o, --output <dir>", "the release folder (replaced atomically when the build succeeds)")
    .option("--config <file>", "JSON settings merged over the defaults (stages can be set to false)")
    .option("--consent <consent>", `consent of everything not under a public/ or private/ folder directly below a source folder (default: "${DEFAULT_CONSENT}"); folders above a source never count`, consentArgument)
    .option("--seed <n>", `seed for dedup hashing (default ${DEFAULT_BUILD_SEED})`, parseInteger)
    .option("--workers <n>", "worker threads (default: the CPU count)", parsePositiveInteger)
    .option("--secret <secret>", "key for the surrogate redaction operator (default: $PIPPA_REDACT_SECRET)")
    .option("--train-only", "also keep private-consent records, deduplicated, in OUTPUT.private/train_only/")
    .option("--drop-excluded", "drop conversations the content policy withholds (sexual with minor, and content.exclude) instead of keeping them in the private folder")
    .option("--json", "print the summary as one JSON object")
    .option("--executor <name>", "run the build as tasks over shards: local (processes on this machine), slurm (array jobs through sbatch), print (write the task commands for another scheduler)", executorArgument)
    .option("--tasks <n>", "shards, and so tasks per per-shard stage (default 1; implies --executor local)", parsePositiveInteger)
    .option("--work <dir>", "the tasks' work folder, on a filesystem every task reaches; running the same command again resumes from it (default: OUTPUT.work)")
    .option("--parallel <n>", "local executor: tasks run at once, sharing the worker threads (default 1)", parsePositiveInteger)
    .option("--keep-work", "keep the work folder once the release is in place (it holds records of every consent)")
    .option("--partition <name>", "slurm: the partition to submit to (default: the config's slurm.partition, else the cluster's)")
    .option("--time <limit>", "slurm: each task's time limit, as sbatch takes it (e.g. 2:00:00)")
    .option("--mem <size>", "slurm: each task's memory, as sbatch takes it (e.g. 8G)")
    .option("--cpus-per-task <n>", "slurm: CPUs (and worker threads) per task (default: --workers)", parsePositiveInteger)
    .addHelpText("after", "\nExample:\n  pippa build submissions/ -o release/ --config pippa.config.json")
    .action(async (sources: string[], options: BuildCliOptions, command: Command) => {
      await checkInputs([...sources, options.config], io, outcome, { folders: true });
      const { buildRelease } = await import("../runner/release/build.js");
      let config: BuildConfig = options.config ? await readBuildConfig(options.config) : defaultBuildConfig();
      config = {
        ...config,
        ...(options.consent ? { consent: options.consent } : {}),
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.workers ? { workers: options.workers } : {}),
        ...(options.trainOnly ? { trainOnly: true } : {}),
        ...(options.dropExcluded ? { content: { ...config.content, dropExcluded: true } } : {}),
      };
      const secret = options.secret ?? io.env.PIPPA_REDACT_SECRET ?? null;
      if (config.redact && config.redact.operator === "surrogate" && !secret) {
        command.error("error: the surrogate operator needs a secret: --secret or $PIPPA_REDACT_SECRET", { exitCode: 2, code: "pippa.usage" });
      }
      const bars = new Map<string, Progress>();
      const started = Date.now();
      const executorName = options.executor ?? (options.tasks ? "local" : null);
      if (executorName) {
        const { buildAsTasks } = await import("../runner/tasks/build-as-tasks.js");
        const slurm = { ...config.slurm, ...(options.partition ? { partition: options.partition } : {}), ...(options.time ? { time: options.time } : {}), ...(options.mem ? { mem: options.mem } : {}), ...(options.cpusPerTask ? { cpusPerTask: options.cpusPerTask } : {}) };
        const executor =
          executorName === "slurm"
            ? (await import("../runner/tasks/slurm-executor.js")).slurmExecutor(slurm, CLI_ENTRY)
            : executorName === "print"
              ? (await import("../runner/tasks/print-executor.js")).printExecutor((text) => io.stdout.write(text))
              : (await import("../runner/tasks/local-executor.js")).localExecutor(options.parallel ?? 1, CLI_ENTRY);
        const summary = await buildAsTasks({ sources, output: options.output, config: { ...config, slurm }, secret, tasks: options.tasks ?? 1, work: options.work, executor, keepWork: options.keepWork, report: (line) => io.stderr.write(`${line}\n`) });
        if (summary) reportBuild(io, outcome, config, summary, started, options.json);
        return;
      }
      const summary = await buildRelease({
        sources,
        output: options.output,
        config,
        secret,
        onProgress: (stage, state, done) => {
          if (done && io.env.PIPPA_TIMINGS) io.stderr.write(`${stage} done at ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
          let bar = bars.get(stage);
          if (!bar) {
            for (const other of bars.values()) other.done();
            bars.set(stage, (bar = createProgress(stage, io.stderr, canDrawProgress(io.stderr, io.env))));
          }
          bar.update(state);
        },
      });
      for (const bar of bars.values()) bar.done();
      reportBuild(io, outcome, config, summary, started, options.json);
    });
}

/** What a build reports when it is done: refused lines, withheld conversations, the counts. */
function reportBuild(io: CliIo, outcome: CommandOutcome, config: BuildConfig, summary: BuildSummary, started: number, json: boolean | undefined): void {
  // Lines no reader could take (filtered records are curation, not refused input).
  const refused = summary.counts.import?.rejected ?? 0;
  outcome.refused(refused);
  if (refused > 0) io.stderr.write(`warning: ${formatCount(refused)} input line(s) refused, listed in ${summary.privateOutput}/rejects.jsonl\n`);
  if (summary.records.withheld > 0) {
    const kept = config.content.dropExcluded ? "dropped" : `kept apart in ${summary.privateOutput}/content-withheld.jsonl`;
    io.stderr.write(`note: ${formatCount(summary.records.withheld)} conversation(s) withheld by the content policy (${Object.entries(summary.counts.content ?? {}).filter(([outcome]) => outcome.startsWith("withheld-")).map(([outcome, n]) => `${outcome.slice("withheld-".length)} ${formatCount(n)}`).join(", ")}), ${kept}\n`);
  }
  if (summary.records.public === 0) io.stderr.write(`warning: ${nothingPublishedBecause(summary)}\n`);
  if (json) {
    io.stdout.write(`${JSON.stringify(summary)}\n`);
  } else {
    const { records } = summary;
    io.stdout.write(
      `built ${summary.output} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${formatCount(records.imported)} records imported, ` +
        `${formatCount(records.public)} public in pippa.jsonl, ${formatCount(records.deduped)} in pippa_deduped` +
        `${records.trainOnly ? `, ${formatCount(records.trainOnly)} train-only` : ""}${records.withheld ? `, ${formatCount(records.withheld)} withheld by content` : ""}\n`,
    );
    for (const [stage, outcomes] of Object.entries(summary.counts)) {
      io.stdout.write(`  ${stage}: ${Object.entries(outcomes).map(([outcome, n]) => `${outcome} ${formatCount(n)}`).join(", ")}\n`);
    }
  }
}
