/**
 * The per-shard tasks of a build run as tasks (rank i of N reads shard i of the plan):
 *
 * - `names`: the story names of the shard's human turns, as counts the import tasks merge (only
 *   when redaction counts the corpus's names);
 * - `import`: pass 1 of the build over the shard (clean, content, redact, the filters' verdicts,
 *   dedup features), its outputs in the task's folder;
 * - `write`: once dedup has decided, the shard's kept lines, its filter rejects, and its share of
 *   the release's counts and figures.
 */
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { CorpusNameCounter, type CorpusNameCounts } from "../../stages/redact/corpus-names.js";
import { DEFAULT_DEDUP } from "../../stages/dedup/dedup-index.js";
import { corpusNameCounter } from "../corpus-names.js";
import { ShuffleWriter } from "./dedup-shuffle.js";
import { BuildState } from "../release/build-state.js";
import { copyLines } from "../release/line-index.js";
import { importPass } from "../release/pass-import.js";
import { keptRecords, publishedFigures } from "../release/pass-release.js";
import { AtomicFile, writeFileAtomically } from "../write-file.js";
import { countsAsSeen, FeaturesWriter, importShardState, restoreImportState, summaryOf, type CountsAsSeen, type ImportShardState } from "./shard-state.js";
import { configOf, CLUSTER_STAGE, IMPORT_STAGE, NAMES_STAGE, shardOffsets, type TaskContext } from "./task-context.js";
import { decisionOfCode, decisionsOf } from "./dedup-task.js";
import type { CorpusStatsState } from "../../stats/corpus-stats.js";


const json = (value: unknown, replacer?: (key: string, value: unknown) => unknown) => [`${JSON.stringify(value, replacer)}\n`];

export async function namesTask(context: TaskContext, rank: number, folder: string): Promise<void> {
  const counter = await corpusNameCounter(context.plan.shards[rank]);
  await writeFileAtomically(join(folder, "names.json"), () => json(counter.toJSON()));
}

/** A build state over a task's folder, its files written as the one-machine build writes them. */
function taskState(context: TaskContext, folder: string, shard: ConstructorParameters<typeof BuildState>[3] = null): BuildState {
  const { plan } = context;
  return new BuildState(folder, { sources: [], output: plan.output, config: configOf(context), secret: context.secret, onProgress: context.onProgress }, plan.inputs, shard);
}

export async function importTask(context: TaskContext, rank: number, folder: string): Promise<void> {
  const { plan, work } = context;
  let storyNames: string[] | null = null;
  if (plan.config.redact && plan.config.redact.corpusNames) {
    const parts = await Promise.all(plan.shards.map((_, part) => work.readJson<CorpusNameCounts>(join(work.outputsOf(NAMES_STAGE, part), "names.json"))));
    storyNames = [...CorpusNameCounter.merge(parts).storyNames()];
  }
  const features = new FeaturesWriter();
  const shuffle = plan.config.dedup ? new ShuffleWriter(plan.shards.length, { ...DEFAULT_DEDUP, ...plan.config.dedup, seed: plan.config.seed }) : null;
  const state = taskState(context, folder, {
    reading: plan.shards[rank],
    storyNames,
    onFeatures: (item) => {
      features.add(item);
      shuffle?.add(item);
    },
  });
  await mkdir(state.atPrivate("work"), { recursive: true });
  await mkdir(state.at(), { recursive: true });
  await importPass(state);
  await features.write(join(folder, "features.bin"));
  await shuffle?.write(folder);
  for (const file of [state.rejects, state.audit, state.contentAudit, state.withheldFile]) await file.commit();
  await writeFileAtomically(join(folder, "state.json"), () => json(importShardState(state)));
  await writeFileAtomically(join(folder, "summary.json"), () => json(summaryOf(state)));
}

/** What a write task leaves for the merge. */
export interface WriteShardResult {
  deduped: number;
  trainOnly: number;
  dedupedLineBytes: number[];
  stats: CorpusStatsState;
  publishedTags: Record<string, number>;
  counters: CountsAsSeen;
  publicCounters: CountsAsSeen;
}

export async function writeTask(context: TaskContext, rank: number, folder: string): Promise<void> {
  const { work, plan } = context;
  const imported = work.outputsOf(IMPORT_STAGE, rank);
  const { firstRecords, summaries } = await shardOffsets(context);
  const state = taskState(context, folder);
  await mkdir(state.at(), { recursive: true });
  await mkdir(state.atPrivate(), { recursive: true });
  restoreImportState(state, JSON.parse(await readFile(join(imported, "state.json"), "utf8")) as ImportShardState);
  const decisions = plan.config.dedup ? (await decisionsOf(work.outputsOf(CLUSTER_STAGE, 0))).subarray(firstRecords[rank], firstRecords[rank] + summaries[rank].imported) : null;
  const kept = await keptRecords(state, decisions ? Array.from(decisions, decisionOfCode) : null, firstRecords[rank]);
  const deduped = new AtomicFile(join(folder, "deduped.jsonl"));
  await copyLines(join(imported, "public", "pippa.jsonl"), state.publicLines, (line) => kept.keepPublic[line] === 1, deduped);
  const dedupedLineBytes: number[] = [];
  kept.keepPublic.forEach((keep, line) => keep === 1 && dedupedLineBytes.push(state.publicLines.end(line) - state.publicLines.start(line)));
  await deduped.commit();
  if (plan.config.trainOnly) {
    const trainOnly = new AtomicFile(join(folder, "train_only.jsonl"));
    await copyLines(join(imported, "private", "work", "private.jsonl"), state.privateLines, (line) => kept.keepPrivate[line] === 1, trainOnly);
    await trainOnly.commit();
  }
  await state.rejects.commit();
  const { stats, publishedTags } = publishedFigures(state, kept.keepPublic);
  const result: WriteShardResult = {
    deduped: kept.dedupedCount,
    trainOnly: kept.trainOnlyCount,
    dedupedLineBytes,
    stats: stats.toState(),
    publishedTags,
    counters: countsAsSeen(state.counters),
    publicCounters: countsAsSeen(state.publicCounters),
  };
  await writeFileAtomically(join(folder, "result.json"), () => json(result, jsonWithTypedArrays));
}

/** JSON for states that hold typed arrays (the statistics' histograms): written as plain arrays. */
function jsonWithTypedArrays(_key: string, value: unknown): unknown {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) ? Array.from(value as Uint32Array) : value;
}
