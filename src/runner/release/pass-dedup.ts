/**
 * Pass 2 of `pippa build`: dedup. Exact and extended copies come from the features pass 1 measured,
 * near candidates from LSH; only the candidates' lines are read back (by byte range, on two
 * threads) to verify their true Jaccard similarity; clusters keep their longest member, a public
 * one before any private one.
 */
import type { DedupDecision } from "../../stages/dedup/dedup-index.js";
import { AtomicFile } from "../write-file.js";
import type { BuildState } from "./build-state.js";
import { candidateShingles } from "./candidate-shingles.js";

/** Each record's dedup decision, in record order; null when dedup is off. */
export async function dedupPass(state: BuildState): Promise<DedupDecision[] | null> {
  if (!state.dedup) return null;
  {
    const needed = state.dedup.candidates();
    if (needed.size > 0) {
      // Only the candidates' lines are read back, by their byte ranges, on two threads.
      const candidates = [...needed].sort((a, b) => a - b).map((record) => {
        const [path, lines] = state.consents[record] === "public" ? [state.all.path, state.publicLines] : [state.privateWork.path, state.privateLines];
        return { path, start: lines.start(state.lineOf[record]), end: lines.end(state.lineOf[record]) - 1, record };
      });
      const shingles = await candidateShingles(candidates);
      state.dedup.verify((index) => shingles.get(index) ?? new Uint32Array(0));
    }
    // A cluster's public survivor is chosen among its public members: a private copy never displaces a public one.
    const decisions = state.dedup.decide((index) => state.consents[index] === "public");
    const clusters = new AtomicFile(state.atPrivate("dedup-clusters.jsonl"));
    for (const edge of state.dedup.duplicateEdges()) {
      await clusters.write(`${JSON.stringify({ a: edge.a, b: edge.b, kind: edge.kind, similarity: Math.round(edge.similarity * 1000) / 1000, a_source: state.origin(edge.a), b_source: state.origin(edge.b) })}\n`);
    }
    await clusters.commit();
    state.progress("dedup", { records: state.imported }, true);
    return decisions;
  }
}
