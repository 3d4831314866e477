/**
 * Pass 1 of `pippa build`: every source read in batches, each record through the per-record
 * stages on worker threads (clean, content, redact, filter verdict, dedup features and the card's
 * measures), and written as it comes: public records to `pippa.jsonl`, private ones to a private
 * work file, withheld ones apart; what the later passes need stays in the build state.
 */
import { stat } from "node:fs/promises";
import { parseConsent, type Consent } from "../../model/consent.js";
import { countCorpusNames } from "../corpus-names.js";
import { batchTransferList, importBatches } from "../import-batches.js";
import { rejectEntryOf } from "../rejects.js";
import { SharedBufferPool } from "../shared-buffers.js";
import { mapInWorkers } from "../worker-map.js";
import type { AtomicFile } from "../write-file.js";
import type { FilePiece } from "../import-files.js";
import type { BuildState } from "./build-state.js";
import type { BuildBatch, BuildBatchResult, BuildWorkerInit } from "./build-worker.js";
import { unpackNumbers } from "./packed-numbers.js";

/**
 * Young generation of the pass-1 workers: a batch's parsed records, spans and strings live until
 * its results are sent; with room for a few batches they die young instead of being promoted and
 * marked (measured: 0.5 s less of 12 on the benchmark corpus, 60 MB more peak memory).
 */
const PASS_ONE_YOUNG_MB = 192;

/** Pass 1's batches close at 512 KiB of lines; a slot holds that and the line that overflowed it, mostly. */
const BATCH_SLOT_BYTES = 1 << 20;

const NO_TAGS: string[] = [];
const decoder = new TextDecoder();

