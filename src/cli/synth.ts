/** `pippa synth --scale S --seed N -o FILE`: a PIPPA-shaped synthetic corpus. */
import { Command } from "commander";
import { writePippaLine } from "../formats/pippa/pippa-jsonl.js";
import { canDrawProgress, createProgress } from "../runner/progress.js";
import { writeFileAtomically } from "../runner/write-file.js";
import type { PippaRecord } from "../model/pippa-record.js";
import { SYNTH_DEFAULTS, corpusSize, synthesizeCorpus, synthesizeWithDuplicates } from "../synth/corpus.js";
import { synthesizeWithPii } from "../synth/planted-pii.js";
import { formatBytes, formatCount } from "./format.js";
import { InvalidArgumentError } from "commander";
import { type CommandOutcome, parseInteger, parsePositiveNumber, type CliIo } from "./io.js";

function parseRate(value: string): number {
  const rate = Number(value);
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) throw new InvalidArgumentError(`expected a rate from 0 to 1, got "${value}"`);
  return rate;
}

export interface SynthCliOptions {
  scale: number;
  seed: number;
  output: string;
  /** Copies planted per original record (with their ground truth written beside the corpus). */
  plantDuplicates?: number;
  /** Share of conversations with personal information planted in a human turn (truth beside the corpus). */
  plantPii?: number;
}

export function synthCommand(io: CliIo, outcome: CommandOutcome): Command {
  return new Command("synth")
    .description("Write a synthetic PIPPA-shaped corpus (scale 1 is about 25,940 conversations, ~350 MB).")
    .requiredOption("-o, --output <file>", "where to write the PIPPA JSONL (- for standard output)")
    .option("--scale <s>", "size relative to PIPPA", parsePositiveNumber, SYNTH_DEFAULTS.scale)
    .option("--seed <n>", "random seed; the same seed gives the same bytes", parseInteger, SYNTH_DEFAULTS.seed)
    .option("--plant-duplicates <rate>", "after each conversation, plant a copy (exact, extended or edited) with this probability; the truth goes to <output>.duplicates.jsonl", parseRate)
    .option("--plant-pii <rate>", "plant personal information in a human turn of this share of the conversations, and story names in human turns; the truth goes to <output>.pii.jsonl", parseRate)
    .addHelpText("after", "\nExample:\n  pippa synth --scale 0.1 --seed 7 -o synth.jsonl")
    .action(async (options: SynthCliOptions, command: Command) => {
      if (options.plantDuplicates !== undefined && options.plantPii !== undefined) command.error("error: --plant-duplicates and --plant-pii make different corpora: give one", { exitCode: 2, code: "pippa.usage" });
      const written = await writeSynthCorpus(options, io);
      io.stderr.write(`wrote ${formatCount(written.records)} conversations (${formatBytes(written.bytes)}) to ${options.output}\n`);
    });
}

/** Generates and writes the corpus (atomically for files), with a progress line on a TTY. */
export async function writeSynthCorpus(options: SynthCliOptions, io: CliIo): Promise<{ records: number; bytes: number }> {
  const total = corpusSize(options.scale).conversations;
  const progress = createProgress("synthesising", io.stderr, canDrawProgress(io.stderr, io.env));
  let records = 0;
  let bytes = 0;
  const truth: string[] = [];
  // Each record with the truth lines it plants (a duplicate's original, or personal information).
  const planted: Iterable<{ record: PippaRecord; truth: object[] }> = options.plantDuplicates
    ? (function* () {
        let line = 0;
        for (const { record, duplicateOf } of synthesizeWithDuplicates({ ...options, rate: options.plantDuplicates! })) {
          line++;
          yield { record, truth: duplicateOf ? [{ line, of_line: duplicateOf.index + 1, kind: duplicateOf.kind }] : [] };
        }
      })()
    : options.plantPii
      ? (function* () {
          for (const { record, planted: values } of synthesizeWithPii({ ...options, rate: options.plantPii! })) {
            yield { record, truth: values.map(({ record: index, ...value }) => ({ line: index + 1, ...value })) };
          }
        })()
      : (function* () {
          for (const record of synthesizeCorpus(options)) yield { record, truth: [] };
        })();
  function* lines() {
    for (const { record, truth: entries } of planted) {
      records++;
      progress.update({ records, totalRecords: total });
      for (const entry of entries) truth.push(`${JSON.stringify(entry)}\n`);
      yield `${writePippaLine(record)}\n`;
    }
  }
  try {
    if (options.output === "-") {
      for (const line of lines()) {
        bytes += Buffer.byteLength(line);
        io.stdout.write(line);
      }
    } else {
      bytes = await writeFileAtomically(options.output, lines);
    }
  } finally {
    progress.done();
  }
  const truthFile = options.plantDuplicates ? "duplicates" : options.plantPii ? "pii" : null;
  if (truthFile && options.output !== "-") await writeFileAtomically(`${options.output}.${truthFile}.jsonl`, () => truth);
  return { records, bytes };
}
