/**
 * What `pippa build` does, as one JSON object (`--config pippa.config.json`, merged over the
 * defaults): the stages and their options, each stage able to be switched off with `false`.
 */
import { availableParallelism } from "node:os";
import { DEFAULT_CLEAN_OPTIONS, type CleanOptions } from "../../stages/clean.js";
import { DEFAULT_DEDUP, type DedupOptions } from "../../stages/dedup/dedup-index.js";
import { DEFAULT_FILTERS, type FilterOptions } from "../../stages/filter.js";
import type { OperatorName } from "../../stages/redact/operators.js";
import { parseConsent, type Consent } from "../../model/consent.js";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { isJsonObject } from "../../model/json.js";

export interface BuildConfig {
  /** Seeds dedup hashing (the release is byte-identical for the same input and seed) [1]. */
  seed: number;
  /** Consent of inputs not under a `public/` or `private/` folder directly below an input root ["private"]. */
  consent: Consent;
  /** Licence in the dataset card ("apache-2.0"). */
  license: string;
  name: string;
  prettyName: string;
  description: string;
  clean: CleanOptions | false;
  /** corpusNames: names written to many unrelated bots are the story's (a first pass counts them) [true]. */
  redact: { operator: OperatorName; threshold: number; corpusNames: boolean } | false;
  dedup: Partial<DedupOptions> | false;
  filter: Partial<FilterOptions> | false;
  /** Also write private-consent records, deduplicated, to `_private/train_only/` [false]. */
  trainOnly: boolean;
  /** Write pippa_deduped.parquet [true]. */
  parquet: boolean;
  /** Worker threads [the CPU count]. */
  workers: number;
}

export function defaultBuildConfig(): BuildConfig {
  return {
    seed: 1,
    consent: "private",
    license: "apache-2.0",
    name: "pippa",
    prettyName: "PIPPA-style role-play conversations",
    description: "Conversations between people and role-play characters, contributed with consent.",
    clean: DEFAULT_CLEAN_OPTIONS,
    redact: { operator: "placeholder", threshold: 0.5, corpusNames: true },
    dedup: { threshold: DEFAULT_DEDUP.threshold },
    filter: DEFAULT_FILTERS,
    trainOnly: false,
    parquet: true,
    workers: availableParallelism(),
  };
}

/** The defaults with a config file's values over them; unknown keys are an error (typos). */
export function mergeBuildConfig(base: BuildConfig, overrides: unknown, source = "config"): BuildConfig {
  if (!isJsonObject(overrides)) throw new PippaError(ERROR_CODES.field, "expected a JSON object", { source });
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in base)) throw new PippaError(ERROR_CODES.field, `unknown setting (known: ${Object.keys(base).join(", ")})`, { source, path: key });
    const current = (base as unknown as Record<string, unknown>)[key];
    if (value === false && isJsonObject(current)) merged[key] = false;
    else if (isJsonObject(current) && isJsonObject(value)) merged[key] = { ...current, ...value };
    else if (current !== false && typeof current !== typeof value) throw new PippaError(ERROR_CODES.field, `expected ${typeof current}, got ${JSON.stringify(value)}`, { source, path: key });
    else merged[key] = value;
  }
  if (parseConsent(merged.consent) === null) throw new PippaError(ERROR_CODES.field, 'expected "public" or "private"', { source, path: "consent" });
  return merged as unknown as BuildConfig;
}
