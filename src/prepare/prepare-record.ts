/**
 * One record through preparation: names drawn, dialogue built, examples cut, each fitted to the
 * token budget and written in the chosen format, and the split it belongs to. Pure given its tools
 * (the name list, the token counter, the formatter); the runner feeds it records on worker threads.
 */
import { classifyContent } from "../stages/content/classify.js";
import { withheldBecause } from "../stages/content/policy.js";
import type { ContentTag } from "../stages/content/types.js";
import { formatAxolotl } from "../formats/training/axolotl.js";
import { formatChatML } from "../formats/training/chatml.js";
import { formatWithTemplate, type MessageRenderer } from "../formats/training/chat-template.js";
import { formatPreferencePairs } from "../formats/training/dpo.js";
import { renderChatML, type FormattedExample } from "../formats/training/format.js";
import { formatMetharme } from "../formats/training/metharme.js";
import { formatOpenAI } from "../formats/training/openai.js";
import { formatPygmalion } from "../formats/training/pygmalion.js";
import { formatShareGPT } from "../formats/training/sharegpt.js";
import type { Episode, PippaRecord } from "../model/pippa-record.js";
import type { TrainingExample } from "../model/training-example.js";
import { combine, fnv1a } from "../base/hashing.js";
import { buildDialogue, type DialogueCounts, type DialogueOptions } from "./dialogue.js";
import { greetingInSystem, trainingExamples, type ExampleOptions } from "./examples.js";
import { drawNames } from "./names.js";
import { withoutPlaceholders } from "./placeholders.js";
import type { TokenCounter } from "./tokenizer/token-counter.js";
import { fitExample, measure, turnCost, type Fitted, type WindowOptions } from "./window.js";

import type { PrepareFormat } from "./training-format-ids.js";
export { PREPARE_FORMATS, type PrepareFormat } from "./training-format-ids.js";

export type Split = "train" | "val";

export interface PrepareOptions {
  format: PrepareFormat;
  dialogue: DialogueOptions;
  examples: ExampleOptions;
  /** Null: no budget (tokens are still counted). */
  window: WindowOptions | null;
  seed: number;
  /** Share of personas held out for validation [0]. */
  valFraction: number;
  /** OpenAI format: add (sanitised) speaker names [false]. */
  names: boolean;
  /** Conversations with any of these content tags are left out (sexual with minor always is) [none]. */
  excludeTags?: readonly ContentTag[];
  /** The records' content was classified already (a build's own release, before redaction): skip it. */
  contentChecked?: boolean;
}

export interface PrepareTools {
  firstNames: readonly string[];
  counter: TokenCounter;
  /** The model's chat template, for `template` (and to measure message formats when given). */
  chatTemplate: MessageRenderer | null;
}

export interface PreparedRecord {
  split: Split;
  /** JSON lines to write. */
  lines: string[];
  /** Tokens of each line's measured text. */
  tokens: number[];
  truncated: number;
  droppedTurns: number;
  merged: number;
  skippedTurns: number;
  /** Examples left out, with why. */
  dropped: string[];
  /** Why the whole conversation was left out by its content ("sexual+minor", "excluded-violence"), or null. */
  excluded: string | null;
}

/** Which split a persona belongs to: a seeded hash of its bot_id, so no persona is in both. */
export function splitOf(botId: string, seed: number, valFraction: number): Split {
  if (valFraction <= 0) return "train";
  const hash = combine(fnv1a(botId), seed >>> 0);
  return hash / 0x100000000 < valFraction ? "val" : "train";
}

/**
 * The formatter of a format: one written example per training example (a preference example has
 * one alternative: see `prepareRecord`). Formats whose records are messages are measured as the
 * chat template renders them, when there is one.
 */