export async function importPass(state: BuildState): Promise<void> {
  const init: BuildWorkerInit = {
    clean: state.config.clean || null,
    redact: state.config.redact
      ? {
          operator: state.config.redact.operator,
          threshold: state.config.redact.threshold,
          secret: state.options.secret ?? null,
          // Counted over every input first, private and public alike: counts only, never written.
          ...(state.config.redact.corpusNames ? { storyNames: state.shard?.storyNames ? [...state.shard.storyNames] : [...(await countCorpusNames(state.files))] } : {}),
        }
      : null,
    dedup: state.config.dedup ? { ...state.config.dedup, seed: state.config.seed } : null,
    filter: state.config.filter || null,
    content: { threshold: state.config.content.threshold, exclude: state.config.content.exclude },
  };
  // Batch buffers in both directions come from shared slots, reused once a batch's result is
  // written (see shared-buffers.ts); results arrive in batch order, so a queue pairs them.
  const inputSlots = new SharedBufferPool(BATCH_SLOT_BYTES);
  const outputSlots = new SharedBufferPool(2 * BATCH_SLOT_BYTES);
  const inFlight: BuildBatch[] = [];
  // A part of a file that is not its start does not count the file again.
  const continued = new Set(state.reading.filter((input) => typeof input !== "string" && input.start > 0).map((input) => (input as FilePiece).path));
  const batches = importBatches(state.reading, {
    onReject: async (event) => {
      state.count(state.consentOfFile(event.source), "import", "rejected");
      await state.rejects.write(`${JSON.stringify({ stage: "import", ...rejectEntryOf(event.reject.error, event.reject.raw) })}\n`);
    },
    onFile: (report) => {
      if (!continued.has(report.source)) state.count(state.consentOfFile(report.source), "import", "files");
    },
    allocate: (minBytes) => inputSlots.acquire(minBytes),
    consentOf: (file) => state.consentOfFile(file),
  });
  async function* slotted(): AsyncGenerator<BuildBatch> {
    for await (const batch of batches) {
      const slotted = { ...batch, out: outputSlots.acquire() };
      inFlight.push(slotted);
      yield slotted;
    }
  }
  const workerUrl = new URL("./build-worker.js", import.meta.url);
  // Progress in bytes: the input lines each batch carried (or, for other formats, what they gave).
  const totalBytes = (await Promise.all(state.reading.map(async (input) => (typeof input === "string" ? (await stat(input)).size : input.end - input.start)))).reduce((sum, size) => sum + size, 0);
  let bytesDone = 0;
  // Announced before the first batch, so that rates count from the stage's start.
  state.progress("import, clean, content, redact", { records: 0, bytes: 0, totalBytes });
  for await (const { results, published, numbers, inputBytes } of mapInWorkers<BuildBatch, BuildBatchResult, BuildWorkerInit>(workerUrl, slotted(), { workers: state.config.workers, init, queueDepth: 8, transferOf: batchTransferList, youngGenerationMb: PASS_ONE_YOUNG_MB })) {
    // Consecutive lines of one consent are written as one range of the batch's buffer.
    const run = { file: null as AtomicFile | null, start: 0, end: 0 };
    const flushRun = async () => {
      if (run.file) await run.file.write(published.subarray(run.start, run.end));
      run.file = null;
    };
    for (const result of results) {
      if (result.kind === "reject") {
        state.count(state.consentOfFile(result.reject.source), "import", "rejected");
        await state.rejects.write(`${JSON.stringify({ stage: "import", ...result.reject })}\n`);
        continue;
      }
      // Anything but an explicit public (a worker's answer included) is private.
      const consent: Consent = parseConsent(result.consent) ?? "private";
      state.count(consent, "import", "records");
      state.counters.count("consent", consent);
      // Each stage's outcomes, as the worker's stages reported them (the filters' are counted after dedup).
      for (const [stage, outcome] of result.outcomes) state.count(consent, stage, outcome);
      if (result.content.tags.length > 0) {
        await state.contentAudit.write(`${JSON.stringify({ source: result.source, line: result.line, bot_id: result.botId, consent, tags: result.content.tags, withheld: result.content.withheld, evidence: result.content.evidence })}\n`);
      }
      if (result.content.withheld !== null) {
        // Withheld from every file of the release, private training files included: kept apart
        // (or dropped with dropExcluded) with the reason, and nowhere else.
        state.withheld++;
        if (!state.config.content.dropExcluded) {
          const line = decoder.decode(published.subarray(result.publishedStart, result.publishedEnd - 1));
          await state.withheldFile.write(`{"reason":${JSON.stringify(result.content.withheld)},"source":${JSON.stringify(result.source)},"line":${result.line},"consent":"${consent}","record":${line}}\n`);
        }
        continue;
      }
      const index = state.imported++;
      const { features, counts } = unpackNumbers(numbers, result.numbers);
      state.consents.push(consent);
      state.drops.push(result.drop === null ? null : state.intern(result.drop));
      state.sources.push(state.intern(result.source));
      state.sourceLines.push(result.line);
      const lines = consent === "public" ? state.publicLines : state.privateLines;
      state.lineOf.push(lines.length);
      lines.add(result.publishedEnd - result.publishedStart);
      if (consent === "public") {
        state.publicBots.push(state.intern(result.botId));
        state.publicCategories.push(state.internList(result.categories));
        state.publicCounts.push(counts);
        state.publicTags.push(result.content.tags.length === 0 ? NO_TAGS : state.internList(result.content.tags)!);
      }
      const file = consent === "public" ? state.all : state.privateWork;
      if (run.file === file && run.end === result.publishedStart) run.end = result.publishedEnd;
      else {
        await flushRun();
        Object.assign(run, { file, start: result.publishedStart, end: result.publishedEnd });
      }
      for (const entry of result.audit) await state.audit.write(`${JSON.stringify({ record: index, source: result.source, line: result.line, bot_id: result.botId, ...entry })}\n`);
      if (state.config.dedup && features) state.addDedupFeatures(features);
    }
    await flushRun();
    // Written (or copied) by now: the batch's slots can carry another.
    const done = inFlight.shift()!;
    inputSlots.release(done.bytes);
    outputSlots.release(done.out);
    bytesDone += inputBytes > 0 ? inputBytes : published.length;
    state.progress("import, clean, content, redact", { records: state.imported, bytes: bytesDone, totalBytes });
  }
  for (const file of [state.all, state.privateWork]) await file.commit();
  state.progress("import, clean, content, redact", { records: state.imported, bytes: bytesDone, totalBytes }, true);
}
