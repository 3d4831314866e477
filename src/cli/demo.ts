/**
 * `pippa demo`: what `npm start` runs: writes a small synthetic corpus and prints its statistics,
 * so a fresh clone shows what pippa does in seconds.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { Command } from "commander";
import { scanPippaFiles } from "../runner/scan-files.js";
import { formatBytes, formatCount } from "./format.js";
import { type CommandOutcome, parseInteger, parsePositiveNumber, type CliIo } from "./io.js";
import { renderStats } from "./stats.js";
import { SYNTH_DEFAULTS } from "../synth/corpus.js";
import { writeSynthCorpus } from "./synth.js";

export function demoCommand(io: CliIo, outcome: CommandOutcome): Command {
  return new Command("demo")
    .description("Generate a small synthetic PIPPA corpus and print its statistics.")
    .option("-o, --output <file>", "where to write the corpus", "data/demo.jsonl")
    .option("--scale <s>", "size relative to PIPPA", parsePositiveNumber, 0.02)
    .option("--seed <n>", "random seed", parseInteger, SYNTH_DEFAULTS.seed)
    .addHelpText("after", "\nExample:\n  pippa demo --scale 0.05")
    .action(async (options: { output: string; scale: number; seed: number }) => {
      await mkdir(dirname(options.output), { recursive: true });
      const written = await writeSynthCorpus(options, io);
      io.stdout.write(`pippa demo: wrote ${formatCount(written.records)} synthetic conversations (${formatBytes(written.bytes)}) to ${options.output}\n\n`);
      const report = await scanPippaFiles([options.output]);
      io.stdout.write(renderStats(report.stats.summarise()));
      io.stdout.write(`\nNext: pippa validate ${options.output}   pippa stats ${options.output} --json   pippa --help\n`);
    });
}
