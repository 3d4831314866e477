/** `pippa build SOURCE... -o RELEASE_DIR`: contributions in, a clean, deduplicated, documented release out. */
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
      "Compile contributions (files or folders in any format pippa imports) into a release: clean, redact, deduplicate, filter, then pippa.jsonl, pippa_deduped.jsonl/.parquet, a dataset card and build.json, with rejects, the PII audit and dedup clusters under _private/.",
    )
    .argument("<sources...>", "files or folders; a public/ or private/ folder directly under a source folder carries consent")
    .requiredOption("-o, --output <dir>", "the release folder (replaced atomically when the build succeeds)")
    .option("--config <file>", "JSON settings merged over the defaults (stages can be set to false)")
    .option("--consent <consent>", `consent of everything not under a public/ or private/ folder directly below a source folder (default: "${DEFAULT_CONSENT}"); folders above a source never count`, consentArgument)
    .option("--seed <n>", `seed for dedup hashing (default ${DEFAULT_BUILD_SEED})`, parseInteger)
    .option("--workers <n>", "worker threads (default: the CPU count)", parsePositiveInteger)
    .option("--secret <secret>", "key for the surrogate redaction operator (default: $PIPPA_REDACT_SECRET)")
    .option("--train-only", "also keep private-consent records, deduplicated, in _private/train_only/")
    .option("--drop-excluded", "drop conversations the content policy withholds (sexual with minor, and content.exclude) instead of keeping them in the private folder")
    .option("--json", "print the summary as one JSON object")
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
      // Lines no reader could take (filtered records are curation, not refused input).
      const refused = summary.counts.import?.rejected ?? 0;
      outcome.refused(refused);
      if (refused > 0) io.stderr.write(`warning: ${formatCount(refused)} input line(s) refused, listed in ${summary.privateOutput}/rejects.jsonl\n`);
      if (summary.records.withheld > 0) {
        const kept = config.content.dropExcluded ? "dropped" : `kept apart in ${summary.privateOutput}/content-withheld.jsonl`;
        io.stderr.write(`note: ${formatCount(summary.records.withheld)} conversation(s) withheld by the content policy (${Object.entries(summary.counts.content ?? {}).filter(([outcome]) => outcome.startsWith("withheld-")).map(([outcome, n]) => `${outcome.slice("withheld-".length)} ${formatCount(n)}`).join(", ")}), ${kept}\n`);
      }
      if (summary.records.public === 0) io.stderr.write(`warning: ${nothingPublishedBecause(summary)}\n`);
      if (options.json) {
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
    });
}
