/**
 * The labelled sets of this project (test/eval/pii), how each is predicted, and the redaction
 * quality measured on the held-out ones: what `npm run eval:pii` prints and what
 * src/stages/redact/measured-quality.ts records for the dataset card.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { PiiAnalyzer } from "../../../src/stages/redact/analyzer.js";
import type { MeasuredSet } from "../../../src/stages/redact/measured-quality.js";
import type { Span } from "../../../src/stages/redact/types.js";
import { loadPresidio, loadRoleplayGold, PIPPA_TO_PRESIDIO, type GoldText } from "./datasets.js";
import { characterScores, leakRate, protectedKept, type Document, type LabelledSpan } from "./metrics.js";

export function toLabelled(spans: readonly Span[], map: Record<string, string>): LabelledSpan[] {
  return spans.map((span) => ({ start: span.start, end: span.end, type: map[span.type] ?? span.type }));
}

/** Predictions for texts analysed one by one (no conversation context). */
export function predictStandalone(analyzer: PiiAnalyzer, texts: readonly GoldText[], map: Record<string, string>, keep?: (type: string) => boolean): Document[] {
  return texts.map((text) => {
    const spans = analyzer.analyzeText(text.text).filter((span) => !keep || keep(span.type));
    return { ...text, predicted: toLabelled(spans, map) };
  });
}

/** Predictions for the role-play sets: each conversation analysed whole, as `pippa redact` does. */
export function predictConversations(analyzer: PiiAnalyzer, texts: readonly GoldText[]): Document[] {
  const byConversation = new Map<string, GoldText[]>();
  for (const text of texts) byConversation.set(text.conversation, [...(byConversation.get(text.conversation) ?? []), text]);
  const documents: Document[] = [];
  for (const turns of byConversation.values()) {
    turns.sort((a, b) => a.turn!.index - b.turn!.index);
    const first = turns[0].turn!;
    const fields = analyzer.analyzeConversation({
      bot_name: first.botName,
      bot_greeting: "",
      bot_description: first.botDescription,
      bot_definitions: null,
      conversation: turns.map((turn) => ({ message: turn.text, is_human: turn.turn!.isHuman })),
    });
    turns.forEach((turn, i) => {
      const spans = fields.find((field) => field.field === `conversation[${i}].message`)?.spans ?? [];
      documents.push({ ...turn, predicted: toLabelled(spans, { USER: "PERSON" }) });
    });
  }
  return documents;
}

/** Template-generated sets: file, title, what it is. Each text is analysed alone. */
export const GENERATED_SETS = [
  ["blind/generated-dev.json", "template-generated set G1 (development)", "300 template sentences with fake values in ten locales, written blind to the rules"],
  ["blind/generated-holdout.json", "template-generated set G2 (held out)", "300 sentences from other templates, written blind to the rules and never tuned on"],
  ["blind/generated-g3.json", "template-generated set G3 (held out)", "400 texts of eleven locales from a third generator written later, blind to the rules; scored untouched once, never tuned on"],
] as const;

/** Role-play sets: file, title, what it is. Each conversation is analysed whole. */
export const ROLE_PLAY_SETS = [
  ["roleplay-gold.jsonl", "pippa role-play set A (development)", "Hand-labelled PIPPA-style chats, used while developing the rules"],
  ["roleplay-holdout.jsonl", "pippa role-play set B (development)", "Hand-labelled PIPPA-style chats written separately; first scored untouched (F2 82.8), then used for tuning"],
  ["roleplay-test.jsonl", "pippa role-play set C (held out)", "Hand-labelled PIPPA-style chats written separately and never looked at while tuning the rules"],
  ["blind/roleplay-multilingual-dev.jsonl", "pippa role-play set M1, eight languages (development)", "Self-disclosure in Spanish, Portuguese, French, German, Italian, Indonesian/Malay, Tagalog, Russian and informal English, written blind to the rules"],
  ["blind/roleplay-multilingual-holdout.jsonl", "pippa role-play set M2, eight languages (held out)", "The same kinds, other conversations, written blind to the rules and never tuned on"],
  ["blind/roleplay-multilingual-m3.jsonl", "pippa role-play set M3, eight languages (development)", "32 more conversations of the same kinds, written later and blind to the rules; scored untouched first, then used for tuning while M2 stayed held out"],
  ["blind/roleplay-fandom-dev.jsonl", "pippa role-play set F1, fandom-heavy (development)", "Fandom chats full of story names, a third with some real information, written blind to the rules"],
  ["blind/roleplay-fandom-holdout.jsonl", "pippa role-play set F2, fandom-heavy (held out)", "The same kinds, other conversations, written blind to the rules and never tuned on"],
  ["blind/roleplay-fandom-f3.jsonl", "pippa role-play set F3, fandom-heavy (held out)", "22 more fandom chats, written later and blind to the rules; scored untouched once, never tuned on"],
  ["blind/roleplay-clean-k2.jsonl", "pippa role-play set K2, no personal information (held out)", "25 more chats with no real personal information and many traps, written later and blind to the rules; never tuned on"],
  ["blind/roleplay-clean.jsonl", "pippa role-play set K, no personal information (development)", "PIPPA-style chats with no real personal information and many traps (stutters, contractions, story places, room numbers): every redaction is a false positive"],
] as const;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A set's figures as the dataset card shows them (rounded to 0.1%). */
export function measuredSet(title: string, kind: MeasuredSet["kind"], documents: readonly Document[]): MeasuredSet {
  const chars = characterScores(documents);
  const leaks = leakRate(documents);
  const kept = protectedKept(documents);
  const hasGold = documents.some((document) => document.gold.length > 0);
  return {
    set: title.replace(/^pippa /, ""),
    kind,
    texts: documents.length,
    precision: hasGold ? round(chars.precision) : null,
    recall: hasGold ? round(chars.recall) : null,
    f2: hasGold ? round(chars.f) : null,
    leakRate: round(leaks.rate),
    storyKept: kept.total > 0 ? round(kept.rate) : null,
    redactions: documents.reduce((total, document) => total + document.predicted.length, 0),
  };
}

/** The figures of every held-out set in this project, in the order above. */
export async function measureHeldOutSets(analyzer: PiiAnalyzer, root: string): Promise<MeasuredSet[]> {
  const measured: MeasuredSet[] = [];
  for (const [file, title] of GENERATED_SETS) {
    const path = join(root, "test", "eval", "pii", file);
    if (!title.includes("(held out)") || !existsSync(path)) continue;
    measured.push(measuredSet(title, "single texts", predictStandalone(analyzer, await loadPresidio(path), PIPPA_TO_PRESIDIO)));
  }
  for (const [file, title] of ROLE_PLAY_SETS) {
    const path = join(root, "test", "eval", "pii", file);
    if (!title.includes("(held out)") || !existsSync(path)) continue;
    measured.push(measuredSet(title, "role-play", predictConversations(analyzer, await loadRoleplayGold(path))));
  }
  return measured;
}
