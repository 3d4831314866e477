/**
 * What `pippa report` does unless told otherwise, in a module of its own: the command line states
 * these in its help without loading the report (charts, workers).
 */
import { DEFAULT_MIN_TAIL_SHARE } from "../../stats/powerlaw/fit.js";

export const REPORT_DEFAULTS = {
  /** Bootstrap replicates per power-law goodness-of-fit test (0 skips them). */
  bootstrap: 100,
  /** Seed of the bootstrap. */
  seed: 1,
  /** Smallest share of messages a power-law tail may hold. */
  minTailShare: DEFAULT_MIN_TAIL_SHARE,
  /** Rows of the persona table. */
  personas: 20,
  /** Conversation length drawn up to this many turns. */
  maxTurns: 250,
} as const;
