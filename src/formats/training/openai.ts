/**
 * OpenAI chat fine-tuning: `{"messages": [{"role", "content", "name"?}]}`. Names are added when
 * asked, reduced to the characters the API accepts (letters, digits, `_`, `-`; at most 64).
 */
import type { TrainingExample } from "../../model/training-example.js";
import { chatMessages, renderChatML, type ChatMessage, type FormattedExample } from "./format.js";

export function apiName(name: string): string | undefined {
  const cleaned = name.normalize("NFKD").replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 64);
  return cleaned.length > 0 ? cleaned : undefined;
}

export function formatOpenAI(example: TrainingExample, options: { names?: boolean } = {}, render: (messages: readonly ChatMessage[]) => string = renderChatML): FormattedExample {
  const messages = chatMessages(example);
  const named = messages.map((message) => {
    const name = !options.names || message.role === "system" ? undefined : apiName(message.role === "user" ? example.user : example.char);
    return name ? { ...message, name } : { ...message };
  });
  return { record: { messages: named }, text: render(messages) };
}
