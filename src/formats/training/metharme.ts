/**
 * Metharme, as PIPPA's published `pippa_metharme.jsonl` holds it: `{"prompt", "generation"}`, the
 * prompt `<|system|>` + system prompt, then the turns as `<|user|>…` / `<|model|>…` with no
 * separators, ending in `<|model|>`; the generation is the target model turn.
 */
import type { TrainingExample } from "../../model/training-example.js";
import type { FormattedExample } from "./format.js";

export function formatMetharme(example: TrainingExample): FormattedExample {
  const turns = example.context.map((turn) => `${turn.role === "user" ? "<|user|>" : "<|model|>"}${turn.text}`).join("");
  const prompt = `<|system|>${example.system}${turns}<|model|>`;
  return { record: { prompt, generation: example.target.text }, text: prompt + example.target.text };
}
