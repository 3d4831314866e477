/**
 * `pippa prepare`: every input (any format pippa imports) through the preparation on worker
 * threads, written in input order to one JSONL per split, with the refused records in a rejects
 * file and a summary of what was made. Files appear atomically; the same input and seed give the
 * same bytes.
 */
import { basename, resolve } from "node:path";
import { ERROR_CODES } from "../../model/errors.js";
import type { ChatTemplateSource } from "../../formats/training/chat-template.js";
import { CONSUMER_CONFIG_SUFFIXES, consumerConfigFor } from "../../prepare/consumer-configs.js";
import type { PrepareOptions, Split } from "../../prepare/prepare-record.js";
import { batchTransferList, importBatches } from "../import-batches.js";
import { REJECTS_SUFFIX, rejectEntryOf } from "../rejects.js";
import { mapInWorkers } from "../worker-map.js";
import { AtomicFile, writeFileAtomically } from "../write-file.js";
import type { PrepareResult, PrepareTask, PrepareWorkerInit, TokenizerSpec } from "./prepare-worker.js";

/**
 * What `pippa prepare` writes: the prefix with each of these (the validation split only with --val,
 * a trainer's config only for a format that has one).
 */
export const PREPARE_OUTPUT_SUFFIXES: readonly string[] = [".train.jsonl", ".val.jsonl", ".summary.json", REJECTS_SUFFIX, ...CONSUMER_CONFIG_SUFFIXES];

export interface PrepareRunOptions {
  inputs: readonly string[];
  /** Output files are the prefix with each of `PREPARE_OUTPUT_SUFFIXES`. */
  outputPrefix: string;
  options: PrepareOptions;
  tokenizer: TokenizerSpec;
  chatTemplate: ChatTemplateSource | null;
  /** A character card for chats that carry none (SillyTavern, Oobabooga). */
  card?: string;
  workers: number;
  onProgress?: (records: number) => void;
  /** Told the size of each chunk of input read (for a progress line's share and MB/s). */
  onRead?: (bytes: number) => void;
}

export interface SplitSummary {
  file: string;
  examples: number;
  tokens: { total: number; mean: number; max: number };
}

export interface PrepareSummary {
  format: string;
  tokenizer: string;
  max_tokens: number | null;
  records: number;
  records_with_examples: number;
  rejected_records: number;
  splits: Partial<Record<Split, SplitSummary>>;
  /** Replies cut to fit the budget. */
  truncated: number;
  /** Context turns left out by the sliding window. */
  dropped_turns: number;
  /** Turns joined into the turn before them (same speaker twice). */
  merged_turns: number;
  /** Hidden, narrator and empty turns left out. */
  skipped_turns: number;
  /** Examples not written, by reason. */
  dropped_examples: Record<string, number>;
  /** Conversations left out by their content, by reason ("sexual+minor", "excluded-violence"). */
  excluded_records: Record<string, number>;
  rejects_file: string | null;
  /** The trainer's config written beside the data (axolotl's YAML, LLaMA-Factory's dataset_info), or null. */
  consumer_config: { consumer: string; file: string } | null;
}

