/**
 * Worker thread of `pippa build`: parses PIPPA lines (or takes imported episodes), runs the
 * per-record stages (record-stages.ts: clean, content, redact, filter), measures dedup features,
 * and returns the published line with what the parent needs to finish the release. Pure stage
 * code; only this shell is Node.
 */
import { lineStyleOf, parsePippaLineBytes, writePippaLine } from "../../formats/pippa/pippa-jsonl.js";
import { isPublishedLine } from "../../formats/pippa/published-line.js";
import { NumberList } from "../../base/growable.js";
import { narrowestConsent } from "../../model/consent.js";
import { toPippa, type Consent, type Episode, type PippaRecord } from "../../model/pippa-record.js";
import type { CleanOptions } from "../../stages/clean.js";
import type { ContentTag } from "../../stages/content/types.js";
import { buildRecordStages, runRecordStages, type ContentFacts, type RecordStage } from "../../stages/record-stages.js";
import { dedupFeatures, type DedupFeatures, type DedupOptions } from "../../stages/dedup/dedup-index.js";
import { loadLanguageDetector, qualityFilter, type FilterOptions } from "../../stages/filter.js";
import type { PiiAnalyzer } from "../../stages/redact/analyzer.js";
import { loadFakeValues, maskOperator, placeholderOperator, surrogateOperator, type Operator, type OperatorName } from "../../stages/redact/operators.js";
import type { AuditEntry } from "../../stages/redact/redact-record.js";
import { measureRecord, measuresBuilder, type RecordMeasures } from "../../stats/record-measures.js";
import { PippaLineScanner } from "../../stats/scan-pippa-line.js";
import { createPiiAnalyzer } from "../pii-analyzer.js";
import type { ImportBatch, ImportItem } from "../import-batches.js";
import { rejectEntryOf, type RejectEntry } from "../rejects.js";
import { serveTasks } from "../worker-map.js";
import { transferableOf } from "../shared-buffers.js";
import { NumberPacker } from "./packed-numbers.js";

export interface BuildWorkerInit {
  clean: CleanOptions | null;
  /** `storyNames`: the names the corpus shows to be the story's (counted before pass 1). */
  redact: { operator: OperatorName; threshold: number; secret: string | null; storyNames?: string[] } | null;
  dedup: Partial<DedupOptions> | null;
  filter: Partial<FilterOptions> | null;
  /** Always on: sexual content involving minors is never published. */
  content: { threshold: number; exclude: ContentTag[] };
}


/** A batch's results; published lines packed in one transferred buffer (each ends with "\n"). */
export interface BuildBatchResult {
  results: BuildResult[];
  published: Uint8Array;
  /** Every record's dedup features and message counts, packed (see packed-numbers.ts). */
  numbers: Uint32Array;
  /** The batch's input line bytes (0 for records other formats gave), for progress. */
  inputBytes: number;
}

export type BuildResult =
  | {
      kind: "record";
      source: string;
      line: number | null;
      consent: Consent;
      botId: string;
      /** Where the record's published line (after clean and redact, with its newline) sits in the batch result's buffer. */
      publishedStart: number;
      publishedEnd: number;
      /**
       * Where the record's dedup features and its share of the release's figures (per message its
       * characters and words, counted if it stays public after dedup and filters) start in `numbers`.
       */
      numbers: number;
      categories: string[] | null;
      /** Why the quality filters drop it, or null. */
      drop: string | null;
      /** What each stage did, `[stage, outcome]`, for the parent to count per consent. */
      outcomes: [string, string][];
      audit: AuditEntry[];
      /** The content tags that hold, the evidence of each (offsets in the text before redaction), and why it is withheld, or null. */
      content: ContentFacts;
    }
  | { kind: "reject"; reject: RejectEntry };

interface Tools {
  /** The per-record stages, in order. */
  stages: RecordStage[];
}

async function prepare(init: BuildWorkerInit): Promise<Tools> {
  let operator: Operator | null = null;
  let analyzer: PiiAnalyzer | null = null;
  if (init.redact) {
    analyzer = await createPiiAnalyzer({ threshold: init.redact.threshold, storyNames: init.redact.storyNames ? new Set(init.redact.storyNames) : undefined });
    if (init.redact.operator === "surrogate") operator = surrogateOperator(init.redact.secret ?? "", await loadFakeValues());
    else operator = init.redact.operator === "mask" ? maskOperator() : placeholderOperator();
  }
  const languageOf = init.filter?.languages ? await loadLanguageDetector() : undefined;
  const stages = buildRecordStages({
    clean: init.clean,
    content: { threshold: init.content.threshold, policy: { exclude: init.content.exclude } },
    redact: analyzer && operator ? { analyzer, operator } : null,
    filter: init.filter ? qualityFilter(init.filter, languageOf) : null,
  });
  return { stages };
}

/** A record's result before its line is placed; measures are null when no dedup scan measured them on the way. */
type ProcessedRecord = Omit<Extract<BuildResult, { kind: "record" }>, "publishedStart" | "publishedEnd" | "numbers" | "categories"> & {
  published: PippaRecord;
  features: DedupFeatures | null;
  measures: RecordMeasures | null;
};

