/**
 * Redaction quality measured on the labelled sets held out from tuning, for the dataset card.
 * `npm run eval:pii -- --readme` rewrites the list below; a test measures again and fails when the
 * rules change without it, so a card never quotes figures of other rules.
 */

export interface MeasuredSet {
  set: string;
  /** How the set is analysed: texts alone, or whole conversations as a build does. */
  kind: "single texts" | "role-play";
  texts: number;
  /** Character-level, label-agnostic; null for a set without personal information. */
  precision: number | null;
  recall: number | null;
  f2: number | null;
  /** Share of conversations where some personal information stays (less than 80% covered). */
  leakRate: number;
  /** Share of story and character names left alone; null where the set marks none. */
  storyKept: number | null;
  redactions: number;
}

export const MEASURED_REDACTION: readonly MeasuredSet[] = [
  {
    "set": "template-generated set G2 (held out)",
    "kind": "single texts",
    "texts": 300,
    "precision": 0.981,
    "recall": 0.94,
    "f2": 0.948,
    "leakRate": 0.27,
    "storyKept": null,
    "redactions": 923
  },
  {
    "set": "template-generated set G3 (held out)",
    "kind": "single texts",
    "texts": 400,
    "precision": 0.96,
    "recall": 0.849,
    "f2": 0.869,
    "leakRate": 0.558,
    "storyKept": null,
    "redactions": 1411
  },
  {
    "set": "role-play set C (held out)",
    "kind": "role-play",
    "texts": 196,
    "precision": 0.958,
    "recall": 0.884,
    "f2": 0.898,
    "leakRate": 0.5,
    "storyKept": 0.985,
    "redactions": 143
  },
  {
    "set": "role-play set M2, eight languages (held out)",
    "kind": "role-play",
    "texts": 284,
    "precision": 0.979,
    "recall": 0.596,
    "f2": 0.646,
    "leakRate": 0.775,
    "storyKept": 1,
    "redactions": 95
  },
  {
    "set": "role-play set F2, fandom-heavy (held out)",
    "kind": "role-play",
    "texts": 161,
    "precision": 1,
    "recall": 0.952,
    "f2": 0.962,
    "leakRate": 0.043,
    "storyKept": 1,
    "redactions": 12
  },
  {
    "set": "role-play set F3, fandom-heavy (held out)",
    "kind": "role-play",
    "texts": 155,
    "precision": 0.591,
    "recall": 0.854,
    "f2": 0.784,
    "leakRate": 0.182,
    "storyKept": 0.962,
    "redactions": 35
  },
  {
    "set": "role-play set K2, no personal information (held out)",
    "kind": "role-play",
    "texts": 144,
    "precision": null,
    "recall": null,
    "f2": null,
    "leakRate": 0,
    "storyKept": 0.983,
    "redactions": 4
  }
];
