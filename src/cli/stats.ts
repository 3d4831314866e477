/** `pippa stats FILE... [--json]`: the PIPPA paper's section 3 figures for a corpus. */
import { CONTENT_TAGS } from "../stages/content/types.js";
import { Command, Option } from "commander";
import type { CorpusSummary } from "../stats/corpus-stats.js";
import type { SeriesSummary } from "../stats/describe.js";
import { LENGTH_UNITS, type LengthUnit } from "../stats/length-unit.js";
import { PAPER_FIGURES } from "../stats/paper-figures.js";
import { formatCount, formatNumber, renderTable } from "./format.js";
import { type CommandOutcome, parseInteger, parseNonNegativeInteger, type CliIo } from "./io.js";
import { refuseOverwritingInputs } from "../runner/output-paths.js";
import { REPORT_DEFAULTS } from "../runner/report/report-defaults.js";
import { checkInputs } from "./inputs.js";
import { addScanOptions, scanWithProgress, type ScanCliOptions } from "./scan.js";

const TOP_CATEGORIES = 15;

export function statsCommand(io: CliIo, outcome: CommandOutcome): Command {
  const command = new Command("stats")
    .description("Print the PIPPA paper's statistics (section 3) for one or more PIPPA JSONL files.")
    .argument("<files...>", "PIPPA JSONL files, or - for standard input")
    .option("--json", "print one JSON object instead of tables")
    .option("--rejects <file>", "write refused lines to this file (default: only count them)")
    .option("--no-rejects", "only count refused lines (the default; as validate takes it)")
    .addOption(new Option("--unit <unit>", "message length unit of the power-law fits").choices(LENGTH_UNITS).default("words"))
    .option("--bootstrap <n>", `bootstrap replicates for the power-law goodness of fit (0: skip; the report uses ${REPORT_DEFAULTS.bootstrap})`, parseNonNegativeInteger, 0)
    .option("--seed <n>", "random seed of the bootstrap", parseInteger, 1)
    .option("--content", "also classify every conversation and count its content tags (sexual, violence, self-harm, minor, hate); slower")
    .addHelpText("after", "\nExamples:\n  pippa stats pippa_deduped.jsonl --json > stats.json\n  pippa stats pippa_deduped.jsonl --content\n  pippa stats pippa_deduped.jsonl --bootstrap 200 --unit chars");
  addScanOptions(command).action(async (files: string[], options: ScanCliOptions & { json?: boolean; rejects?: string | false; unit: LengthUnit; bootstrap: number; seed: number }) => {
    await checkInputs(files, io, outcome);
    await refuseOverwritingInputs(files, [options.rejects]);
    const rejectsFile = options.rejects || null;
    const report = await scanWithProgress(files, options, io, () => rejectsFile);
    const summary = report.stats.summarise();
    const rejected = report.files.reduce((total, file) => total + file.rejected, 0);
    const { analyseLengths, lengthAnalysisJson } = await import("../stats/length-analysis.js");
    const powerLaw = await analyseLengths(report.stats, { unit: options.unit, iterations: options.bootstrap, seed: options.seed });
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ ...summary, powerlaw: lengthAnalysisJson(powerLaw), rejected })}\n`);
    } else {
      io.stdout.write(renderStats(summary));
      io.stdout.write(`\nmessage length (${powerLaw.unit}) as a power law:\n`);
      for (const speaker of ["human", "bot"] as const) io.stdout.write(`  ${speaker}: ${powerLaw[speaker]?.verdict ?? "too few messages to fit"}\n`);
    }
    if (rejected > 0) {
      const first = report.files.flatMap((file) => file.firstErrors)[0];
      const kept = options.rejects ? `written to ${options.rejects}` : "use --rejects FILE to keep them";
      io.stderr.write(`warning: ${formatCount(rejected)} line(s) rejected (${kept}); first: ${first}\n`);
    }
    outcome.refused(rejected);
  });
  return command;
}

function seriesCells(series: SeriesSummary): string[] {
  return [formatNumber(series.median, 1), formatNumber(series.mean), formatNumber(series.p90, 1), formatCount(series.max)];
}

/** The human-readable form: headline figures against the paper's, lengths, categories. */
export function renderStats(summary: CorpusSummary): string {
  const { turns } = summary;
  const headline = renderTable([
    ["", "this corpus", "PIPPA paper"],
    ["conversations", formatCount(summary.conversations), formatCount(PAPER_FIGURES.conversations)],
    ["personas (distinct bot_id)", formatCount(summary.personas), formatCount(PAPER_FIGURES.personas)],
    ["messages", formatCount(summary.messages), formatCount(PAPER_FIGURES.messages)],
    ["turns per conversation: median", formatNumber(turns.median, 1), formatCount(PAPER_FIGURES.turnsMedian)],
    ["  mean", formatNumber(turns.mean), formatNumber(PAPER_FIGURES.turnsMean)],
    ["  std (n-1)", formatNumber(turns.std), formatCount(PAPER_FIGURES.turnsStd)],
    ["  p90 / p99", `${formatNumber(turns.p90, 1)} / ${formatNumber(turns.p99, 1)}`, ""],
    ["  max", formatCount(turns.max), formatCount(PAPER_FIGURES.turnsMax)],
  ]);
  const lengths = renderTable([
    ["message length", "median", "mean", "p90", "max"],
    ["human, characters", ...seriesCells(summary.message_chars.human)],
    ["bot, characters", ...seriesCells(summary.message_chars.bot)],
    ["human, words", ...seriesCells(summary.message_words.human)],
    ["bot, words", ...seriesCells(summary.message_words.bot)],
  ]);
  const shown = summary.categories.slice(0, TOP_CATEGORIES);
  const categoryRows = shown.map(({ name, count }) => [name, formatCount(count), `${formatNumber((100 * count) / Math.max(1, summary.conversations), 1)}%`]);
  if (summary.categories.length > shown.length) categoryRows.push([`(${summary.categories.length - shown.length} more)`, "", ""]);
  categoryRows.push(["(uncategorised)", formatCount(summary.uncategorised), `${formatNumber((100 * summary.uncategorised) / Math.max(1, summary.conversations), 1)}%`]);
  const categories = renderTable([["category", "conversations", "share"], ...categoryRows]);
  const content = summary.content
    ? `\n\n${renderTable([["content tag", "conversations", "share"], ...CONTENT_TAGS.map((tag) => [tag, formatCount(summary.content!.tags[tag] ?? 0), `${formatNumber((100 * (summary.content!.tags[tag] ?? 0)) / Math.max(1, summary.content!.classified), 1)}%`])])}`
    : "";
  return `${headline}\n\n${lengths}\n\n${categories}${content}\n`;
}
