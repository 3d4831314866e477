/**
 * What the content stage finds: for each conversation, the tags it carries, each with a score
 * and the evidence (which field, where in it, which rule). Offsets are UTF-16 code units of the
 * field's text, as the PII spans' are.
 */

export const CONTENT_TAGS = ["sexual", "violence", "self-harm", "minor", "hate"] as const;
export type ContentTag = (typeof CONTENT_TAGS)[number];

export interface ContentEvidence {
  tag: ContentTag;
  /** "bot_description", "bot_greeting", "bot_definitions" or "conversation[i].message". */
  field: string;
  start: number;
  end: number;
  /** The rule that fired (one name per pattern family). */
  rule: string;
  /** 0..1: how strongly this one piece says the tag holds. */
  score: number;
}

export interface ContentResult {
  /** Each tag that holds, with its score (the strongest evidence, raised by corroboration). */
  tags: Partial<Record<ContentTag, number>>;
  /** Every piece of evidence found, tags that do not hold included (a reviewer sees why not). */
  evidence: ContentEvidence[];
}

/** One text of a conversation, as a detector reads it. */
export interface ContentField {
  field: string;
  text: string;
  /** Who wrote it: the bot's card and replies, or the person. */
  isHuman: boolean;
  /** The rule families that could match in it (see triggers.ts); every family when absent. */
  triggers?: Uint32Array;
}

/** A detector: pure, text in, evidence out. */
export type ContentDetector = (field: ContentField) => ContentEvidence[];
