/**
 * The merge task of a build run as tasks: the release, from the shards' outputs joined in rank
 * order, exactly as a build on one machine writes it. The JSONL files are concatenated (the PII
 * audit's record numbers moved to the whole build's), the Parquet file and the Metharme file are
 * written from the joined deduplicated lines, the counts and the card's figures are the shards'
 * merged, and the release is swapped into place as `pippa build` does.
 */
import { createReadStream } from "node:fs";
import { mkdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { PIPPA_VERSION } from "../../model/version.js";
import { StageCounters } from "../../stages/stage.js";
import { CorpusStats } from "../../stats/corpus-stats.js";
import type { BuildSummary } from "../release/build.js";
import { LineIndex } from "../release/line-index.js";
import { writeMetharmeFile } from "../release/metharme-file.js";
import { STAGE_ORDER, writeReleaseDocuments } from "../release/pass-release.js";
import { checkReleaseTarget, clearAbandonedBuilds, releaseFoldersOf, STAGING_PRIVATE, STAGING_PUBLIC, swapInRelease } from "../release/release-folders.js";
import { writeKeptAsParquet } from "../release/write-parquet.js";
import { sha256File } from "../file-digest.js";
import { AtomicFile, trackTemporary, untrackTemporary, writeFileAtomically } from "../write-file.js";
import { addCounts } from "./shard-state.js";
import type { WriteShardResult } from "./shard-tasks.js";
import { configOf, CLUSTER_STAGE, IMPORT_STAGE, shardOffsets, WRITE_STAGE, type TaskContext } from "./task-context.js";

/** Appends a file's bytes to `target` (nothing when it is missing: a shard that wrote none). */
async function append(target: AtomicFile, path: string, rewrite?: (text: string) => string): Promise<void> {
  if (!(await stat(path).catch(() => null))) return;
  if (!rewrite) {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) await target.write(chunk as Buffer);
    return;
  }
  let rest = "";
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    const end = text.lastIndexOf("\n") + 1;
    if (end > 0) await target.write(rewrite(text.slice(0, end)));
    rest = text.slice(end);
  }
  if (rest) await target.write(rewrite(rest));
}

