/** ChatML text: `{"text"}` with every message as `<|im_start|>role\n…<|im_end|>\n`. */
import type { TrainingExample } from "../../model/training-example.js";
import { chatMessages, renderChatML, type FormattedExample } from "./format.js";

export function formatChatML(example: TrainingExample): FormattedExample {
  const text = renderChatML(chatMessages(example));
  return { record: { text }, text };
}
