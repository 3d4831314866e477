/**
 * Dedup as tasks. Each import task leaves its records' dedup entries, partitioned (see
 * dedup-shuffle.ts), and its records' features (features.bin). Then:
 *
 * - `buckets`, one task per partition: the exact, extended and near-candidate pairs of its
 *   partition across every shard;
 * - `cluster`, one task: the near candidates verified (their substantial messages from the
 *   features, their word 5-grams from their lines read back), clusters joined and their
 *   survivors chosen, exactly as DedupIndex decides on one machine (the same edges in the same
 *   order). It holds the pairs and, for the records they name, a few numbers each; never the
 *   whole corpus's features.
 *
 * The cluster task leaves one byte per record (decisions.bin: 0 kept, else the kind of copy) and
 * the private cluster report.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { decideClusters, nearSimilarity, survivorBefore, type DuplicateEdge, type DuplicateKind } from "../../stages/dedup/dedup-index.js";
import { DEFAULT_DEDUP } from "../../stages/dedup/dedup-index.js";
import { pairKey } from "../../stages/dedup/minhash.js";
import { candidateShingles, type CandidateLine } from "../release/candidate-shingles.js";
import { LineIndex } from "../release/line-index.js";
import { AtomicFile, writeFileAtomically } from "../write-file.js";
import { bucketPairs, entriesFile, EXACT, EXTENDED, NEAR, pairsFile, readPairs } from "./dedup-shuffle.js";
import { readFeatures, type ImportShardState } from "./shard-state.js";
import { BUCKETS_STAGE, IMPORT_STAGE, shardOffsets, type TaskContext } from "./task-context.js";

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

export async function bucketsTask(context: TaskContext, rank: number, folder: string): Promise<void> {
  const { plan, work } = context;
  const { firstRecords } = await shardOffsets(context);
  await bucketPairs(plan.shards.map((_, shard) => join(work.outputsOf(IMPORT_STAGE, shard), entriesFile(rank))), firstRecords, join(folder, pairsFile));
}

/** A record the clusters need: its consent, length and (for near candidates) its substantial messages. */
interface Member {
  preferred: boolean;
  turns: number;
  chars: number;
  messageSet: Uint32Array | null;
}

export async function clusterTask(context: TaskContext, _rank: number, folder: string): Promise<void> {
  const { plan, work } = context;
  const options = { ...DEFAULT_DEDUP, ...(plan.config.dedup || {}), seed: plan.config.seed };
  const { firstRecords, total } = await shardOffsets(context);
  const found = await readPairs(plan.shards.map((_, partition) => join(work.outputsOf(BUCKETS_STAGE, partition), pairsFile)));
  // The edges in the order DedupIndex makes them: exact copies by group (its first member) then
  // member; extended by the longer, then the prefix, then the shorter; near pairs sorted.
  const exact = found.filter((pair) => pair.kind === EXACT).sort((x, y) => x.a - y.a || x.b - y.b);
  const extended = found.filter((pair) => pair.kind === EXTENDED).sort((x, y) => x.b - y.b || x.k - y.k || x.a - y.a);
  const nearKeys = new Set<number>();
  const near = found.filter((pair) => pair.kind === NEAR && !nearKeys.has(pairKey(pair.a, pair.b)) && nearKeys.add(pairKey(pair.a, pair.b))).sort((x, y) => x.a - y.a || x.b - y.b);
  const named = new Set(found.flatMap((pair) => [pair.a, pair.b]));
  const candidates = new Set(near.flatMap((pair) => [pair.a, pair.b]));

  // What the named records bring: from each shard's features and state, read one shard at a time.
  const members = new Map<number, Member>();
  const lines: CandidateLine[] = [];
  const origins = new Map<number, { source: string; line: number | null }>();
  for (let shard = 0; shard < plan.shards.length; shard++) {
    const folderOf = work.outputsOf(IMPORT_STAGE, shard);
    let record = firstRecords[shard];
    for await (const features of readFeatures(join(folderOf, "features.bin"))) {
      if (named.has(record)) members.set(record, { preferred: false, turns: features.messages, chars: features.chars, messageSet: candidates.has(record) ? features.messageSet?.slice() ?? null : null });
      record++;
    }
    const state = JSON.parse(await readFile(join(folderOf, "state.json"), "utf8")) as ImportShardState;
    const publicLines = linesOf(state.publicLineBytes);
    const privateLines = linesOf(state.privateLineBytes);
    state.consents.forEach((consent, local) => {
      const index = firstRecords[shard] + local;
      const member = members.get(index);
      if (!member) return;
      member.preferred = consent === "public";
      origins.set(index, { source: state.sources[local], line: state.sourceLines[local] });
      if (!candidates.has(index)) return;
      const [path, at] = consent === "public" ? [join(folderOf, "public", "pippa.jsonl"), publicLines] : [join(folderOf, "private", "work", "private.jsonl"), privateLines];
      const line = state.lineOf[local];
      lines.push({ path, start: at.start(line), end: at.end(line) - 1, record: index });
    });
  }
  const shingles = lines.length > 0 ? await candidateShingles(lines) : new Map<number, Uint32Array>();
  const none = new Uint32Array(0);
  const edges: DuplicateEdge[] = [
    ...exact.map(({ a, b }): DuplicateEdge => ({ a, b, kind: "exact", similarity: 1 })),
    ...extended.map(({ a, b, k, prefixes }): DuplicateEdge => ({ a, b, kind: "extended", similarity: (k + 1) / prefixes })),
  ];
  for (const { a, b } of near) {
    const similarity = nearSimilarity(members.get(a)!.messageSet, members.get(b)!.messageSet, () => [shingles.get(a) ?? none, shingles.get(b) ?? none], options.threshold);
    if (similarity >= options.threshold) edges.push({ a, b, kind: "near", similarity });
  }
  const nodes = [...new Set(edges.flatMap((edge) => [edge.a, edge.b]))].sort((x, y) => x - y);
  const memberOf = (index: number) => ({ ...members.get(index)!, index });
  const decisions = decideClusters(nodes, edges, (a, b) => survivorBefore(memberOf(a), memberOf(b)));
  const codes = new Uint8Array(total);
  nodes.forEach((node, i) => (codes[node] = codeOfDecision(decisions[i])));
  await writeFileAtomically(join(folder, "decisions.bin"), () => [codes]);
  const clusters = new AtomicFile(join(folder, "dedup-clusters.jsonl"));
  for (const edge of edges) {
    await clusters.write(`${JSON.stringify({ a: edge.a, b: edge.b, kind: edge.kind, similarity: Math.round(edge.similarity * 1000) / 1000, a_source: origins.get(edge.a), b_source: origins.get(edge.b) })}\n`);
  }
  await clusters.commit();
}
