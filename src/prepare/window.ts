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
  | { kind: "dropped"; reason: string };

/** Tokens a turn adds besides its text (role markers, separators), for the estimate only. */
const TURN_OVERHEAD = 4;

/** A turn's estimated share of an example: its text's tokens and the markers around it. */
export function turnCost(text: string, counter: TokenCounter): number {
  return counter.count(text) + TURN_OVERHEAD;
}

/**
 * The tokens of a formatted example as the model sees it: its longest text (a preference pair has
 * two) and the special tokens the tokenizer adds (an example of exactly the budget plus a BOS would
 * be one token over).
 */
export function measure(formatted: FormattedExample, counter: TokenCounter): number {
  let tokens = counter.count(formatted.text);
  for (const text of formatted.alsoMeasured ?? []) tokens = Math.max(tokens, counter.count(text));
  return tokens + counter.addedTokens;
}

/**
 * The context from `start` on. Whole when nothing is cut (the character's greeting stays first, as
 * the conversation had it); cut, it begins with a user turn (chat templates expect one after the
 * system prompt).
 */
function contextFrom(context: TrainingExample["context"], start: number): TrainingExample["context"] {
  if (start <= 0) return context;
  let from = start;
  while (from < context.length && context[from].role !== "user") from++;
  return context.slice(from);
}

/** What many examples of one conversation share, measured once: its turns' costs (as `turnCost` gives them) and its system prompt's tokens. */
export interface SharedCosts {
  turns: readonly number[];
  system: number;
}

/** Fits one example; `shared` may be passed when many examples share a conversation. */
export function fitExample(example: TrainingExample, format: (example: TrainingExample) => FormattedExample, counter: TokenCounter, options: WindowOptions, shared?: SharedCosts): Fitted {
  const { context } = example;
  const cost = (i: number) => shared?.turns[i] ?? turnCost(context[i].text, counter);
  // Estimate from the newest turn back how many fit, so a long history is never measured whole.
  const fixed = (shared?.system ?? counter.count(example.system)) + turnCost(example.target.text, counter);
  let start = context.length;
  for (let used = fixed; start > 0 && used + cost(start - 1) <= options.maxTokens; start--) used += cost(start - 1);
  const tryFrom = (from: number) => {
    const kept = contextFrom(context, from);
    const formatted = format({ ...example, context: kept });
    return { kept, formatted, tokens: measure(formatted, counter) };
  };
  const fittedFrom = (attempt: ReturnType<typeof tryFrom>): Fitted => ({ kind: "fitted", formatted: attempt.formatted, tokens: attempt.tokens, droppedTurns: context.length - attempt.kept.length, truncated: false });
  let attempt = tryFrom(start);
  if (attempt.tokens <= options.maxTokens) {
    // The estimate errs on the safe side: take back older turns while the real count allows, a
    // user turn at a time (a context starts with one, so a model turn alone adds nothing).
    for (let back = 0; back < 8 && start > 0; back++) {
      let from = start - 1;
      while (from > 0 && context[from].role !== "user") from--;
      const wider = tryFrom(from);
      if (wider.tokens > options.maxTokens) break;
      attempt = wider;
      start = from;
    }
    return fittedFrom(attempt);
  }
  while (attempt.kept.length > 0) {
    start = context.length - attempt.kept.length + 1;
    attempt = tryFrom(start);
    if (attempt.tokens <= options.maxTokens) return fittedFrom(attempt);
  }
  // Not even the reply alone fits. A preference pair is never cut: a shortened chosen reply against
  // a whole rejected one would teach length, not preference.
  if ((attempt.formatted.alsoMeasured?.length ?? 0) > 0) return { kind: "dropped", reason: "a reply of the preference pair alone exceeds the token budget" };
  // The reply is cut, but never written without the user turn it answers: a model turn after the
  // system prompt alone teaches the model to speak unprompted.
  const lastUser = [...context].reverse().find((turn) => turn.role === "user");
  if (!lastUser) return { kind: "dropped", reason: "no user turn before the reply" };
  const bare = { ...example, context: [lastUser] };
  const emptyReply = measure(format({ ...bare, target: { ...example.target, text: "" } }), counter);
  if (options.overflow === "drop" || emptyReply >= options.maxTokens) {
    return { kind: "dropped", reason: emptyReply >= options.maxTokens ? "the system prompt and the user turn alone exceed the token budget" : "the reply alone exceeds the token budget" };
  }
  let room = options.maxTokens - emptyReply;
  for (let attempt = 0; attempt < 8 && room > 0; attempt++) {
    const text = counter.truncate(example.target.text, room);
    const formatted = format({ ...bare, target: { ...example.target, text } });
    const tokens = measure(formatted, counter);
    if (tokens <= options.maxTokens && text.length > 0) return { kind: "fitted", formatted, tokens, droppedTurns: context.length - 1, truncated: true };
    // Tokens can merge across the join with the prompt: give back what went over.
    room -= Math.max(1, tokens - options.maxTokens);
  }
  return { kind: "dropped", reason: "the reply could not be cut to fit the token budget" };
}
