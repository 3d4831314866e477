/**
 * Pass 3 of `pippa build`: the release. Which records stay is known from passes 1 and 2 alone, and
 * so are the card's figures (measured in pass 1); the kept lines of `pippa.jsonl` are copied into
 * `pippa_deduped.jsonl` while worker threads encode them as `pippa_deduped.parquet`'s row groups;
 * then `pippa_metharme.jsonl`, the card and both build.json files.
 */
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import { PIPPA_VERSION } from "../../model/version.js";
import type { DedupDecision } from "../../stages/dedup/dedup-index.js";
import { DEFAULT_DEDUP } from "../../stages/dedup/dedup-index.js";
import { DEFAULT_FILTERS } from "../../stages/filter.js";
import { MEASURED_REDACTION } from "../../stages/redact/measured-quality.js";
import { CorpusStats } from "../../stats/corpus-stats.js";
import { renderDatasetCard } from "../../stats/dataset-card.js";
import { addMeasures } from "../../stats/record-measures.js";
import type { Consent } from "../../model/consent.js";
import type { StageCounters } from "../../stages/stage.js";
import { AtomicFile } from "../write-file.js";
import { reproducibleConfigOf, type BuildConfig } from "./config.js";
import type { BuildSummary } from "./build.js";
import type { BuildState } from "./build-state.js";
import { copyLines } from "./line-index.js";
import { writeMetharmeFile } from "./metharme-file.js";
import { writeKeptAsParquet } from "./write-parquet.js";

/** Published conversations with any of these make the release adult material (not-for-all-audiences). */
const ADULT_OR_GRAPHIC = ["sexual", "violence", "self-harm", "hate"];

/** The order of the stages in build.json's counts. */
export const STAGE_ORDER = ["import", "consent", "clean", "content", "redact", "dedup", "filter"];

/** Which records stay, decided from the consents, dedup decisions and filter verdicts pass 1 left. */
export interface KeptRecords {
  /** Per public line of pippa.jsonl, per private line of the work file: 1 if it stays. */
  keepPublic: Uint8Array;
  keepPrivate: Uint8Array;
  dedupedCount: number;
  trainOnlyCount: number;
}

/**
 * Decides what stays, counting dedup and filter outcomes and writing each filtered record to the
 * rejects; `firstRecord` is the number of the state's first record in the whole build (a task's
 * shard starts past 0).
 */
export async function keptRecords(state: BuildState, decisions: readonly Pick<DedupDecision, "keep" | "kind">[] | null, firstRecord = 0): Promise<KeptRecords> {
  const keepPublic = new Uint8Array(state.publicLines.length);
  const keepPrivate = new Uint8Array(state.privateLines.length);
  let dedupedCount = 0;
  let trainOnlyCount = 0;
  for (let index = 0; index < state.imported; index++) {
    const consent = state.consents[index];
    const position = state.lineOf[index];
    const decision = decisions?.[index];
    if (decision && !decision.keep) {
      state.count(consent, "dedup", `duplicate-${decision.kind ?? "near"}`);
      continue;
    }
    if (decisions) state.count(consent, "dedup", "kept");
    const drop = state.drops[index];
    if (drop) {
      state.count(consent, "filter", drop);
      await state.rejects.write(`${JSON.stringify({ stage: "filter", source: state.sources[index], line: state.sourceLines[index], code: "PIPPA_FILTER", reason: drop, record: firstRecord + index })}\n`);
      continue;
    }
    if (state.config.filter) state.count(consent, "filter", "kept");
    if (consent === "public") {
      keepPublic[position] = 1;
      dedupedCount++;
    } else if (state.config.trainOnly) {
      keepPrivate[position] = 1;
      trainOnlyCount++;
    }
  }
  return { keepPublic, keepPrivate, dedupedCount, trainOnlyCount };
}

/** The card's figures over the public records that stay, and how many carry each content tag. */
export function publishedFigures(state: BuildState, keepPublic: Uint8Array): { stats: CorpusStats; publishedTags: Record<string, number> } {
  const stats = new CorpusStats();
  const publishedTags: Record<string, number> = {};
  for (let index = 0; index < state.publicBots.length; index++) {
    if (keepPublic[index] !== 1) continue;
    addMeasures(stats, state.publicBots[index], "", { categories: state.publicCategories[index], counts: state.publicCounts.get(index)! });
    for (const tag of state.publicTags[index]) publishedTags[tag] = (publishedTags[tag] ?? 0) + 1;
  }
  return { stats, publishedTags };
}

