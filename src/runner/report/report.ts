/**
 * `pippa report`: scan the corpus (per-persona figures included), fit the power laws, run their
 * bootstraps on a worker thread while the figures are drawn, and write one self-contained
 * HTML page (and, if asked, every figure as SVG and PNG).
 */
import { mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { PIPPA_VERSION } from "../../model/version.js";
import { categoriesChart, lengthChart, turnsChart } from "../../stats/charts/specs.js";
import { renderSvg } from "../../stats/charts/render.js";
import { lengthCounts, type LengthAnalysis, type Speaker } from "../../stats/length-analysis.js";
import type { LengthUnit } from "../../stats/length-unit.js";
import { compareWithLognormal, fitPowerLaw, powerLawAnalysis, type BootstrapResult, type FitOptions, type PowerLawAnalysis } from "../../stats/powerlaw/index.js";
import { renderReportHtml, type ReportModel } from "../../stats/report/html.js";
import { scanPippaFiles, type ScanOptions, type ScanReport } from "../scan-files.js";
import { writeFileAtomically } from "../write-file.js";
import { bootstrapInWorker } from "./bootstrap-worker.js";
import { REPORT_DEFAULTS } from "./report-defaults.js";
import { svgToPng } from "./png.js";

export interface ReportOptions {
  sources: readonly string[];
  /** The HTML file to write. */
  output: string;
  /** Also write every figure as SVG and PNG into this folder. */
  figuresDir?: string | null;
  unit: LengthUnit;
  /** Bootstrap replicates per power-law fit (the command's default: REPORT_DEFAULTS.bootstrap). */
  bootstrap: number;
  seed: number;
  /** Smallest share of messages a power-law tail may hold [REPORT_DEFAULTS.minTailShare]. */
  minTailShare?: number;
  title?: string;
  /** Conversation length drawn up to this many turns [REPORT_DEFAULTS.maxTurns]. */
  maxTurns?: number;
  /** Rows of the persona table [REPORT_DEFAULTS.personas]. */
  personas?: number;
  /** Also count content tags (every conversation classified; slower) [false]. */
  content?: boolean;
  workers?: number;
  /** Longer lines are refused [64 MiB]. */
  maxLineBytes?: number;
  rejectsFor?: ScanOptions["rejectsFor"];
  onProgress?: ScanOptions["onProgress"];
}

export interface ReportResult {
  output: string;
  scan: ScanReport;
  lengths: LengthAnalysis;
  figureFiles: string[];
}

const FIGURES = ["figure-2-conversation-length", "figure-3-message-length", "figure-4-categories"] as const;

export async function writeReport(options: ReportOptions): Promise<ReportResult> {
  const scan = await scanPippaFiles(options.sources, { personas: true, content: options.content ?? false, workers: options.workers, maxLineBytes: options.maxLineBytes, rejectsFor: options.rejectsFor, onProgress: options.onProgress });
  if (scan.stats.conversations === 0) {
    throw new PippaError(ERROR_CODES.empty, "no valid PIPPA record to report on", { source: options.sources.join(", ") });
  }
  const minTailShare = options.minTailShare ?? REPORT_DEFAULTS.minTailShare;
  const fitOptions: FitOptions = { kind: "discrete", minTailShare };
  const speakers = ["human", "bot"] as const;
  const data = { human: lengthCounts(scan.stats, "human", options.unit), bot: lengthCounts(scan.stats, "bot", options.unit) };
  const fits = { human: fitPowerLaw(data.human, fitOptions), bot: fitPowerLaw(data.bot, fitOptions) };
  // The goodness-of-fit bootstraps run on another thread while this one compares and draws.
  const jobs = options.bootstrap > 0 ? speakers.flatMap((speaker) => (fits[speaker] ? [{ data: data[speaker], fit: fits[speaker]!, options: fitOptions, iterations: options.bootstrap, seed: options.seed, speaker }] : [])) : [];
  const bootstraps = bootstrapInWorker(jobs).then((results) => new Map(jobs.map((job, i) => [job.speaker, results[i]])));
  bootstraps.catch(() => {}); // awaited below; not an unhandled rejection meanwhile

  const summary = scan.stats.summarise();
  const maxTurns = options.maxTurns ?? REPORT_DEFAULTS.maxTurns;
  const turns = turnsChart(scan.stats.turns.toState(), maxTurns);
  const lengthSpec = lengthChart(
    speakers.map((speaker) => ({ name: speaker, data: data[speaker], fit: fits[speaker] })),
    options.unit,
  );
  const shownCategories = Math.min(30, summary.categories.length);
  const categorySpec = categoriesChart(summary.categories, summary.conversations, shownCategories, summary.uncategorised);
  const [turnsSvg, lengthSvg, categorySvg] = await Promise.all([renderSvg(turns.spec), renderSvg(lengthSpec), renderSvg(categorySpec)]);
  const comparisons = { human: fits.human && compareWithLognormal(data.human, fits.human), bot: fits.bot && compareWithLognormal(data.bot, fits.bot) };
  const bootstrapOf = await bootstraps;
  const analysis = (speaker: Speaker, bootstrap: BootstrapResult | null): PowerLawAnalysis | null => {
    const fit = fits[speaker];
    const lognormal = comparisons[speaker];
    return fit && lognormal ? powerLawAnalysis(fit, lognormal, bootstrap) : null;
  };
  const lengths: LengthAnalysis = { unit: options.unit, minTailShare, human: analysis("human", bootstrapOf.get("human") ?? null), bot: analysis("bot", bootstrapOf.get("bot") ?? null) };
  const model: ReportModel = {
    title: options.title ?? "PIPPA corpus report",
    version: PIPPA_VERSION,
    sources: scan.files.map((file) => ({ name: file.source === "-" ? "standard input" : basename(file.source), bytes: file.bytes, records: file.records, rejected: file.rejected })),
    summary,
    lengths,
    personas: scan.stats.personaStats!.top(options.personas ?? REPORT_DEFAULTS.personas),
    figures: { turns: { svg: turnsSvg, maxTurns, beyond: turns.beyond }, lengths: { svg: lengthSvg }, categories: { svg: categorySvg, shown: shownCategories } },
    seed: options.seed,
  };
  await writeFileAtomically(options.output, () => [renderReportHtml(model)]);

  const figureFiles: string[] = [];
  if (options.figuresDir) {
    await mkdir(options.figuresDir, { recursive: true });
    const svgs = [turnsSvg, lengthSvg, categorySvg];
    for (const [i, name] of FIGURES.entries()) {
      const svgPath = join(options.figuresDir, `${name}.svg`);
      const pngPath = join(options.figuresDir, `${name}.png`);
      await writeFileAtomically(svgPath, () => [svgs[i]]);
      const png = await svgToPng(svgs[i]);
      await writeFileAtomically(pngPath, () => [png]);
      figureFiles.push(svgPath, pngPath);
    }
  }
  return { output: options.output, scan, lengths, figureFiles };
}
