/**
 * The Hugging Face `datasets` feature description of a PIPPA Parquet file, stored in the file's
 * key-value metadata under `huggingface` (where `datasets` looks for declared features).
 *
 * Chosen against PIPPA's own loading script, which declares `timestamp[ms]`, turns null
 * `categories`/`bot_definitions`/`bot_description` into `[]`/`""`, and declares `conversation`
 * as `Sequence({message, is_human})`, which `datasets` stores as a dict of lists. Here:
 * - the timestamp is `timestamp[ms, tz=UTC]`: the values are Unix epoch milliseconds, so they are
 *   UTC instants, and readers (pandas, DuckDB, pyarrow) show them as such;
 * - nulls stay null: "no definitions" and "empty definitions" are different facts, and the
 *   JSONL files keep them apart too;
 * - `conversation` is a list of {message, is_human} structs, row for row as in the JSONL, so one
 *   message is one element (`record["conversation"][0]["message"]`) in every reader.
 * Lists are written as `[feature]`, the form every `datasets` release reads (the newer
 * `{"_type": "List"}` is unknown before 4.0).
 */

const string = { dtype: "string", _type: "Value" } as const;

export const PIPPA_FEATURES = {
  submission_timestamp: { dtype: "timestamp[ms, tz=UTC]", _type: "Value" },
  categories: [string],
  bot_id: string,
  bot_name: string,
  bot_greeting: string,
  bot_definitions: string,
  bot_description: string,
  conversation: [{ message: string, is_human: { dtype: "bool", _type: "Value" } }],
} as const;

/** The key-value entry `datasets` reads features from. */
export function huggingfaceMetadata(features: object = PIPPA_FEATURES): { key: string; value: string } {
  return { key: "huggingface", value: JSON.stringify({ info: { features } }) };
}
