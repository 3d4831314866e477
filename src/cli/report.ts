/** `pippa report FILE... -o report.html [--png DIR]`: the paper's analysis as one self-contained page. */
import { Command, Option } from "commander";
import { LENGTH_UNITS, type LengthUnit } from "../stats/length-unit.js";
import { formatCount } from "./format.js";
import { type CommandOutcome, parseInteger, parseNonNegativeInteger, parsePositiveInteger, parseShare, type CliIo } from "./io.js";
import { refuseOverwritingInputs } from "../runner/output-paths.js";
import { REPORT_DEFAULTS } from "../runner/report/report-defaults.js";
import { checkInputs } from "./inputs.js";
import { addScanOptions, type ScanCliOptions } from "./scan.js";

interface ReportCliOptions extends ScanCliOptions {
  output: string;
  png?: string;
  unit: LengthUnit;
  bootstrap: number;
  seed: number;
  title?: string;
  personas: number;
  maxTurns: number;
  minTailShare: number;
  rejects?: string;
}

export function reportCommand(io: CliIo, outcome: CommandOutcome): Command {
  const command = new Command("report")
    .description(
      "Write the analysis of §3 of the PIPPA paper as one self-contained HTML page: headline figures beside the paper's, conversation length, message length with power-law fits (Clauset et al. 2009: x_min by KS, bootstrap goodness of fit, lognormal comparison), categories as a Pareto chart, the top personas.",
    )
    .argument("<files...>", "PIPPA JSONL files, or - for standard input")
    .requiredOption("-o, --output <file>", "the HTML file to write")
    .option("--png <dir>", "also write every figure as SVG and PNG into this folder")
    .addOption(new Option("--unit <unit>", "message length unit").choices(LENGTH_UNITS).default("words"))
    .option("--bootstrap <n>", "bootstrap replicates of each power-law goodness-of-fit test (0 skips it)", parseNonNegativeInteger, REPORT_DEFAULTS.bootstrap)
    .option("--seed <n>", "random seed of the bootstrap", parseInteger, REPORT_DEFAULTS.seed)
    .option("--min-tail-share <share>", "smallest share of messages a power-law tail may hold (0: Clauset et al.'s unrestricted search)", parseShare, REPORT_DEFAULTS.minTailShare)
    .option("--title <text>", "the page title")
    .option("--personas <n>", "rows of the persona table", parsePositiveInteger, REPORT_DEFAULTS.personas)
    .option("--max-turns <n>", "conversation length drawn up to this many turns", parsePositiveInteger, REPORT_DEFAULTS.maxTurns)
    .option("--rejects <file>", "write refused lines to this file (default: only count them)")
    .option("--content", "also classify every conversation and show its content tags (sexual, violence, self-harm, minor, hate); slower")
    .addHelpText("after", "\nExamples:\n  pippa report pippa_deduped.jsonl -o report.html\n  pippa report pippa_deduped.jsonl -o report.html --content\n  pippa report release/pippa_deduped.jsonl -o report.html --png figures/ --bootstrap 1000");
  addScanOptions(command).action(async (files: string[], options: ReportCliOptions) => {
    await checkInputs(files, io, outcome);
    await refuseOverwritingInputs(files, [options.output, options.rejects, options.png]);
    const { writeReport } = await import("../runner/report/report.js");
    const { canDrawProgress, createProgress } = await import("../runner/progress.js");
    const progress = createProgress("scanning", io.stderr, canDrawProgress(io.stderr, io.env));
    let result;
    try {
      result = await writeReport({
        sources: files,
        output: options.output,
        figuresDir: options.png ?? null,
        unit: options.unit,
        bootstrap: options.bootstrap,
        seed: options.seed,
        minTailShare: options.minTailShare,
        title: options.title,
        maxTurns: options.maxTurns,
        personas: options.personas,
        content: options.content ?? false,
        workers: options.workers,
        maxLineBytes: options.maxLineBytes,
        rejectsFor: options.rejects ? () => options.rejects! : () => null,
        onProgress: (done) => progress.update(done),
      });
    } finally {
      progress.done();
    }
    const rejected = result.scan.files.reduce((total, file) => total + file.rejected, 0);
    io.stdout.write(`wrote ${result.output} (${formatCount(result.scan.stats.conversations)} conversations)\n`);
    for (const speaker of ["human", "bot"] as const) io.stdout.write(`  ${speaker} messages: ${result.lengths[speaker]?.verdict ?? "too few to fit a power law"}\n`);
    if (result.figureFiles.length > 0) io.stdout.write(`figures: ${result.figureFiles.join(", ")}\n`);
    outcome.refused(rejected);
    if (rejected > 0) io.stderr.write(`warning: ${formatCount(rejected)} line(s) rejected${options.rejects ? ` (written to ${options.rejects})` : "; use --rejects FILE to keep them"}\n`);
  });
  return command;
}
