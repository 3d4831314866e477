/**
 * LLaMA-Factory's `dataset_info.json` entries for what `formatShareGPT` writes: `formatting:
 * "sharegpt"`, the messages in `conversations`, each `{"from", "value"}` with `human` / `gpt`, and
 * the system prompt as the first message (`system_tag`), not a column of its own.
 *
 * Checked against LLaMA-Factory v0.9.5 (data/README.md, src/llamafactory/data/parser.py and
 * converter.py). The tags are all spelled out: a `tags` object that names some leaves the others
 * unset, not at their defaults, and without `system_tag` the system message would be refused.
 */
import type { ConsumerConfigInput } from "./consumer-config.js";

const SHAREGPT_ENTRY = {
  formatting: "sharegpt",
  columns: { messages: "conversations" },
  tags: { role_tag: "from", content_tag: "value", user_tag: "human", assistant_tag: "gpt", system_tag: "system" },
} as const;

/**
 * The `.dataset_info.json` text: one entry per written split, named `NAME.train` and `NAME.val`,
 * with `file_name` absolute (LLaMA-Factory joins it to `dataset_dir`, and an absolute name stays
 * itself), so the entries work in any `dataset_dir`'s `dataset_info.json`.
 *
 * @example
 * renderLlamaFactoryDatasetInfo({ name: "pippa", files: { train: "/data/pippa.train.jsonl" }, chatTemplate: null });
 * // {"pippa.train": {"file_name": "/data/pippa.train.jsonl", "formatting": "sharegpt", ...}}
 */
export function renderLlamaFactoryDatasetInfo(input: ConsumerConfigInput): string {
  const entries: Record<string, object> = { [`${input.name}.train`]: { file_name: input.files.train, ...SHAREGPT_ENTRY } };
  if (input.files.val !== undefined) entries[`${input.name}.val`] = { file_name: input.files.val, ...SHAREGPT_ENTRY };
  return `${JSON.stringify(entries, null, 2)}\n`;
}
