/**
 * The release's `pippa_metharme.jsonl`, as PIPPA publishes beside `pippa_deduped`: the
 * deduplicated public records through `pippa prepare --format metharme` with its defaults (PIPPA's
 * system prompt, one example per conversation ending in its last reply, no token budget), one
 * `{"prompt", "generation"}` line per example.
 */
import { rename, rm, writeFile } from "node:fs/promises";
import { DEFAULT_SYSTEM_PROMPT } from "../../prepare/examples.js";
import { runPrepare } from "../prepare/prepare.js";

export interface MetharmeFile {
  examples: number;
  /** Conversations that gave no example, by reason. */
  notWritten: Record<string, number>;
}

/** Writes `target` from the JSONL `source` of `records` lines; `workPrefix` is a private scratch prefix. */
export async function writeMetharmeFile(source: string, records: number, target: string, workPrefix: string, seed: number, workers: number): Promise<MetharmeFile> {
  if (records === 0) {
    // An empty release has an empty Metharme file (the importer refuses an empty input).
    await writeFile(target, "");
    return { examples: 0, notWritten: {} };
  }
  const summary = await runPrepare({
    inputs: [source],
    outputPrefix: workPrefix,
    options: {
      format: "metharme",
      dialogue: { mergeConsecutive: true, mergeJoiner: "\n\n", keepGreeting: true },
      examples: { systemPrompt: DEFAULT_SYSTEM_PROMPT, persona: "description", perTurn: false, greeting: "model" },
      window: null,
      seed,
      valFraction: 0,
      names: false,
      // Classified already, before redaction, by the build's content stage.
      contentChecked: true,
    },
    // No budget, so no counts to read: tokenizing would be most of the work.
    tokenizer: { kind: "none" },
    chatTemplate: null,
    workers,
  });
  // Every line of the source was written by the build: a refused one is a fault, not a reject.
  if (summary.rejected_records > 0) throw new Error(`${summary.rejected_records} deduplicated record(s) could not be prepared (see ${summary.rejects_file})`);
  await rename(summary.splits.train!.file, target);
  await rm(`${workPrefix}.summary.json`, { force: true });
  return { examples: summary.splits.train!.examples, notWritten: summary.dropped_examples };
}
