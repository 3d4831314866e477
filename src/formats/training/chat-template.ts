/**
 * Any model's own chat template (the Jinja `chat_template` of its tokenizer_config.json), rendered
 * with Hugging Face's Jinja implementation: `{"text"}`, exactly what that model's tokenizer would
 * build from the messages.
 */
import { Template } from "@huggingface/jinja";
import type { TrainingExample } from "../../model/training-example.js";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { chatMessages, type ChatMessage, type FormattedExample } from "./format.js";

export interface ChatTemplateSource {
  /** The Jinja source. */
  template: string;
  bos_token?: string;
  eos_token?: string;
}

/** A special token as a tokenizer config names it: a string, or an added-token object's `content`. */
export function specialTokenText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  return value && typeof value === "object" && typeof (value as { content?: unknown }).content === "string" ? (value as { content: string }).content : undefined;
}

/** A template from a .jinja file's text or a tokenizer_config.json's (its `chat_template`, bos and eos tokens). */
export function chatTemplateFrom(text: string, source: string): ChatTemplateSource {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("{\"") && !trimmed.startsWith("{\n") && !trimmed.startsWith("{ ")) return { template: text };
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { template: text };
  }
  let template = config.chat_template;
  // Some configs hold several named templates; the default one is meant.
  if (Array.isArray(template)) template = (template.find((entry: { name?: string }) => entry.name === "default") as { template?: string } | undefined)?.template;
  if (typeof template !== "string") throw new PippaError(ERROR_CODES.field, "expected a chat_template string in this tokenizer config", { source, path: "chat_template" });
  return { template, bos_token: specialTokenText(config.bos_token), eos_token: specialTokenText(config.eos_token) };
}

export type MessageRenderer = (messages: readonly ChatMessage[]) => string;

/** Compiles the template once; rendering errors (a template's `raise_exception`) throw with its message. */
export function compileChatTemplate(source: ChatTemplateSource): MessageRenderer {
  const template = new Template(source.template);
  return (messages) =>
    template.render({ messages, bos_token: source.bos_token ?? "", eos_token: source.eos_token ?? "", add_generation_prompt: false });
}

export function formatWithTemplate(render: MessageRenderer): (example: TrainingExample) => FormattedExample {
  return (example) => {
    const text = render(chatMessages(example));
    return { record: { text }, text };
  };
}
