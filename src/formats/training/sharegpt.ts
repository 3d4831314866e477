/** ShareGPT: `{"conversations": [{"from": "system" | "human" | "gpt", "value"}]}`. */
import type { TrainingExample } from "../../model/training-example.js";
import { chatMessages, renderChatML, type FormattedExample } from "./format.js";

const FROM = { system: "system", user: "human", assistant: "gpt" } as const;

export function formatShareGPT(example: TrainingExample): FormattedExample {
  const messages = chatMessages(example);
  return { record: { conversations: messages.map((message) => ({ from: FROM[message.role], value: message.content })) }, text: renderChatML(messages) };
}
