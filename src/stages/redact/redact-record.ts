/**
 * Redacts a whole conversation record: every text field analysed with the conversation's context,
 * every span replaced by the operator, and an audit entry per span (field, offsets, type, rule,
 * score; the value itself only when asked, since the audit must stay private anyway).
 */
import type { ConversationInput, PiiAnalyzer } from "./analyzer.js";
import { applyOperator } from "./apply.js";
import type { Operator } from "./operators.js";
import type { PiiType } from "./types.js";

export interface AuditEntry {
  field: string;
  start: number;
  end: number;
  type: PiiType;
  rule: string;
  score: number;
  value?: string;
}

export interface RedactedRecord<T> {
  record: T;
  audit: AuditEntry[];
}

/** Returns a copy of `record` with its text fields redacted (other fields untouched). */
export function redactConversation<T extends ConversationInput>(
  record: T,
  analyzer: PiiAnalyzer,
  operator: Operator,
  options: { auditValues?: boolean } = {},
): RedactedRecord<T> {
  const audit: AuditEntry[] = [];
  const copy = { ...record, conversation: record.conversation.map((turn) => ({ ...turn })) } as T & { conversation: { message: string; swipes?: string[] }[] };
  const known = analyzer.conversationContext(record);
  const fields = analyzer.analyzeConversation(record, known);
  // Alternative generations (swipes) carry text too: the same context, the same operator.
  record.conversation.forEach((turn, i) => {
    const swipes = (turn as { swipes?: unknown }).swipes;
    if (!Array.isArray(swipes)) return;
    swipes.forEach((swipe, k) => {
      if (typeof swipe === "string") fields.push({ field: `conversation[${i}].swipes[${k}]`, text: swipe, spans: analyzer.analyzeText(swipe, { ...known, isHuman: turn.is_human }) });
    });
  });
  for (const { field, text, spans } of fields) {
    if (spans.length === 0) continue;
    for (const span of spans) {
      const entry: AuditEntry = { field, start: span.start, end: span.end, type: span.type, rule: span.rule, score: Math.round(span.score * 100) / 100 };
      if (options.auditValues) entry.value = text.slice(span.start, span.end);
      audit.push(entry);
    }
    const redacted = applyOperator(text, spans, operator);
    const turn = /^conversation\[(\d+)\]\.message$/.exec(field);
    const swipe = /^conversation\[(\d+)\]\.swipes\[(\d+)\]$/.exec(field);
    if (turn) copy.conversation[Number(turn[1])].message = redacted;
    else if (swipe) {
      const target = copy.conversation[Number(swipe[1])];
      target.swipes = [...(target.swipes ?? [])];
      target.swipes[Number(swipe[2])] = redacted;
    } else (copy as unknown as Record<string, string>)[field] = redacted;
  }
  return { record: copy, audit };
}
