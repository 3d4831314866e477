/**
 * The build's per-record work as a list of stages (datatrove's pipeline steps, one record at a
 * time): each takes the record in flight, may change its text or decide about it, and says what
 * happened as `[stage, outcome]` pairs that the build counts per consent. A worker runs the list
 * in order; adding a stage is one module and one entry in the list `buildRecordStages` returns.
 * Pure: no I/O; tools (the PII analyzer, the language detector) are made before and passed in.
 */
import type { Episode } from "../model/pippa-record.js";
import { cleanEpisode, type CleanOptions } from "./clean.js";
import { classifyContent } from "./content/classify.js";
import { withheldBecause, type ContentPolicy } from "./content/policy.js";
import { CONTENT_TAGS, type ContentEvidence, type ContentTag } from "./content/types.js";
import type { PiiAnalyzer } from "./redact/analyzer.js";
import type { Operator } from "./redact/operators.js";
import { redactConversation, type AuditEntry } from "./redact/redact-record.js";
import type { Verdict } from "./stage.js";

/** What the content stage found: the tags that hold, their evidence, and why the record is withheld (or null). */
export interface ContentFacts {
  tags: ContentTag[];
  evidence: ContentEvidence[];
  withheld: string | null;
}

/** One record on its way through the stages. */
export interface RecordInFlight {
  /** As read, before any stage. */
  readonly input: Episode;
  /** As the stages so far left it. */
  episode: Episode;
  /** What each stage did, counted by the build per consent. */
  outcomes: [stage: string, outcome: string][];
  /** The PII replaced (empty when redaction is off or found nothing). */
  audit: AuditEntry[];
  content: ContentFacts;
  /** Why the quality filters drop it (counted after dedup, which decides first), or null. */
  drop: string | null;
}

export interface RecordStage {
  readonly name: string;
  apply(record: RecordInFlight): void;
}

export function startRecord(input: Episode): RecordInFlight {
  return { input, episode: input, outcomes: [], audit: [], content: { tags: [], evidence: [], withheld: null }, drop: null };
}

export function runRecordStages(stages: readonly RecordStage[], input: Episode): RecordInFlight {
  const record = startRecord(input);
  for (const stage of stages) stage.apply(record);
  return record;
}

/** Exporter tokens, dots, zero-width characters, mojibake: see clean.ts. */
export function cleanStage(options: CleanOptions): RecordStage {
  return {
    name: "clean",
    apply(record) {
      const cleaned = cleanEpisode(record.episode, options);
      record.outcomes.push(["clean", cleaned === record.episode ? "unchanged" : "changed"]);
      record.episode = cleaned;
    },
  };
}

/** Content tags and the publishing policy; before redaction, which would turn "I'm 15" into "I'm <AGE>". */
export function contentStage(threshold: number, policy: ContentPolicy): RecordStage {
  return {
    name: "content",
    apply(record) {
      const classified = classifyContent(record.episode, threshold);
      const tags = CONTENT_TAGS.filter((tag) => classified.tags[tag] !== undefined);
      const withheld = withheldBecause(classified, policy);
      record.content = { tags, evidence: tags.length > 0 ? classified.evidence.filter((item) => tags.includes(item.tag)) : [], withheld };
      for (const tag of tags) record.outcomes.push(["content", tag]);
      if (tags.length === 0) record.outcomes.push(["content", "untagged"]);
      if (withheld !== null) record.outcomes.push(["content", `withheld-${withheld}`]);
    },
  };
}

/** Personal information replaced by the operator, each replacement audited. */
export function redactStage(analyzer: PiiAnalyzer, operator: Operator): RecordStage {
  return {
    name: "redact",
    apply(record) {
      const redacted = redactConversation(record.episode, analyzer, operator);
      record.episode = redacted.record;
      record.audit = redacted.audit;
      record.outcomes.push(["redact", redacted.audit.length > 0 ? "records-with-pii" : "records-without-pii"]);
      for (const entry of redacted.audit) record.outcomes.push(["redact", entry.type]);
    },
  };
}

/** The quality filters' verdict on the text as published. */
export function filterStage(filter: (episode: Episode) => Verdict): RecordStage {
  return {
    name: "filter",
    apply(record) {
      const verdict = filter(record.episode);
      record.drop = verdict === true ? null : verdict.drop;
    },
  };
}

/** The build's stages, in order, from what is switched on. */
export function buildRecordStages(settings: {
  clean: CleanOptions | null;
  content: { threshold: number; policy: ContentPolicy };
  redact: { analyzer: PiiAnalyzer; operator: Operator } | null;
  filter: ((episode: Episode) => Verdict) | null;
}): RecordStage[] {
  return [
    ...(settings.clean ? [cleanStage(settings.clean)] : []),
    contentStage(settings.content.threshold, settings.content.policy),
    ...(settings.redact ? [redactStage(settings.redact.analyzer, settings.redact.operator)] : []),
    ...(settings.filter ? [filterStage(settings.filter)] : []),
  ];
}
