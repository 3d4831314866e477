/**
 * Preference pairs from swipes, in TRL's conversational form: `{"prompt": [messages], "chosen":
 * [reply], "rejected": [reply]}`, the reply the person kept against each one they swiped away.
 * Both replies, each after the prompt, must fit the budget.
 */
import type { TrainingExample } from "../../model/training-example.js";
import { chatMessages, renderChatML, type ChatMessage, type FormattedExample } from "./format.js";

export function formatPreferencePairs(example: TrainingExample, render: (messages: readonly ChatMessage[]) => string = renderChatML): FormattedExample[] {
  const prompt = chatMessages(example).slice(0, -1);
  const chosen: ChatMessage = { role: "assistant", content: example.target.text };
  return (example.target.alternatives ?? []).map((alternative) => {
    const rejected: ChatMessage = { role: "assistant", content: alternative };
    return { record: { prompt, chosen: [chosen], rejected: [rejected] }, text: render([...prompt, chosen]), alsoMeasured: [render([...prompt, rejected])] };
  });
}