export async function releasePass(state: BuildState, decisions: DedupDecision[] | null, checksums: Promise<{ file: string; sha256: string }[]>): Promise<Omit<BuildSummary, "output" | "privateOutput">> {
  // What stays is decided first, from the consents, dedup decisions and filter verdicts held in memory.
  const publicCount = state.publicLines.length;
  const { keepPublic, keepPrivate, dedupedCount, trainOnlyCount } = await keptRecords(state, decisions);
  const parquetRows = state.config.parquet
    ? writeKeptAsParquet({ source: state.all.path, lines: state.publicLines, keep: keepPublic, target: state.at("pippa_deduped.parquet"), createdBy: `pippa ${PIPPA_VERSION}`, workers: state.config.workers })
    : null;
  parquetRows?.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
  const deduped = new AtomicFile(state.at("pippa_deduped.jsonl"));
  const { stats, publishedTags } = publishedFigures(state, keepPublic);
  await copyLines(state.all.path, state.publicLines, (line) => keepPublic[line] === 1, deduped);
  const outputs = [deduped, state.rejects, state.audit, state.contentAudit, ...(state.withheldFile.started ? [state.withheldFile] : [])];
  if (state.config.trainOnly) {
    const trainOnly = new AtomicFile(state.atPrivate("train_only", "pippa_deduped.jsonl"));
    outputs.push(trainOnly);
    await copyLines(state.privateWork.path, state.privateLines, (line) => keepPrivate[line] === 1, trainOnly);
  }
  state.progress("release", { records: state.imported }, true);
  for (const file of outputs) await file.commit();
  if (parquetRows && (await parquetRows) !== dedupedCount) throw new Error("the Parquet file does not hold every deduplicated record");
  const metharme = state.config.metharme ? await writeMetharmeFile(deduped.path, dedupedCount, state.at("pippa_metharme.jsonl"), state.atPrivate("work", "metharme"), state.config.seed, state.config.workers) : null;
  if (metharme) state.progress("metharme", { records: dedupedCount }, true);
  await rm(state.atPrivate("work"), { recursive: true, force: true });
  const records = { imported: state.imported, public: publicCount, deduped: dedupedCount, trainOnly: trainOnlyCount, withheld: state.withheld };
  await writeReleaseDocuments({
    config: state.config,
    counters: state.counters,
    publicCounters: state.publicCounters,
    records,
    metharme,
    stats,
    publishedTags,
    inputs: (await checksums).map(({ file, sha256 }) => ({ file, consent: state.consentOfFile(file), sha256 })),
    at: (name) => state.at(name),
    atPrivate: (name) => state.atPrivate(name),
  });
  return { records, counts: state.counters.toJSON(STAGE_ORDER) };
}

/** What the card and both build.json files are written from. */
export interface ReleaseDocumentsInput {
  config: BuildConfig;
  counters: StageCounters;
  publicCounters: StageCounters;
  records: BuildSummary["records"];
  metharme: Awaited<ReturnType<typeof writeMetharmeFile>> | null;
  stats: CorpusStats;
  publishedTags: Record<string, number>;
  inputs: { file: string; consent: Consent; sha256: string }[];
  at: (name: string) => string;
  atPrivate: (name: string) => string;
}

/** The card (README.md) and the public and private build.json. */
export async function writeReleaseDocuments(input: ReleaseDocumentsInput): Promise<void> {
  const { config, records, metharme, stats, publishedTags } = input;
  const counts = input.counters.toJSON(STAGE_ORDER);
  const publicStageCounts = input.publicCounters.toJSON(STAGE_ORDER);
  const reproducibleConfig = reproducibleConfigOf(config);
  const configHash = createHash("sha256").update(JSON.stringify(reproducibleConfig)).digest("hex");
  // The public build.json tells how the public records were made and nothing of the inputs:
  // no paths (the curator's machine), no checksums, no count that includes a private record.
  const publicBuildJson = {
    pippa: PIPPA_VERSION,
    seed: config.seed,
    config: reproducibleConfig,
    config_sha256: configHash,
    records: { public: records.public, deduped: records.deduped, ...(metharme ? { metharme_examples: metharme.examples } : {}) },
    counts: publicStageCounts,
  };
  const privateBuildJson = {
    pippa: PIPPA_VERSION,
    seed: config.seed,
    config: reproducibleConfig,
    config_sha256: configHash,
    inputs: input.inputs,
    records: { imported: records.imported, public: records.public, deduped: records.deduped, train_only: records.trainOnly, withheld: records.withheld },
    counts,
  };
  const card = renderDatasetCard({
    name: config.name,
    prettyName: config.prettyName,
    license: config.license,
    description: config.description,
    summary: stats.summarise(),
    allRecords: records.public,
    counts: publicStageCounts,
    hasParquet: config.parquet,
    metharme,
    method: {
      pippaVersion: PIPPA_VERSION,
      configHash,
      seed: config.seed,
      clean: config.clean !== false,
      redact: config.redact,
      dedup: config.dedup && { ...DEFAULT_DEDUP, ...config.dedup },
      filter: config.filter && { ...DEFAULT_FILTERS, ...config.filter },
    },
    contact: config.contact,
    withdrawalUrl: config.withdrawalUrl,
    content: {
      tags: publishedTags,
      withheld: Object.entries(publicStageCounts.content ?? {}).reduce((sum, [outcome, n]) => (outcome.startsWith("withheld-") ? sum + n : sum), 0),
      adultOrGraphic: ADULT_OR_GRAPHIC.some((tag) => (publishedTags[tag] ?? 0) > 0),
    },
    measured: MEASURED_REDACTION,
  });
  const documents = [
    [input.at("build.json"), `${JSON.stringify(publicBuildJson, null, 2)}\n`],
    [input.at("README.md"), card],
    [input.atPrivate("build.json"), `${JSON.stringify(privateBuildJson, null, 2)}\n`],
  ] as const;
  for (const [path, text] of documents) {
    const file = new AtomicFile(path);
    await file.write(text);
    await file.commit();
  }
}