export async function runPrepare(run: PrepareRunOptions): Promise<PrepareSummary> {
  const splits: Split[] = run.options.valFraction > 0 ? ["train", "val"] : ["train"];
  const files = new Map(splits.map((split) => [split, new AtomicFile(`${run.outputPrefix}.${split}.jsonl`)] as const));
  const tallies = new Map(splits.map((split): [Split, { examples: number; total: number; max: number }] => [split, { examples: 0, total: 0, max: 0 }]));
  const rejects = new AtomicFile(`${run.outputPrefix}${PREPARE_OUTPUT_SUFFIXES[3]}`);
  const summary: PrepareSummary = {
    format: run.options.format,
    tokenizer: run.tokenizer.kind === "tokenizer.json" ? run.tokenizer.name : run.tokenizer.kind,
    max_tokens: run.options.window?.maxTokens ?? null,
    records: 0,
    records_with_examples: 0,
    rejected_records: 0,
    splits: {},
    truncated: 0,
    dropped_turns: 0,
    merged_turns: 0,
    skipped_turns: 0,
    dropped_examples: {},
    excluded_records: {},
    rejects_file: null,
    consumer_config: null,
  };
  const reject = async (entry: object) => {
    summary.rejected_records++;
    await rejects.write(`${JSON.stringify(entry)}\n`);
  };

  let nextIndex = 0;
  async function* tasks(): AsyncGenerator<PrepareTask> {
    const batches = importBatches(run.inputs, { card: run.card, onRead: run.onRead, onReject: (event) => reject({ stage: "import", ...rejectEntryOf(event.reject.error, event.reject.raw) }) });
    for await (const batch of batches) {
      yield { batch, firstIndex: nextIndex };
      nextIndex += batch.items.length;
    }
  }
  const init: PrepareWorkerInit = { options: run.options, tokenizer: run.tokenizer, chatTemplate: run.chatTemplate };
  const workerUrl = new URL("./prepare-worker.js", import.meta.url);
  try {
    for await (const results of mapInWorkers<PrepareTask, PrepareResult[], PrepareWorkerInit>(workerUrl, tasks(), { workers: run.workers, init, transferOf: (task) => batchTransferList(task.batch) })) {
      for (const result of results) {
        if (result.kind === "reject") {
          await reject({ stage: "read", ...result.reject });
          continue;
        }
        if (result.kind === "error") {
          await reject({ stage: "prepare", source: result.source, line: result.line, code: ERROR_CODES.prepare, error: result.message });
          continue;
        }
        summary.records++;
        if (result.excluded !== null) summary.excluded_records[result.excluded] = (summary.excluded_records[result.excluded] ?? 0) + 1;
        if (result.lines.length > 0) summary.records_with_examples++;
        summary.truncated += result.truncated;
        summary.dropped_turns += result.droppedTurns;
        summary.merged_turns += result.merged;
        summary.skipped_turns += result.skippedTurns;
        for (const reason of result.dropped) summary.dropped_examples[reason] = (summary.dropped_examples[reason] ?? 0) + 1;
        const file = files.get(result.split)!;
        const tally = tallies.get(result.split)!;
        for (let i = 0; i < result.lines.length; i++) {
          await file.write(`${result.lines[i]}\n`);
          tally.examples++;
          tally.total += result.tokens[i];
          tally.max = Math.max(tally.max, result.tokens[i]);
        }
      }
      run.onProgress?.(summary.records + summary.rejected_records);
    }
    for (const [split, file] of files) {
      await file.commit();
      const tally = tallies.get(split)!;
      summary.splits[split] = { file: file.path, examples: tally.examples, tokens: { total: tally.total, mean: tally.examples ? tally.total / tally.examples : 0, max: tally.max } };
    }
    const consumer = consumerConfigFor(run.options.format);
    if (consumer) {
      // Absolute paths: a trainer resolves a relative one against where it runs, which is not known here.
      const { train, val } = summary.splits;
      const written = { train: resolve(train!.file), ...(val && val.examples > 0 ? { val: resolve(val.file) } : {}) };
      const text = consumer.render({ name: basename(run.outputPrefix), files: written, chatTemplate: run.chatTemplate?.template ?? null });
      const file = `${run.outputPrefix}${consumer.suffix}`;
      await writeFileAtomically(file, () => [text]);
      summary.consumer_config = { consumer: consumer.consumer, file };
    }
    if (rejects.started) {
      await rejects.commit();
      summary.rejects_file = rejects.path;
    }
    const summaryFile = new AtomicFile(`${run.outputPrefix}${PREPARE_OUTPUT_SUFFIXES[2]}`);
    await summaryFile.write(`${JSON.stringify(summary, null, 2)}\n`);
    await summaryFile.commit();
    return summary;
  } catch (error) {
    for (const file of [...files.values(), rejects]) await file.abort();
    throw error;
  }
}
