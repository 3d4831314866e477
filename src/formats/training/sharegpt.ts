/** ShareGPT: `{"conversations": [{"from": "system" | "human" | "gpt", "value"}]}`. */
import type { TrainingExample } from "../../model/training-example.js";
import { chatMessages, renderChatML, type ChatMessage, type FormattedExample } from "./format.js";

const FROM = { system: "system", user: "human", assistant: "gpt" } as const;

export function formatShareGPT(example: TrainingExample, render: (messages: readonly ChatMessage[]) => string = renderChatML): FormattedExample {
  const messages = chatMessages(example);
  return { record: { conversations: messages.map((message) => ({ from: FROM[message.role], value: message.content })) }, text: render(messages) };
}
