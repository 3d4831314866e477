/**
 * What a training format makes of an example: the JSON object written as one line, and the text a
 * token budget is measured on (the exact text the model sees for text formats; for message lists,
 * the messages rendered as ChatML unless a chat template says otherwise).
 */
import type { TrainingExample } from "../../model/training-example.js";

export interface FormattedExample {
  record: Record<string, unknown>;
  text: string;
  /** Other texts that must fit the budget as well (a preference pair's other reply). */
  alsoMeasured?: string[];
}

export type TrainingFormatter = (example: TrainingExample) => FormattedExample;

/** A chat message in the common role names. */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** The example as chat messages: the system prompt, the context, the target last. */
export function chatMessages(example: TrainingExample): ChatMessage[] {
  return [
    { role: "system", content: example.system },
    ...[...example.context, example.target].map((turn): ChatMessage => ({ role: turn.role === "user" ? "user" : "assistant", content: turn.text })),
  ];
}

/** Messages as ChatML text (`<|im_start|>role\ncontent<|im_end|>\n` each). */
export function renderChatML(messages: readonly ChatMessage[]): string {
  return messages.map((message) => `<|im_start|>${message.role}\n${message.content}<|im_end|>\n`).join("");
}
