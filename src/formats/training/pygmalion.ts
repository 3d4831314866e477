/**
 * The original Pygmalion format: `NAME's Persona: …`, the example chats and then the conversation
 * each after a `<START>` line, one `Speaker: text` line per turn with `You` for the person, and
 * the prompt ending in `NAME:`. Written as `{"prompt", "generation"}`; the generation starts with
 * the space that follows the colon.
 */
import type { TrainingExample } from "../../model/training-example.js";
import type { FormattedExample } from "./format.js";

export function formatPygmalion(example: TrainingExample): FormattedExample {
  const label = (role: "user" | "model", name?: string) => (role === "user" ? (name && name !== example.user ? name : "You") : example.char);
  const blocks = [`${example.char}'s Persona: ${example.description}`];
  for (const chat of example.exampleChats) blocks.push(`<START>\n${chat.map((turn) => `${label(turn.role, turn.name)}: ${turn.text}`).join("\n")}`);
  const conversation = example.context.map((turn) => `${label(turn.role)}: ${turn.text}`);
  blocks.push(["<START>", ...conversation, `${example.char}:`].join("\n"));
  const prompt = blocks.join("\n");
  const generation = ` ${example.target.text}`;
  return { record: { prompt, generation }, text: prompt + generation };
}
