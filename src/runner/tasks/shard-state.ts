/**
 * What an import task leaves for the tasks after it, as files: the per-record columns of its
 * build state (state.json), and its records' dedup features packed one after another
 * (features.bin, the layout of packed-numbers.ts).
 */
import { readFile } from "node:fs/promises";
import type { Consent } from "../../model/consent.js";
import type { DedupFeatures } from "../../stages/dedup/dedup-index.js";
import type { StageCounters } from "../../stages/stage.js";
import type { BuildState } from "../release/build-state.js";
import { NumberPacker, unpackNumbers } from "../release/packed-numbers.js";
import { writeFileAtomically } from "../write-file.js";

/** Counters as they were counted: stages and outcomes in the order first seen (merging shards in order keeps it). */
export type CountsAsSeen = [string, [string, number][]][];

/** A shard's counts (small: every task reads every shard's). */
export interface ImportShardSummary {
  imported: number;
  withheld: number;
  publicLines: number;
  privateLines: number;
  counters: CountsAsSeen;
  publicCounters: CountsAsSeen;
}

/** A shard's per-record columns (state.json: read by the shard's own write task and by the cluster task). */
export interface ImportShardState {
  imported: number;
  withheld: number;
  consents: Consent[];
  drops: (string | null)[];
  sources: string[];
  sourceLines: (number | null)[];
  lineOf: number[];
  publicLineBytes: number[];
  privateLineBytes: number[];
  publicBots: string[];
  publicCategories: (string[] | null)[];
  publicCounts: number[][];
  publicTags: string[][];
}

export function countsAsSeen(counters: StageCounters): CountsAsSeen {
  return [...counters.counts].map(([stage, outcomes]) => [stage, [...outcomes]]);
}

export function addCounts(counters: StageCounters, counts: CountsAsSeen): void {
  for (const [stage, outcomes] of counts) for (const [outcome, n] of outcomes) counters.count(stage, outcome, n);
}

export function summaryOf(state: BuildState): ImportShardSummary {
  return {
    imported: state.imported,
    withheld: state.withheld,
    publicLines: state.publicLines.length,
    privateLines: state.privateLines.length,
    counters: countsAsSeen(state.counters),
    publicCounters: countsAsSeen(state.publicCounters),
  };
}

export function importShardState(state: BuildState): ImportShardState {
  const lineBytes = (lines: BuildState["publicLines"]) => Array.from({ length: lines.length }, (_, line) => lines.end(line) - lines.start(line));
  return {
    imported: state.imported,
    withheld: state.withheld,
    consents: state.consents,
    drops: state.drops,
    sources: state.sources,
    sourceLines: state.sourceLines,
    lineOf: state.lineOf,
    publicLineBytes: lineBytes(state.publicLines),
    privateLineBytes: lineBytes(state.privateLines),
    publicBots: state.publicBots,
    publicCategories: state.publicCategories,
    publicCounts: Array.from({ length: state.publicCounts.length }, (_, i) => Array.from(state.publicCounts.get(i) ?? [])),
    publicTags: state.publicTags,
  };
}

/** Puts a saved shard's columns back into a fresh build state (the write task's). */
export function restoreImportState(state: BuildState, saved: ImportShardState): void {
  state.imported = saved.imported;
  state.withheld = saved.withheld;
  // One by one: a shard's hundreds of thousands of records would overflow the stack as spread arguments.
  append(state.consents, saved.consents);
  append(state.drops, saved.drops);
  append(state.sources, saved.sources);
  append(state.sourceLines, saved.sourceLines);
  append(state.lineOf, saved.lineOf);
  for (const bytes of saved.publicLineBytes) state.publicLines.add(bytes);
  for (const bytes of saved.privateLineBytes) state.privateLines.add(bytes);
  append(state.publicBots, saved.publicBots);
  append(state.publicCategories, saved.publicCategories);
  for (const counts of saved.publicCounts) state.publicCounts.push(Uint32Array.from(counts));
  append(state.publicTags, saved.publicTags);
}

function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

const NO_COUNTS = new Uint32Array(0);

/** Packs records' dedup features as they come; written once the shard is read. */
export class FeaturesWriter {
  private readonly packer = new NumberPacker();

  add(features: DedupFeatures): void {
    this.packer.pack(features, NO_COUNTS);
  }

  async write(path: string): Promise<void> {
    const packed = this.packer.take();
    await writeFileAtomically(path, () => [new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength)]);
  }
}

/** A file of 32-bit numbers (the work folder's binary files). */
export async function readUint32File(path: string): Promise<Uint32Array> {
  const bytes = await readFile(path);
  // A fresh copy when the buffer does not start on a 4-byte boundary.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

/** Every record's features from a features.bin, in order. */
export async function* readFeatures(path: string): AsyncGenerator<DedupFeatures> {
  const packed = await readUint32File(path);
  for (let at = 0; at < packed.length; ) {
    const { features, next } = unpackNumbers(packed, at);
    if (features) yield features;
    at = next;
  }
}