/** The PII audit numbers records within its shard: `{"record":N,` becomes the whole build's number. */
function shiftRecords(offset: number): (text: string) => string {
  return (text) => (offset === 0 ? text : text.replace(/^\{"record":(\d+),/gm, (_, n: string) => `{"record":${Number(n) + offset},`));
}


export async function mergeTask(context: TaskContext, _rank: number, folder: string): Promise<void> {
  const { plan, work } = context;
  const config = configOf(context);
  const ranks = plan.shards.map((_, rank) => rank);
  const imported = (rank: number, ...parts: string[]) => join(work.outputsOf(IMPORT_STAGE, rank), ...parts);
  const written = (rank: number, ...parts: string[]) => join(work.outputsOf(WRITE_STAGE, rank), ...parts);
  const folders = releaseFoldersOf(plan.output);
  await checkReleaseTarget(folders, plan.inputs.map((input) => input.path), plan.output);
  await clearAbandonedBuilds(folders);
  const { staging } = folders;
  const at = (...parts: string[]) => join(staging, STAGING_PUBLIC, ...parts);
  const atPrivate = (...parts: string[]) => join(staging, STAGING_PRIVATE, ...parts);
  trackTemporary(staging);
  try {
    await mkdir(at(), { recursive: true });
    await mkdir(atPrivate(), { recursive: true });
    const { summaries, firstRecords } = await shardOffsets(context);
    const results = await Promise.all(ranks.map(async (rank) => JSON.parse(await readFile(written(rank, "result.json"), "utf8")) as WriteShardResult));

    const joined = async (path: string, parts: (rank: number) => string[], rewrite?: (rank: number) => (text: string) => string, always = true) => {
      const file = new AtomicFile(path);
      for (const rank of ranks) for (const part of parts(rank)) await append(file, part, rewrite?.(rank));
      if (always || file.started) await file.commit();
      else await file.abort();
    };
    await joined(at("pippa.jsonl"), (rank) => [imported(rank, "public", "pippa.jsonl")]);
    await joined(at("pippa_deduped.jsonl"), (rank) => [written(rank, "deduped.jsonl")]);
    // On one machine the filter's rejects follow every import reject: so here.
    const rejects = new AtomicFile(atPrivate("rejects.jsonl"));
    for (const rank of ranks) await append(rejects, imported(rank, "private", "rejects.jsonl"));
    for (const rank of ranks) await append(rejects, written(rank, "private", "rejects.jsonl"));
    await rejects.commit();
    await joined(atPrivate("pii-audit.jsonl"), (rank) => [imported(rank, "private", "pii-audit.jsonl")], (rank) => shiftRecords(firstRecords[rank]));
    await joined(atPrivate("content-audit.jsonl"), (rank) => [imported(rank, "private", "content-audit.jsonl")]);
    await joined(atPrivate("content-withheld.jsonl"), (rank) => [imported(rank, "private", "content-withheld.jsonl")], undefined, false);
    if (plan.config.dedup) {
      const clusters = new AtomicFile(atPrivate("dedup-clusters.jsonl"));
      await append(clusters, join(work.outputsOf(CLUSTER_STAGE, 0), "dedup-clusters.jsonl"));
      await clusters.commit();
    }
    if (plan.config.trainOnly) {
      await mkdir(atPrivate("train_only"), { recursive: true });
      await joined(atPrivate("train_only", "pippa_deduped.jsonl"), (rank) => [written(rank, "train_only.jsonl")]);
    }

    const deduped = results.reduce((sum, result) => sum + result.deduped, 0);
    const dedupedLines = new LineIndex();
    for (const result of results) for (const bytes of result.dedupedLineBytes) dedupedLines.add(bytes);
    if (config.parquet) {
      const rows = await writeKeptAsParquet({ source: at("pippa_deduped.jsonl"), lines: dedupedLines, keep: new Uint8Array(dedupedLines.length).fill(1), target: at("pippa_deduped.parquet"), createdBy: `pippa ${PIPPA_VERSION}`, workers: config.workers });
      if (rows !== deduped) throw new Error("the Parquet file does not hold every deduplicated record");
    }
    const metharme = config.metharme ? await writeMetharmeFile(at("pippa_deduped.jsonl"), deduped, at("pippa_metharme.jsonl"), join(folder, "metharme"), config.seed, config.workers) : null;
    await rm(join(folder, "metharme"), { recursive: true, force: true });

    // Counts as one machine counts them: every shard's import, then every shard's dedup and filters.
    const counters = new StageCounters();
    const publicCounters = new StageCounters();
    for (const summary of summaries) {
      addCounts(counters, summary.counters);
      addCounts(publicCounters, summary.publicCounters);
    }
    const stats = new CorpusStats();
    const publishedTags: Record<string, number> = {};
    for (const result of results) {
      addCounts(counters, result.counters);
      addCounts(publicCounters, result.publicCounters);
      stats.merge(result.stats);
      for (const [tag, n] of Object.entries(result.publishedTags)) publishedTags[tag] = (publishedTags[tag] ?? 0) + n;
    }
    const records: BuildSummary["records"] = {
      imported: summaries.reduce((sum, summary) => sum + summary.imported, 0),
      public: summaries.reduce((sum, summary) => sum + summary.publicLines, 0),
      deduped,
      trainOnly: results.reduce((sum, result) => sum + result.trainOnly, 0),
      withheld: summaries.reduce((sum, summary) => sum + summary.withheld, 0),
    };
    const inputs = [];
    for (const input of plan.inputs) inputs.push({ file: input.path, consent: input.consent, sha256: await sha256File(input.path) });
    await writeReleaseDocuments({ config, counters, publicCounters, records, metharme, stats, publishedTags, inputs, at: (name) => at(name), atPrivate: (name) => atPrivate(name) });
    await swapInRelease(folders);
    await writeFileAtomically(join(folder, "summary.json"), () => [`${JSON.stringify({ records, counts: counters.toJSON(STAGE_ORDER) })}\n`]);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    untrackTemporary(staging);
  }
}
