/**
 * Scoring span predictions against labelled spans: (a) character-level, label-agnostic
 * precision / recall / F2 over merged spans, (b) per-type span precision / recall / F1 with
 * overlap matching, (c) the share of conversations where any labelled span leaks, (d) token-level
 * scores as presidio-research computes them (a token is PII when a span covers any of it).
 */

export interface LabelledSpan {
  start: number;
  end: number;
  type: string;
  /** The set's own type before mapping (generated sets: STREET_ADDRESS, CITY, ZIP_CODE…). */
  rawType?: string;
}

export interface Document {
  id: string;
  conversation: string;
  text: string;
  gold: LabelledSpan[];
  predicted: LabelledSpan[];
  /** Story names that must stay (role-play set only). */
  protected?: LabelledSpan[];
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** F-beta from counts (beta 2 weighs recall four times as much as precision). */
export function fScore(tp: number, fp: number, fn: number, beta = 2): PrecisionRecall {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const b2 = beta * beta;
  const f = precision + recall === 0 ? 0 : ((1 + b2) * precision * recall) / (b2 * precision + recall);
  return { precision, recall, f, truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

/** Characters covered by spans, whitespace excluded (boundaries around spaces are not errors). */
function coveredCharacters(text: string, spans: readonly LabelledSpan[]): Uint8Array {
  const covered = new Uint8Array(text.length);
  for (const span of spans) for (let i = Math.max(0, span.start); i < Math.min(text.length, span.end); i++) covered[i] = 1;
  for (let i = 0; i < text.length; i++) if (/\s/.test(text[i])) covered[i] = 0;
  return covered;
}

/** (a) Label-agnostic character-level scores over all documents. */
export function characterScores(documents: readonly Document[], beta = 2): PrecisionRecall {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const document of documents) {
    const gold = coveredCharacters(document.text, document.gold);
    const predicted = coveredCharacters(document.text, document.predicted);
    for (let i = 0; i < document.text.length; i++) {
      if (gold[i] && predicted[i]) tp++;
      else if (predicted[i]) fp++;
      else if (gold[i]) fn++;
    }
  }
  return fScore(tp, fp, fn, beta);
}

/**
 * (b) Per-type span scores: a gold span is found when a prediction of the same (mapped) type
 * overlaps it; a prediction is correct when it overlaps a gold span of its type.
 */
export function typeScores(documents: readonly Document[], beta = 1): Map<string, PrecisionRecall> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bucket = (type: string) => {
    let entry = counts.get(type);
    if (!entry) counts.set(type, (entry = { tp: 0, fp: 0, fn: 0 }));
    return entry;
  };
  const overlaps = (a: LabelledSpan, b: LabelledSpan) => a.start < b.end && b.start < a.end;
  for (const document of documents) {
    for (const gold of document.gold) {
      if (document.predicted.some((p) => p.type === gold.type && overlaps(p, gold))) bucket(gold.type).tp++;
      else bucket(gold.type).fn++;
    }
    for (const predicted of document.predicted) {
      if (!document.gold.some((g) => g.type === predicted.type && overlaps(g, predicted))) bucket(predicted.type).fp++;
    }
  }
  const scores = new Map<string, PrecisionRecall>();
  for (const [type, { tp, fp, fn }] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    // Precision of types with no gold at all is still worth showing; recall is then undefined (1).
    scores.set(type, fScore(tp, fp, fn, beta));
  }
  return scores;
}

/** A gold span leaks when less than this share of its (non-space) characters is covered. */
export const LEAK_COVERAGE = 0.8;

/** (c) Share of conversations in which at least one gold span leaks. */
export function leakRate(documents: readonly Document[]): { conversations: number; leaking: number; rate: number } {
  const leaking = new Set<string>();
  const all = new Set<string>();
  for (const document of documents) {
    all.add(document.conversation);
    const predicted = coveredCharacters(document.text, document.predicted);
    for (const gold of document.gold) {
      let total = 0;
      let covered = 0;
      for (let i = gold.start; i < gold.end; i++) {
        if (/\s/.test(document.text[i] ?? " ")) continue;
        total++;
        if (predicted[i]) covered++;
      }
      if (total > 0 && covered / total < LEAK_COVERAGE) leaking.add(document.conversation);
    }
  }
  return { conversations: all.size, leaking: leaking.size, rate: all.size === 0 ? 0 : leaking.size / all.size };
}

/** Share of protected (story) names no prediction touches. */
export function protectedKept(documents: readonly Document[]): { total: number; kept: number; rate: number } {
  let total = 0;
  let kept = 0;
  for (const document of documents) {
    for (const name of document.protected ?? []) {
      total++;
      if (!document.predicted.some((p) => p.start < name.end && name.start < p.end)) kept++;
    }
  }
  return { total, kept, rate: total === 0 ? 1 : kept / total };
}

/** Words and single marks: the tokens presidio-research-style scoring counts. */
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** The type of the first span overlapping [start, end), or null. */
function typeAt(spans: readonly LabelledSpan[], start: number, end: number): LabelledSpan | null {
  for (const span of spans) if (span.start < end && start < span.end) return span;
  return null;
}

/**
 * (d) Token-level scores: label-agnostic precision / recall / F-beta over tokens, and per gold type
 * (its raw type when the set has one) the share of its tokens predicted as the same mapped type.
 */
export function tokenScores(documents: readonly Document[], beta = 2): { overall: PrecisionRecall; recallByType: Map<string, { tokens: number; recall: number }> } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byType = new Map<string, { tokens: number; found: number }>();
  for (const document of documents) {
    for (const match of document.text.matchAll(TOKEN)) {
      const start = match.index!;
      const end = start + match[0].length;
      const gold = typeAt(document.gold, start, end);
      const predicted = typeAt(document.predicted, start, end);
      if (gold && predicted) tp++;
      else if (predicted) fp++;
      else if (gold) fn++;
      if (gold) {
        const key = gold.rawType ?? gold.type;
        const entry = byType.get(key) ?? { tokens: 0, found: 0 };
        entry.tokens++;
        if (predicted && predicted.type === gold.type) entry.found++;
        byType.set(key, entry);
      }
    }
  }
  const recallByType = new Map([...byType].sort(([a], [b]) => a.localeCompare(b)).map(([type, { tokens, found }]) => [type, { tokens, recall: tokens === 0 ? 1 : found / tokens }] as const));
  return { overall: fScore(tp, fp, fn, beta), recallByType };
}
