/**
 * A stage is one small interface (datatrove's PipelineStep): it takes episodes as an async
 * iterable and yields episodes, counting what it kept and dropped through its context. A filter
 * is a predicate that returns `true` or `{ drop: reason }`; `filterStage` turns one into a stage
 * that counts by reason and hands dropped episodes to the context's reject sink.
 */
import type { Episode } from "../model/pippa-record.js";

export interface StageContext {
  /** Adds `n` (1) to the counter `stage/outcome`. */
  count(stage: string, outcome: string, n?: number): void;
  /** A dropped episode, with why. */
  reject(episode: Episode, stage: string, reason: string): void;
}

export interface Stage {
  name: string;
  run(input: AsyncIterable<Episode>, context: StageContext): AsyncIterable<Episode>;
}

export type Verdict = true | { drop: string };
export type Predicate = (episode: Episode) => Verdict;

/** A stage from a predicate: kept episodes pass, dropped ones are counted by reason and rejected. */
export function filterStage(name: string, predicate: Predicate): Stage {
  return {
    name,
    async *run(input, context) {
      for await (const episode of input) {
        const verdict = predicate(episode);
        if (verdict === true) {
          context.count(name, "kept");
          yield episode;
        } else {
          context.count(name, verdict.drop);
          context.reject(episode, name, verdict.drop);
        }
      }
    },
  };
}

/** A stage applying a pure function to every episode. */
export function mapStage(name: string, transform: (episode: Episode) => Episode): Stage {
  return {
    name,
    async *run(input, context) {
      for await (const episode of input) {
        const out = transform(episode);
        context.count(name, out === episode ? "unchanged" : "changed");
        yield out;
      }
    },
  };
}

/** Chains stages; the result is drained by whoever reads it. */
export function runStages(input: AsyncIterable<Episode>, stages: readonly Stage[], context: StageContext): AsyncIterable<Episode> {
  return stages.reduce<AsyncIterable<Episode>>((stream, stage) => stage.run(stream, context), input);
}

/** Counters keyed `stage/outcome`, in first-seen order, with a JSON form for build.json. */
export class StageCounters implements StageContext {
  readonly counts = new Map<string, Map<string, number>>();
  private readonly onReject?: (episode: Episode, stage: string, reason: string) => void;

  constructor(onReject?: (episode: Episode, stage: string, reason: string) => void) {
    this.onReject = onReject;
  }

  count(stage: string, outcome: string, n = 1): void {
    let byOutcome = this.counts.get(stage);
    if (!byOutcome) this.counts.set(stage, (byOutcome = new Map()));
    byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + n);
  }

  reject(episode: Episode, stage: string, reason: string): void {
    this.onReject?.(episode, stage, reason);
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
