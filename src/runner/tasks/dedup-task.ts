/**
 * The dedup task of a build run as tasks: every shard's dedup features indexed in record order
 * (the numbering a build on one machine gives), exact and extended copies and near candidates
 * found, the candidates' lines read back from the import tasks' files to verify them, clusters
 * decided. It leaves one byte per record (decisions.bin: 0 kept, else the kind of copy) and the
 * private cluster report.
 *
 * This is the build's one global step over features: it holds every record's features (about
 * 0.6 KB each with the default settings), not their text.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DedupIndex, type DuplicateKind } from "../../stages/dedup/dedup-index.js";
import { candidateShingles, type CandidateLine } from "../release/candidate-shingles.js";
import { LineIndex } from "../release/line-index.js";
import { AtomicFile, writeFileAtomically } from "../write-file.js";
import { readFeatures, type ImportShardState } from "./shard-state.js";
import { IMPORT_STAGE, shardOffsets, type TaskContext } from "./task-context.js";

const KINDS = [undefined, "exact", "extended", "near"] as const;

export function codeOfDecision(decision: { keep: boolean; kind?: DuplicateKind }): number {
  return decision.keep ? 0 : Math.max(1, KINDS.indexOf(decision.kind));
}

export function decisionOfCode(code: number): { keep: boolean; kind?: DuplicateKind } {
  return code === 0 ? { keep: true } : { keep: false, kind: KINDS[code] };
}

export async function decisionsOf(folder: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(folder, "decisions.bin")));
}

function linesOf(bytes: readonly number[]): LineIndex {
  const lines = new LineIndex();
  for (const length of bytes) lines.add(length);
  return lines;
}

export async function dedupTask(context: TaskContext, _rank: number, folder: string): Promise<void> {
  const { plan, work } = context;
  const { firstRecords, total } = await shardOffsets(context);
  const index = new DedupIndex({ ...plan.config.dedup, seed: plan.config.seed });
  for (let rank = 0; rank < plan.shards.length; rank++) {
    for await (const features of readFeatures(join(work.outputsOf(IMPORT_STAGE, rank), "features.bin"))) index.addFeatures(features);
  }
  if (index.size !== total) throw new Error(`dedup features of ${index.size} records, but the import tasks imported ${total}`);
  const needed = index.candidates();
  const isPublic = new Uint8Array(total);
  const candidates: CandidateLine[] = [];
  const origins = new Map<number, { source: string; line: number | null }>();
  const stateOf = async (rank: number) => JSON.parse(await readFile(join(work.outputsOf(IMPORT_STAGE, rank), "state.json"), "utf8")) as ImportShardState;
  for (let rank = 0; rank < plan.shards.length; rank++) {
    const state = await stateOf(rank);
    const folderOf = work.outputsOf(IMPORT_STAGE, rank);
    const publicLines = linesOf(state.publicLineBytes);
    const privateLines = linesOf(state.privateLineBytes);
    state.consents.forEach((consent, local) => {
      const record = firstRecords[rank] + local;
      isPublic[record] = consent === "public" ? 1 : 0;
      if (!needed.has(record)) return;
      const [path, lines] = consent === "public" ? [join(folderOf, "public", "pippa.jsonl"), publicLines] : [join(folderOf, "private", "work", "private.jsonl"), privateLines];
      const line = state.lineOf[local];
      candidates.push({ path, start: lines.start(line), end: lines.end(line) - 1, record });
    });
  }
  if (candidates.length > 0) {
    const shingles = await candidateShingles(candidates);
    index.verify((record) => shingles.get(record) ?? new Uint32Array(0));
  }
  // A cluster's public survivor is chosen among its public members, as on one machine.
  const decisions = index.decide((record) => isPublic[record] === 1);
  await writeFileAtomically(join(folder, "decisions.bin"), () => [Uint8Array.from(decisions, codeOfDecision)]);
  // The cluster report names each copy's source and line: read for the records in an edge only.
  const inEdges = new Set(index.duplicateEdges().flatMap((edge) => [edge.a, edge.b]));
  for (let rank = 0; rank < plan.shards.length && inEdges.size > 0; rank++) {
    const state = await stateOf(rank);
    state.sources.forEach((source, local) => {
      const record = firstRecords[rank] + local;
      if (inEdges.has(record)) origins.set(record, { source, line: state.sourceLines[local] });
    });
  }
  const clusters = new AtomicFile(join(folder, "dedup-clusters.jsonl"));
  for (const edge of index.duplicateEdges()) {
    await clusters.write(`${JSON.stringify({ a: edge.a, b: edge.b, kind: edge.kind, similarity: Math.round(edge.similarity * 1000) / 1000, a_source: origins.get(edge.a), b_source: origins.get(edge.b) })}\n`);
  }
  await clusters.commit();
}
