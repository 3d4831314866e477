/** Test helpers for redaction: a conversation analysed whole, what was found in one of its fields, and the spans of one text. */
import assert from "node:assert/strict";
import type { PiiAnalyzer } from "../../src/stages/redact/analyzer.js";
import type { PippaMessage } from "../../src/model/pippa-record.js";

/** The texts found in each field of a conversation with this bot, keyed by field ("bot_description", "conversation[2].message"). */
export function foundByField(analyzer: PiiAnalyzer, bot: { name: string; description: string }, conversation: PippaMessage[]): Map<string, string[]> {
  const fields = analyzer.analyzeConversation({ bot_name: bot.name, bot_greeting: "", bot_description: bot.description, bot_definitions: null, conversation });
  return new Map(fields.map((field) => [field.field, field.spans.map((span) => field.text.slice(span.start, span.end))]));
}

/** The spans found in one text (a person's, unless told), as "TYPE:text". */
export function spansAsText(analyzer: PiiAnalyzer, text: string, isHuman = true): string[] {
  return analyzer.analyzeText(text, { isHuman }).map((span) => `${span.type}:${text.slice(span.start, span.end)}`);
}

/** Fails unless every one of `expected` ("TYPE:text") is found in the text. */
export function assertFindsAll(analyzer: PiiAnalyzer, text: string, expected: readonly string[]): void {
  const found = spansAsText(analyzer, text);
  for (const item of expected) assert.ok(found.includes(item), `${JSON.stringify(text)}: expected ${item}, got ${JSON.stringify(found)}`);
}
