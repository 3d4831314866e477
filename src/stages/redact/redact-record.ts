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

/**
 * Returns `record` with its text fields redacted (other fields untouched): a copy when anything
 * was found, the record itself when nothing was (most records, whose turns need no copy).
 */
export function redactConversation<T extends ConversationInput>(
  record: T,
  analyzer: PiiAnalyzer,
  operator: Operator,
  options: { auditValues?: boolean } = {},
): RedactedRecord<T> {
  const audit: AuditEntry[] = [];
  type Copy = T & { conversation: { message: string; swipes?: unknown[] }[] };
  let copy: Copy | null = null;
  for (const { field, text, spans, turn, swipe } of analyzer.analyzeConversation(record)) {
    if (spans.length === 0) continue;
    copy ??= { ...record, conversation: record.conversation.map((turn) => ({ ...turn })) } as Copy;
    for (const span of spans) {
      const entry: AuditEntry = { field, start: span.start, end: span.end, type: span.type, rule: span.rule, score: Math.round(span.score * 100) / 100 };
      if (options.auditValues) entry.value = text.slice(span.start, span.end);
      audit.push(entry);
    }
    const redacted = applyOperator(text, spans, operator);
    if (turn === undefined) (copy as unknown as Record<string, string>)[field] = redacted;
    else if (swipe === undefined) copy.conversation[turn].message = redacted;
    else {
      const target = copy.conversation[turn];
      target.swipes = [...(target.swipes ?? [])];
      target.swipes[swipe] = redacted;
    }
  }
  return { record: copy ?? record, audit };
}
