/**
 * Axolotl's `chat_template` dataset type: `{"messages": [{"role", "content", "train"}]}`, with
 * `train` true on the character's replies only (not on the system prompt, the person's turns or
 * the scripted greeting), for `message_field_training: train`.
 */
import type { TrainingExample } from "../../model/training-example.js";
import { chatMessages, renderChatML, type ChatMessage, type FormattedExample } from "./format.js";

export function formatAxolotl(example: TrainingExample, render: (messages: readonly ChatMessage[]) => string = renderChatML): FormattedExample {
  const messages: (ChatMessage & { train: boolean })[] = [
    { role: "system", content: example.system, train: false },
    ...[...example.context, example.target].map((turn) => ({ role: turn.role === "user" ? ("user" as const) : ("assistant" as const), content: turn.text, train: turn.role === "model" && !turn.greeting })),
  ];
  return { record: { messages }, text: render(chatMessages(example)) };
}
