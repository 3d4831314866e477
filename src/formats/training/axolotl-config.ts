/**
 * The axolotl dataset stanza for what `formatAxolotl` writes: a `chat_template` dataset whose
 * messages are `{"role", "content", "train"}`, trained where `train` is true.
 *
 * Keys checked against axolotl v0.18.0 (docs/dataset-formats/conversation.qmd,
 * src/axolotl/utils/schemas/datasets.py, src/axolotl/prompt_strategies/chat_template.py).
 * `message_property_mappings` exists since v0.7.0; older releases spelled it
 * `message_field_role` / `message_field_content`, which v0.18.0 still maps but marks deprecated.
 */
import type { ConsumerConfigInput } from "./consumer-config.js";

/**
 * A YAML double-quoted scalar. JSON's string syntax is a subset of YAML's double-quoted style, but
 * JSON leaves raw what YAML must not hold raw: DEL and the C1 controls, the byte-order mark,
 * U+FFFE/U+FFFF, and NEL, U+2028 and U+2029, which YAML 1.1 readers (PyYAML) take as line breaks
 * and fold. Those become `\u` escapes.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** One `datasets:` / `test_datasets:` entry for a written split. */
function datasetEntry(path: string, chatTemplate: string | null): string[] {
  const template = chatTemplate === null ? ["    chat_template: tokenizer_default_fallback_chatml"] : ["    chat_template: jinja", `    chat_template_jinja: ${yamlString(chatTemplate)}`];
  return [
    `  - path: ${yamlString(path)}`,
    "    ds_type: json",
    // A single JSON file loads as one "train" split; test_datasets looks for "test" unless told.
    "    split: train",
    "    type: chat_template",
    ...template,
    // The keys formatAxolotl writes: {"messages": [{"role", "content", "train"}]}.
    "    field_messages: messages",
    "    message_property_mappings:",
    "      role: role",
    "      content: content",
    "    message_field_training: train",
    "    roles_to_train: []",
    "    train_on_eos: turn",
  ];
}

/**
 * The `.axolotl.yaml` text: `datasets:` for the train split and `test_datasets:` for the
 * validation split when it holds examples, to paste into an axolotl config.
 *
 * Without a chat template pippa measured the token budget as ChatML, so axolotl is asked for the
 * model's own template with ChatML as the fallback; with one, that same template is inlined, so
 * axolotl renders exactly what was measured.
 *
 * @example
 * renderAxolotlConfig({ name: "pippa", files: { train: "/data/pippa.train.jsonl" }, chatTemplate: null });
 */
export function renderAxolotlConfig(input: ConsumerConfigInput): string {
  const lines = [
    "# axolotl dataset config for the files `pippa prepare --format axolotl` wrote: paste these keys",
    "# into your axolotl config (keys checked against axolotl v0.18.0; message_property_mappings needs",
    "# v0.7.0 or later).",
    "#",
    "# Every message carries `train`: true on the character's replies, false on the system prompt, the",
    "# person's turns and the scripted greeting. message_field_training makes axolotl follow that flag;",
    "# without it axolotl trains on every assistant turn, the greeting included.",
    "#",
    "# Paths are absolute: axolotl resolves a relative path against the folder it is started in.",
    "# Moving the files means editing them here (or preparing again).",
    ...(input.chatTemplate === null
      ? ["# The token budget was measured as ChatML: prepare with --chat-template to measure it with the", "# model's own template and have that template named here."]
      : ["# The chat template is the one the token budget was measured with (--chat-template)."]),
    "# A template that wants the person's turn right after the system prompt refuses the greeting:",
    "# prepare with --greeting system (or drop).",
    "# Set the top-level chat_template to the same choice, so the saved tokenizer carries the template",
    "# the model was trained with.",
    "datasets:",
    ...datasetEntry(input.files.train, input.chatTemplate),
  ];
  if (input.files.val !== undefined) {
    // axolotl evaluates on test_datasets or on a val_set_size share of the data, not both.
    lines.push("# The validation split, evaluated as is: leave val_set_size unset.", "test_datasets:", ...datasetEntry(input.files.val, input.chatTemplate));
  }
  return `${lines.join("\n")}\n`;
}
