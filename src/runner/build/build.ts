/**
 * `pippa build`: contributor exports in, a release folder out, in three passes.
 *
 * 1. Import every source; worker threads parse, clean, redact, measure dedup features and apply
 *    the quality filters; the parent writes `pippa.jsonl` (public records) and a private work
 *    file (the others), each in input order.
 * 2. Dedup: exact and extended copies from the features, near candidates from LSH, verified by
 *    true Jaccard over shingles recomputed (on two threads) for the candidates only; clusters
 *    keep their longest.
 * 3. Release: which records stay is known from passes 1 and 2 alone, and so are the card's
 *    figures (measured in pass 1); the parent copies the kept lines of `pippa.jsonl` into
 *    `pippa_deduped.jsonl` while worker threads encode them as `pippa_deduped.parquet`'s row
 *    groups; the card and `build.json` are written.
 *
 * Everything is written into a temporary sibling folder renamed into place at the end, so an
 * interrupted build leaves no half release; the same input and seed give the same bytes.
 */
import { createHash } from "node:crypto";
import { mkdir, open, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseConsent, type Consent } from "../../model/consent.js";
import { CorpusStats } from "../../stats/corpus-stats.js";
import { addMeasures } from "../../stats/record-measures.js";
import { Uint32Arena } from "../../stages/dedup/compact.js";
import { renderDatasetCard } from "../../stats/dataset-card.js";
import { DEFAULT_DEDUP, DedupIndex, type DedupDecision } from "../../stages/dedup/dedup-index.js";
import { DEFAULT_FILTERS } from "../../stages/filter.js";
import { MEASURED_REDACTION } from "../../stages/redact/measured-quality.js";
import { StageCounters } from "../../stages/stage.js";
import { batchTransferList, importBatches } from "../import-batches.js";
import { SharedBufferPool } from "../shared-buffers.js";
import { expandConsentedInputs, type ConsentedInput } from "../import-files.js";
import { countCorpusNames } from "../corpus-names.js";
import { rejectEntryOf } from "../rejects.js";
import type { ProgressState } from "../progress.js";
import { mapInWorkers } from "../worker-map.js";
import { AtomicFile, trackTemporary, untrackTemporary } from "../write-file.js";
import type { BuildBatch, BuildBatchResult, BuildWorkerInit } from "./build-worker.js";
import { PIPPA_VERSION } from "../../model/version.js";
import type { BuildConfig } from "./config.js";
import { candidateShingles } from "./candidate-shingles.js";
import { copyLines, LineIndex } from "./line-index.js";
import { unpackNumbers } from "./packed-numbers.js";
import { writeKeptAsParquet } from "./write-parquet.js";
import { writeMetharmeFile } from "./metharme-file.js";
import { checkReleaseTarget, clearAbandonedBuilds, releaseFoldersOf, STAGING_PRIVATE, STAGING_PUBLIC, swapInRelease } from "./release-folders.js";

/**
 * Young generation of the pass-1 workers: a batch's parsed records, spans and strings live until
 * its results are sent; with room for a few batches they die young instead of being promoted and
 * marked (measured: 0.5 s less of 12 on the benchmark corpus, 60 MB more peak memory).
 */
const PASS_ONE_YOUNG_MB = 192;

/** Pass 1's batches close at 512 KiB of lines; a slot holds that and the line that overflowed it, mostly. */
const BATCH_SLOT_BYTES = 1 << 20;

const NO_TAGS: string[] = [];
/** Published conversations with any of these make the release adult material (not-for-all-audiences). */
const ADULT_OR_GRAPHIC = ["sexual", "violence", "self-harm", "hate"];
const decoder = new TextDecoder();

export interface BuildOptions {
  /** Files or folders; each with its consent, or a plain path (see `expandConsentedInputs`). */
  sources: readonly ConsentedInput[];
  output: string;
  config: BuildConfig;
  /** Key for the surrogate operator. */
  secret?: string | null;
  /** Called as records pass: the stage name, how many so far, and whether the stage is done. */
  onProgress?: (stage: string, state: ProgressState, done?: boolean) => void;
}

export interface BuildSummary {
  output: string;
  /** Where the private companion was written (beside `output`, never inside it). */
  privateOutput: string;
  /** `imported` counts every record read but those withheld by the content policy, which `withheld` counts. */
  records: { imported: number; public: number; deduped: number; trainOnly: number; withheld: number };
  counts: Record<string, Record<string, number>>;
}