export function formatterFor(options: PrepareOptions, tools: PrepareTools): (example: TrainingExample) => FormattedExample {
  const render = tools.chatTemplate ?? renderChatML;
  switch (options.format) {
    case "metharme":
      return formatMetharme;
    case "pygmalion":
      return formatPygmalion;
    case "chatml":
      return formatChatML;
    case "sharegpt":
      return (example) => formatShareGPT(example, render);
    case "openai":
      return (example) => formatOpenAI(example, { names: options.names }, render);
    case "axolotl":
      return (example) => formatAxolotl(example, render);
    case "template": {
      if (!tools.chatTemplate) throw new Error("the template format needs a chat template");
      return formatWithTemplate(tools.chatTemplate);
    }
    case "dpo":
      return (example) => formatPreferencePairs(example, render)[0];
  }
}

export function prepareRecord(record: PippaRecord | Episode, index: number, options: PrepareOptions, tools: PrepareTools, format = formatterFor(options, tools)): PreparedRecord {
  // Content first: sexual content involving minors never reaches a training file, whatever the options.
  const excluded = options.contentChecked ? null : withheldBecause(classifyContent(record), { exclude: options.excludeTags ?? [] });
  if (excluded !== null) return { split: splitOf(record.bot_id, options.seed, options.valFraction), lines: [], tokens: [], truncated: 0, droppedTurns: 0, merged: 0, skippedTurns: 0, dropped: [], excluded };
  // `shared` costs index the dialogue's turns: an example whose context was reshaped measures its own.
  const fit = (example: TrainingExample, reshaped = false): Fitted => {
    if (options.window) return fitExample(example, format, tools.counter, options.window, reshaped ? undefined : shared);
    const formatted = format(example);
    return { kind: "fitted", formatted, tokens: measure(formatted, tools.counter), droppedTurns: 0, truncated: false };
  };
  const char = withoutPlaceholders(record.bot_name) || "Character";
  const names = drawNames(tools.firstNames, char, options.seed, index);
  const counts: DialogueCounts = { merged: 0, skipped: 0 };
  const dialogue = buildDialogue(record, names, options.dialogue, counts);
  // Preference pairs come from every reply that has swipes; the other formats from the examples asked for.
  const examples =
    options.format === "dpo"
      ? trainingExamples(dialogue, { ...options.examples, perTurn: true }).filter((example) => example.target.alternatives?.length)
      : trainingExamples(dialogue, options.examples);
  const result: PreparedRecord = { split: splitOf(record.bot_id, options.seed, options.valFraction), lines: [], tokens: [], truncated: 0, droppedTurns: 0, merged: counts.merged, skippedTurns: counts.skipped, dropped: [], excluded: null };
  if (examples.length === 0) result.dropped.push(options.format === "dpo" ? "no reply with swipes" : "no reply to a person's turn");
  // Every example's context is a prefix of the dialogue's turns, and its system prompt the same: measure each once.
  const shared = options.window && examples.length > 0 ? { turns: dialogue.turns.map((turn) => turnCost(turn.text, tools.counter)), system: tools.counter.count(examples[0].system) } : undefined;
  // A preference pair per swiped-away reply, each fitted alone (one pair's prompt may need fewer turns than another's).
  const written =
    options.format === "dpo"
      ? examples.flatMap((example) => (example.target.alternatives ?? []).map((alternative) => ({ ...example, target: { ...example.target, alternatives: [alternative] } })))
      : examples;
  for (const example of written) {
    let fitted: Fitted;
    try {
      fitted = fit(example);
    } catch (error) {
      // A chat template that wants a user turn first (strict alternation) refuses a greeting after
      // the system prompt: the greeting then goes into the system prompt; a template that still
      // refuses says why, for this example alone.
      if (options.format !== "template") throw error;
      const refused = (cause: unknown) => `the chat template refused it: ${(cause as Error).message.slice(0, 200)}`;
      const folded = greetingInSystem(example);
      if (folded === example) {
        result.dropped.push(refused(error));
        continue;
      }
      try {
        fitted = fit(folded, true);
      } catch (again) {
        result.dropped.push(refused(again));
        continue;
      }
    }
    if (fitted.kind === "dropped") {
      result.dropped.push(fitted.reason);
      continue;
    }
    result.lines.push(JSON.stringify(fitted.formatted.record));
    result.tokens.push(fitted.tokens);
    result.droppedTurns += fitted.droppedTurns;
    if (fitted.truncated) result.truncated++;
  }
  return result;
}
