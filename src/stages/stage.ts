/**
 * What stages share: a filter's verdict (`true`, or `{ drop: reason }`), and the counters the
 * build keeps of every stage's outcomes. The stages themselves are in record-stages.ts.
 */
import type { Episode } from "../model/pippa-record.js";

export type Verdict = true | { drop: string };
export type Predicate = (episode: Episode) => Verdict;

/** Counters keyed `stage/outcome`, in first-seen order, with a JSON form for build.json. */
export class StageCounters {
  readonly counts = new Map<string, Map<string, number>>();

  count(stage: string, outcome: string, n = 1): void {
    let byOutcome = this.counts.get(stage);
    if (!byOutcome) this.counts.set(stage, (byOutcome = new Map()));
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + n);
  }

  /**
   * Stages in `stageOrder` first (then as first seen), outcomes sorted by name: the same counts
   * always give the same JSON, however concurrent work interleaved.
   */
  toJSON(stageOrder: readonly string[] = []): Record<string, Record<string, number>> {
    const rank = (stage: string) => (stageOrder.includes(stage) ? stageOrder.indexOf(stage) : stageOrder.length);
    const stages = [...this.counts.keys()].sort((a, b) => rank(a) - rank(b));
    return Object.fromEntries(
      stages.map((stage) => [stage, Object.fromEntries([...this.counts.get(stage)!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))]),
    );
  }
}