/** The file's SHA-256, read through one reused buffer (a stream's fresh chunks would keep the collector busy beside pass 1). */
async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(1 << 20);
  const handle = await open(path, "r");
  try {
    for (let read = 0; (read = (await handle.read(buffer, 0, buffer.length, null)).bytesRead) > 0; ) hash.update(buffer.subarray(0, read));
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}

/**
 * Builds `options.output` (public) and `options.output + ".private"` beside it; see the module
 * comment. Refuses (PIPPA_E_USAGE) an output that overlaps an input or is a folder of something
 * else, before reading anything.
 */
export async function buildRelease(options: BuildOptions): Promise<BuildSummary> {
  const given = options.output.replace(/[\\/]+$/, "") || options.output;
  const folders = releaseFoldersOf(given);
  await checkReleaseTarget(folders, options.sources.map((source) => (typeof source === "string" ? source : source.path)), given);
  // A build killed before it could clean up left records of every consent in its staging folder.
  await clearAbandonedBuilds(folders);
  const { staging } = folders;
  trackTemporary(staging);
  try {
    await mkdir(join(staging, STAGING_PRIVATE, "work"), { recursive: true });
    await mkdir(join(staging, STAGING_PUBLIC), { recursive: true });
    const summary = await buildInto(staging, options);
    await swapInRelease(folders);
    return { ...summary, output: given, privateOutput: `${given}.private` };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    untrackTemporary(staging);
  }
}