/** Whether a text encodes to exactly these bytes. */
function sameBytes(text: string, bytes: Uint8Array): boolean {
  const encoded = encoder.encode(text);
  return encoded.length === bytes.length && encoded.every((byte, i) => byte === bytes[i]);
}

/** Processes one record; its published line (text to encode, or the input's bytes) is appended to `out`, without a newline. */
export function processItem(item: ImportItem, bytes: Uint8Array, init: BuildWorkerInit, tools: Tools, out: (string | Uint8Array)[]): ProcessedRecord | Extract<BuildResult, { kind: "reject" }> {
  let episode: Episode;
  const line = item.kind === "line" ? bytes.subarray(item.start, item.end) : null;
  if (item.kind === "line") {
    const parsed = parsePippaLineBytes(line!, { source: item.source, line: item.line }, { episodes: true });
    if (!parsed.ok) return { kind: "reject", reject: rejectEntryOf(parsed.error, parsed.raw) };
    episode = parsed.record;
  } else {
    episode = item.episode;
  }
  const done = runRecordStages(tools.stages, episode);
  const record = toPippa(done.episode);
  // Dedup reads every message anyway: the card's figures are counted in the same scan.
  const measuring = init.dedup ? measuresBuilder(record) : null;
  const features = init.dedup ? dedupFeatures(record.conversation, record.bot_greeting, init.dedup, measuring!.add) : null;
  // A line whose record nothing changed is its own published line, in either style (a published
  // line is escaped ASCII, so the common case needs no second scan); a changed one is written in
  // its input's style, an `ensure_ascii=False` copy staying one.
  const unchanged = line !== null && done.episode === episode;
  if (unchanged && isPublishedLine(line)) out.push(line);
  else {
    const written = writePippaLine(record, line ? lineStyleOf(line) : "ascii");
    out.push(unchanged && sameBytes(written, line) ? line : written);
  }
  return {
    kind: "record",
    source: item.kind === "line" ? item.source : (episode.source?.file ?? ""),
    line: item.kind === "line" ? item.line : (episode.source?.line ?? null),
    // Consent travels with the item; a record without one is private.
    consent: item.kind === "line" ? narrowestConsent(item.consent ?? "private", episode.consent) : (episode.consent ?? "private"),
    botId: record.bot_id,
    features,
    measures: measuring?.measures ?? null,
    drop: done.drop,
    outcomes: done.outcomes,
    audit: done.audit,
    content: done.content,
    published: record,
  };
}

/**
 * The lines as UTF-8 in one buffer, each followed by a newline, and where each ends: text encoded
 * in place, bytes (published lines reused as they are) copied; no joined string, no second pass to
 * measure them. The buffer (`into`) grows when a line does not fit.
 */
function encodeLines(lines: readonly (string | Uint8Array)[], encoder: InstanceType<typeof TextEncoder>, into: Uint8Array): { bytes: Uint8Array; ends: number[] } {
  const out = new NumberList(into);
  const ends: number[] = [];
  for (const line of lines) {
    if (typeof line !== "string") out.append(line);
    else {
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      out.reserve(line.length * 3);
      out.length += encoder.encodeInto(line, out.data.subarray(out.length)).written;
    }
    out.push(0x0a);
    ends.push(out.length);
  }
  return { bytes: out.view, ends };
}

const encoder = new TextEncoder();
const scanner = new PippaLineScanner();
const packer = new NumberPacker();

/** A batch of pass 1: the records, and where to write their published lines (a shared slot the parent reuses; a larger buffer replaces it when they do not fit). */
export interface BuildBatch extends ImportBatch {
  out: Uint8Array;
}

/** One batch: every record processed, the published lines encoded here, once, and handed over without a copy. */
function processBatch(batch: BuildBatch, init: BuildWorkerInit, tools: Tools): { result: BuildBatchResult; transfer: ArrayBuffer[] } {
  const lines: (string | Uint8Array)[] = [];
  const partial = batch.items.map((item) => processItem(item, batch.bytes, init, tools, lines));
  const { bytes: published, ends } = encodeLines(lines, encoder, batch.out);
  const results: BuildResult[] = [];
  let next = 0;
  for (const result of partial) {
    if (result.kind === "reject") {
      results.push(result);
      continue;
    }
    const { published: record, measures: measured, features, ...rest } = result;
    const publishedStart = next === 0 ? 0 : ends[next - 1];
    const publishedEnd = ends[next++];
    const measures = measured ?? measureRecord(record, published.subarray(publishedStart, publishedEnd - 1), scanner);
    results.push({ ...rest, publishedStart, publishedEnd, numbers: packer.pack(features, measures.counts), categories: measures.categories });
  }
  const numbers = packer.take();
  return { result: { results, published, numbers, inputBytes: batch.bytes.length }, transfer: [...transferableOf(published), ...transferableOf(numbers)] };
}

serveTasks<BuildWorkerInit, BuildBatch, BuildBatchResult, { init: BuildWorkerInit; tools: Tools }>(
  async (init) => ({ init, tools: await prepare(init) }),
  (batch, { init, tools }) => processBatch(batch, init, tools),
);
