/**
 * Fitting an example into a context window: the system prompt stays, the oldest turns go first (a
 * sliding window), and a model turn that cannot fit even alone is truncated or the example dropped.
 * Every kept example is measured whole, in its final format, with the real tokenizer, so none
 * exceeds the budget; per-turn counts only guide how many turns to drop.
 */
import type { FormattedExample } from "../formats/training/format.js";
import type { TrainingExample } from "../model/training-example.js";
import type { TokenCounter } from "./tokenizer/token-counter.js";

export type Overflow = "truncate" | "drop";

export interface WindowOptions {
  maxTokens: number;
  /** What to do with a reply too long for the window even without context [truncate]. */
  overflow: Overflow;
}

export type Fitted =
  | { kind: "fitted"; formatted: FormattedExample; tokens: number; droppedTurns: number; truncated: boolean }
  | { kind: "dropped"; reason: string; tokens: number };

/** Tokens a turn adds besides its text (role markers, separators), for the estimate only. */
const TURN_OVERHEAD = 4;

function measure(formatted: FormattedExample, counter: TokenCounter): number {
  let tokens = counter.count(formatted.text);
  for (const text of formatted.alsoMeasured ?? []) tokens = Math.max(tokens, counter.count(text));
  return tokens;
}

/** The context from `start` on, beginning with a user turn (chat templates expect one after the system prompt). */
function contextFrom(context: TrainingExample["context"], start: number): TrainingExample["context"] {
  let from = start;
  while (from < context.length && context[from].role !== "user") from++;
  return context.slice(from);
}

export function fitExample(example: TrainingExample, format: (example: TrainingExample) => FormattedExample, counter: TokenCounter, options: WindowOptions): Fitted {
  const whole = format(example);
  const wholeTokens = measure(whole, counter);
  if (wholeTokens <= options.maxTokens) return { kind: "fitted", formatted: whole, tokens: wholeTokens, droppedTurns: 0, truncated: false };

  // Drop from the front as many turns as the estimate says, then check the real thing.
  const { context } = example;
  const costs = context.map((turn) => counter.count(turn.text) + TURN_OVERHEAD);
  let excess = wholeTokens - options.maxTokens;
  let start = 0;
  while (start < context.length && excess > 0) excess -= costs[start++];
  for (; start <= context.length; start++) {
    const kept = contextFrom(context, start);
    const formatted = format({ ...example, context: kept });
    const tokens = measure(formatted, counter);
    if (tokens <= options.maxTokens) return { kind: "fitted", formatted, tokens, droppedTurns: context.length - kept.length, truncated: false };
    if (kept.length === 0) break;
  }

  // Not even the reply alone fits.
  const bare = { ...example, context: [] };
  const emptyReply = measure(format({ ...bare, target: { ...example.target, text: "" } }), counter);
  if (options.overflow === "drop" || emptyReply >= options.maxTokens) {
    return { kind: "dropped", reason: emptyReply >= options.maxTokens ? "the system prompt alone exceeds the token budget" : "the reply alone exceeds the token budget", tokens: wholeTokens };
  }
  let room = options.maxTokens - emptyReply;
  for (let attempt = 0; attempt < 8 && room > 0; attempt++) {
    const text = counter.truncate(example.target.text, room);
    const formatted = format({ ...bare, target: { ...example.target, text } });
    const tokens = measure(formatted, counter);
    if (tokens <= options.maxTokens && text.length > 0) return { kind: "fitted", formatted, tokens, droppedTurns: context.length, truncated: true };
    // Tokens can merge across the join with the prompt: give back what went over.
    room -= Math.max(1, tokens - options.maxTokens);
  }
  return { kind: "dropped", reason: "the reply could not be cut to fit the token budget", tokens: wholeTokens };
}
