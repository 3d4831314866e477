/** Test helpers for redaction: a conversation analysed whole, and what was found in one of its fields. */
import type { PiiAnalyzer } from "../../src/stages/redact/analyzer.js";
import type { PippaMessage } from "../../src/model/pippa-record.js";

/** The texts found in each field of a conversation with this bot, keyed by field ("bot_description", "conversation[2].message"). */
export function foundByField(analyzer: PiiAnalyzer, bot: { name: string; description: string }, conversation: PippaMessage[]): Map<string, string[]> {
  const fields = analyzer.analyzeConversation({ bot_name: bot.name, bot_greeting: "", bot_description: bot.description, bot_definitions: null, conversation });
  return new Map(fields.map((field) => [field.field, field.spans.map((span) => field.text.slice(span.start, span.end))]));
}