async function buildInto(staging: string, options: BuildOptions): Promise<Omit<BuildSummary, "output" | "privateOutput">> {
  const { config } = options;
  const inputs = await expandConsentedInputs(options.sources, config.consent);
  const files = inputs.map((input) => input.path);
  const consentByFile = new Map(inputs.map((input) => [input.path, input.consent]));
  // A record's consent comes with its item; a file the map does not know is private.
  const consentOfFile = (file: string): Consent => consentByFile.get(file) ?? "private";
  // Hashed beside pass 1 (the hash is only needed for build.json), not before it.
  const checksums = Promise.all(files.map(async (file) => ({ file, sha256: await sha256File(file) })));
  checksums.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
  // Two sets of counts: everything (the private build.json) and the public records' alone (the
  // public build.json and card), so that nothing public tells how many private records there were.
  const counters = new StageCounters();
  const publicCounters = new StageCounters();
  const count = (consent: Consent, stage: string, outcome: string) => {
    counters.count(stage, outcome);
    if (consent === "public") publicCounters.count(stage, outcome);
  };
  const at = (...parts: string[]) => join(staging, STAGING_PUBLIC, ...parts);
  const atPrivate = (...parts: string[]) => join(staging, STAGING_PRIVATE, ...parts);
  const rejects = new AtomicFile(atPrivate("rejects.jsonl"));
  const audit = new AtomicFile(atPrivate("pii-audit.jsonl"));
  // Every tagged conversation's tags and evidence (no text), and the withheld ones whole.
  const contentAudit = new AtomicFile(atPrivate("content-audit.jsonl"));
  const withheldFile = new AtomicFile(atPrivate("content-withheld.jsonl"));
  const privateWork = new AtomicFile(atPrivate("work", "private.jsonl"));
  const all = new AtomicFile(at("pippa.jsonl"));
  const progress = options.onProgress ?? (() => {});

  // Pass 1: import, clean, redact, features, filters.
  const init: BuildWorkerInit = {
    clean: config.clean || null,
    redact: config.redact
      ? {
          operator: config.redact.operator,
          threshold: config.redact.threshold,
          secret: options.secret ?? null,
          // Counted over every input first, private and public alike: counts only, never written.
          ...(config.redact.corpusNames ? { storyNames: [...(await countCorpusNames(files))] } : {}),
        }
      : null,
    dedup: config.dedup ? { ...config.dedup, seed: config.seed } : null,
    filter: config.filter || null,
    content: { threshold: config.content.threshold, exclude: config.content.exclude },
  };
  const dedup = config.dedup ? new DedupIndex({ ...config.dedup, seed: config.seed }) : null;
  // What pass 1 leaves per record, held until the end: plain numbers, typed arrays and shared
  // strings, not an object or a copied string per record (the thread's collector walks them all).
  const consents: Consent[] = [];
  const drops: (string | null)[] = [];
  const shared = new Map<string, string>();
  const intern = (text: string) => shared.get(text) ?? (shared.set(text, text), text);
  const sharedLists = new Map<string, string[]>();
  const internList = (list: string[] | null) => {
    if (list === null) return null;
    const key = JSON.stringify(list);
    return sharedLists.get(key) ?? (sharedLists.set(key, list), list);
  };
  const sources: string[] = [];
  const sourceLines: (number | null)[] = [];
  const origin = (index: number) => ({ source: sources[index], line: sourceLines[index] });
  // Where each line of pippa.jsonl and of the private work file ends, and which line each record is.
  const publicLines = new LineIndex();
  const privateLines = new LineIndex();
  const lineOf: number[] = [];
  // Each public record's share of the figures, measured by the workers, counted in pass 3 if it stays.
  const publicBots: string[] = [];
  const publicCategories: (string[] | null)[] = [];
  const publicCounts = new Uint32Arena();
  const publicTags: string[][] = [];
  // Batch buffers in both directions come from shared slots, reused once a batch's result is
  // written (see shared-buffers.ts); results arrive in batch order, so a queue pairs them.
  const inputSlots = new SharedBufferPool(BATCH_SLOT_BYTES);
  const outputSlots = new SharedBufferPool(2 * BATCH_SLOT_BYTES);
  const inFlight: BuildBatch[] = [];
  const batches = importBatches(files, {
    onReject: async (event) => {
      count(consentOfFile(event.source), "import", "rejected");
      await rejects.write(`${JSON.stringify({ stage: "import", ...rejectEntryOf(event.reject.error, event.reject.raw) })}\n`);
    },
    onFile: (report) => count(consentOfFile(report.source), "import", "files"),
    allocate: (minBytes) => inputSlots.acquire(minBytes),
    consentOf: consentOfFile,
  });
  async function* slotted(): AsyncGenerator<BuildBatch> {
    for await (const batch of batches) {
      const slotted = { ...batch, out: outputSlots.acquire() };
      inFlight.push(slotted);
      yield slotted;
    }
  }
  const workerUrl = new URL("./build-worker.js", import.meta.url);
  let imported = 0;
  let withheld = 0;
  // Progress in bytes: the input lines each batch carried (or, for other formats, what they gave).
  const totalBytes = (await Promise.all(files.map(async (file) => (await stat(file)).size))).reduce((sum, size) => sum + size, 0);
  let bytesDone = 0;
  // Announced before the first batch, so that rates count from the stage's start.
  progress("import, clean, redact", { records: 0, bytes: 0, totalBytes });
  for await (const { results, published, numbers, inputBytes } of mapInWorkers<BuildBatch, BuildBatchResult, BuildWorkerInit>(workerUrl, slotted(), { workers: config.workers, init, queueDepth: 8, transferOf: batchTransferList, youngGenerationMb: PASS_ONE_YOUNG_MB })) {
    // Consecutive lines of one consent are written as one range of the batch's buffer.
    const run = { file: null as AtomicFile | null, start: 0, end: 0 };
    const flushRun = async () => {
      if (run.file) await run.file.write(published.subarray(run.start, run.end));
      run.file = null;
    };
    for (const result of results) {
      if (result.kind === "reject") {
        count(consentOfFile(result.reject.source), "import", "rejected");
        await rejects.write(`${JSON.stringify({ stage: "import", ...result.reject })}\n`);
        continue;
      }
      // Anything but an explicit public (a worker's answer included) is private.
      const consent: Consent = parseConsent(result.consent) ?? "private";
      count(consent, "import", "records");
      counters.count("consent", consent);
      // Each stage's outcomes, as the worker's stages reported them (the filters' are counted after dedup).
      for (const [stage, outcome] of result.outcomes) count(consent, stage, outcome);
      if (result.content.tags.length > 0) {
        await contentAudit.write(`${JSON.stringify({ source: result.source, line: result.line, bot_id: result.botId, consent, tags: result.content.tags, withheld: result.content.withheld, evidence: result.content.evidence })}\n`);
      }
      if (result.content.withheld !== null) {
        // Withheld from every file of the release, private training files included: kept apart
        // (or dropped with dropExcluded) with the reason, and nowhere else.
        withheld++;
        if (!config.content.dropExcluded) {
          const line = decoder.decode(published.subarray(result.publishedStart, result.publishedEnd - 1));
          await withheldFile.write(`{"reason":${JSON.stringify(result.content.withheld)},"source":${JSON.stringify(result.source)},"line":${result.line},"consent":"${consent}","record":${line}}\n`);
        }
        continue;
      }
      const index = imported++;
      const { features, counts } = unpackNumbers(numbers, result.numbers);
      consents.push(consent);
      drops.push(result.drop === null ? null : intern(result.drop));
      sources.push(intern(result.source));
      sourceLines.push(result.line);
      const lines = consent === "public" ? publicLines : privateLines;
      lineOf.push(lines.length);
      lines.add(result.publishedEnd - result.publishedStart);
      if (consent === "public") {
        publicBots.push(intern(result.botId));
        publicCategories.push(internList(result.categories));
        publicCounts.push(counts);
        publicTags.push(result.content.tags.length === 0 ? NO_TAGS : internList(result.content.tags)!);
      }
      const file = consent === "public" ? all : privateWork;
      if (run.file === file && run.end === result.publishedStart) run.end = result.publishedEnd;
      else {
        await flushRun();
        Object.assign(run, { file, start: result.publishedStart, end: result.publishedEnd });
      }
      for (const entry of result.audit) await audit.write(`${JSON.stringify({ record: index, source: result.source, line: result.line, bot_id: result.botId, ...entry })}\n`);
      if (dedup && features) dedup.addFeatures(features);
    }
    await flushRun();
    // Written (or copied) by now: the batch's slots can carry another.
    const done = inFlight.shift()!;
    inputSlots.release(done.bytes);
    outputSlots.release(done.out);
    bytesDone += inputBytes > 0 ? inputBytes : published.length;
    progress("import, clean, redact", { records: imported, bytes: bytesDone, totalBytes });
  }
  for (const file of [all, privateWork]) await file.commit();
  progress("import, clean, redact", { records: imported, bytes: bytesDone, totalBytes }, true);

  // Pass 2: dedup.
  let decisions: DedupDecision[] | null = null;
  if (dedup) {
    const needed = dedup.candidates();
    if (needed.size > 0) {
      // Only the candidates' lines are read back, by their byte ranges, on two threads.
      const candidates = [...needed].sort((a, b) => a - b).map((record) => {
        const [path, lines] = consents[record] === "public" ? [all.path, publicLines] : [privateWork.path, privateLines];
        return { path, start: lines.start(lineOf[record]), end: lines.end(lineOf[record]) - 1, record };
      });
      const shingles = await candidateShingles(candidates);
      dedup.verify((index) => shingles.get(index) ?? new Uint32Array(0));
    }
    // A cluster's public survivor is chosen among its public members: a private copy never displaces a public one.
    decisions = dedup.decide((index) => consents[index] === "public");
    const clusters = new AtomicFile(atPrivate("dedup-clusters.jsonl"));
    for (const edge of dedup.duplicateEdges()) {
      await clusters.write(`${JSON.stringify({ a: edge.a, b: edge.b, kind: edge.kind, similarity: Math.round(edge.similarity * 1000) / 1000, a_source: origin(edge.a), b_source: origin(edge.b) })}\n`);
    }
    await clusters.commit();
    progress("dedup", { records: imported }, true);
  }

  // Pass 3: filters, the deduplicated release, statistics. What stays is decided first, from
  // the consents, dedup decisions and filter verdicts held in memory.
  const publicCount = publicLines.length;
  const keepPublic = new Uint8Array(publicCount);
  const keepPrivate = new Uint8Array(privateLines.length);
  let dedupedCount = 0;
  let trainOnlyCount = 0;
  for (let index = 0; index < imported; index++) {
    const consent = consents[index];
    const isPublic = consent === "public";
    const position = lineOf[index];
    const decision = decisions?.[index];
    if (decision && !decision.keep) {
      count(consent, "dedup", `duplicate-${decision.kind ?? "near"}`);
      continue;
    }
    if (decisions) count(consent, "dedup", "kept");
    const drop = drops[index];
    if (drop) {
      count(consent, "filter", drop);
      await rejects.write(`${JSON.stringify({ stage: "filter", source: sources[index], line: sourceLines[index], code: "PIPPA_FILTER", reason: drop, record: index })}\n`);
      continue;
    }
    if (config.filter) count(consent, "filter", "kept");
    if (isPublic) {
      keepPublic[position] = 1;
      dedupedCount++;
    } else if (config.trainOnly) {
      keepPrivate[position] = 1;
      trainOnlyCount++;
    }
  }
  const parquetRows = config.parquet
    ? writeKeptAsParquet({ source: all.path, lines: publicLines, keep: keepPublic, target: at("pippa_deduped.parquet"), createdBy: `pippa ${PIPPA_VERSION}`, workers: config.workers })
    : null;
  parquetRows?.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
  const deduped = new AtomicFile(at("pippa_deduped.jsonl"));
  const stats = new CorpusStats();
  const publishedTags: Record<string, number> = {};
  for (let index = 0; index < publicBots.length; index++) {
    if (keepPublic[index] !== 1) continue;
    addMeasures(stats, publicBots[index], "", { categories: publicCategories[index], counts: publicCounts.get(index)! });
    for (const tag of publicTags[index]) publishedTags[tag] = (publishedTags[tag] ?? 0) + 1;
  }
  await copyLines(all.path, publicLines, (line) => keepPublic[line] === 1, deduped);
  const outputs = [deduped, rejects, audit, contentAudit, ...(withheldFile.started ? [withheldFile] : [])];
  if (config.trainOnly) {
    const trainOnly = new AtomicFile(atPrivate("train_only", "pippa_deduped.jsonl"));
    outputs.push(trainOnly);
    await copyLines(privateWork.path, privateLines, (line) => keepPrivate[line] === 1, trainOnly);
  }
  progress("release", { records: imported }, true);
  for (const file of outputs) await file.commit();
  if (parquetRows && (await parquetRows) !== dedupedCount) throw new Error("the Parquet file does not hold every deduplicated record");
  const metharme = config.metharme ? await writeMetharmeFile(deduped.path, dedupedCount, at("pippa_metharme.jsonl"), atPrivate("work", "metharme"), config.seed, config.workers) : null;
  if (metharme) progress("metharme", { records: dedupedCount }, true);
  await rm(atPrivate("work"), { recursive: true, force: true });

  const stageOrder = ["import", "consent", "clean", "content", "redact", "dedup", "filter"];
  const counts = counters.toJSON(stageOrder);
  const publicStageCounts = publicCounters.toJSON(stageOrder);
  const { workers: _workers, ...reproducibleConfig } = config;
  const configHash = createHash("sha256").update(JSON.stringify(reproducibleConfig)).digest("hex");
  // The public build.json tells how the public records were made and nothing of the inputs:
  // no paths (the curator's machine), no checksums, no count that includes a private record.
  const publicBuildJson = {
    pippa: PIPPA_VERSION,
    seed: config.seed,
    config: reproducibleConfig,
    config_sha256: configHash,
    records: { public: publicCount, deduped: dedupedCount, ...(metharme ? { metharme_examples: metharme.examples } : {}) },
    counts: publicStageCounts,
  };
  const privateBuildJson = {
    pippa: PIPPA_VERSION,
    seed: config.seed,
    config: reproducibleConfig,
    config_sha256: configHash,
    inputs: (await checksums).map(({ file, sha256 }) => ({ file, consent: consentOfFile(file), sha256 })),
    records: { imported, public: publicCount, deduped: dedupedCount, train_only: trainOnlyCount, withheld },
    counts,
  };
  const card = renderDatasetCard({
    name: config.name,
    prettyName: config.prettyName,
    license: config.license,
    description: config.description,
    summary: stats.summarise(),
    allRecords: publicCount,
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
    [at("build.json"), `${JSON.stringify(publicBuildJson, null, 2)}\n`],
    [at("README.md"), card],
    [atPrivate("build.json"), `${JSON.stringify(privateBuildJson, null, 2)}\n`],
  ] as const;
  for (const [path, text] of documents) {
    const file = new AtomicFile(path);
    await file.write(text);
    await file.commit();
  }
  return { records: { imported, public: publicCount, deduped: dedupedCount, trainOnly: trainOnlyCount, withheld }, counts };
}
