/**
 * What `pippa build` does, as one JSON object (`--config pippa.config.json`, merged over the
 * defaults): the stages and their options, each stage able to be switched off with `false`.
 */
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { DEFAULT_CLEAN_OPTIONS, type CleanOptions } from "../../stages/clean.js";
import { DEFAULT_CONTENT_THRESHOLD } from "../../stages/content/classify.js";
import { CONTENT_TAGS, type ContentTag } from "../../stages/content/types.js";
import { DEFAULT_DEDUP, type DedupOptions } from "../../stages/dedup/dedup-index.js";
import { DEFAULT_FILTERS, type FilterOptions } from "../../stages/filter.js";
import { DEFAULT_OPERATOR, OPERATORS, type OperatorName } from "../../stages/redact/operator-names.js";
import { DEFAULT_THRESHOLD } from "../../stages/redact/types.js";
import { parseConsent, type Consent } from "../../model/consent.js";
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { isJsonObject } from "../../model/json.js";
import { didYouMean } from "../../model/suggest.js";

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
  /** Who to write to about the release (an email address or a URL), shown in the card [""]. */
  contact: string;
  /** Where a contributor withdraws a contribution (the portal's /withdraw page), shown in the card [""]. */
  withdrawalUrl: string;
  clean: CleanOptions | false;
  /**
   * Content tags (never switched off: it keeps sexual content involving minors out of every
   * public file). `exclude`: tags whose conversations are withheld too; `dropExcluded`: withheld
   * conversations are dropped, not kept in the private folder.
   */
  content: ContentSettings;
  /** corpusNames: names written to many unrelated bots are the story's (a first pass counts them) [true]. */
  redact: { operator: OperatorName; threshold: number; corpusNames: boolean } | false;
  dedup: Partial<DedupOptions> | false;
  filter: Partial<FilterOptions> | false;
  /** Also write private-consent records, deduplicated, to `OUT.private/train_only/` [false]. */
  trainOnly: boolean;
  /** Write pippa_deduped.parquet [true]. */
  parquet: boolean;
  /** Write pippa_metharme.jsonl, the deduplicated records as Metharme prompt/generation pairs [true]. */
  metharme: boolean;
  /** Worker threads [the CPU count]. */
  workers: number;
  /** How a build run as tasks asks Slurm for each task (see `--executor slurm`); "" or 0 leaves it to the cluster's defaults. Not part of the release. */
  slurm: SlurmSettings;
}

export interface SlurmSettings {
  partition: string;
  /** A time limit as sbatch takes it ("2:00:00"). */
  time: string;
  /** Memory per task as sbatch takes it ("8G"). */
  mem: string;
  /** CPUs per task: the worker threads of each task [0: the build's workers]. */
  cpusPerTask: number;
}

/** Settings of how a build runs, not of what it makes: left out of build.json and the config's hash. */
export function reproducibleConfigOf(config: BuildConfig): Omit<BuildConfig, "workers" | "slurm"> {
  const { workers: _workers, slurm: _slurm, ...reproducible } = config;
  return reproducible;
}

export interface ContentSettings {
  threshold: number;
  exclude: ContentTag[];
  dropExcluded: boolean;
}

/** Seeds dedup hashing when neither the config nor `--seed` gives a seed. */
export const DEFAULT_BUILD_SEED = 1;
/** Consent of inputs outside a consent folder when neither the config nor `--consent` gives one. */
export const DEFAULT_CONSENT: Consent = "private";

const DEFAULT_CONTENT: ContentSettings = { threshold: DEFAULT_CONTENT_THRESHOLD, exclude: [], dropExcluded: false };

const DEFAULT_REDACT = { operator: DEFAULT_OPERATOR, threshold: DEFAULT_THRESHOLD, corpusNames: true };

const DEFAULT_SLURM: SlurmSettings = { partition: "", time: "", mem: "", cpusPerTask: 0 };

export function defaultBuildConfig(): BuildConfig {
  return {
    seed: DEFAULT_BUILD_SEED,
    consent: DEFAULT_CONSENT,
    license: "apache-2.0",
    name: "pippa",
    prettyName: "PIPPA-style role-play conversations",
    description: "Conversations between people and role-play characters, contributed with consent.",
    contact: "",
    withdrawalUrl: "",
    clean: DEFAULT_CLEAN_OPTIONS,
    content: { ...DEFAULT_CONTENT, exclude: [] },
    redact: { ...DEFAULT_REDACT },
    dedup: { threshold: DEFAULT_DEDUP.threshold },
    filter: DEFAULT_FILTERS,
    trainOnly: false,
    parquet: true,
    metharme: true,
    workers: availableParallelism(),
    slurm: { ...DEFAULT_SLURM },
  };
}

/** The settings each stage takes (a config may give any of them, and no other). */
const STAGE_SETTINGS: Readonly<Record<string, Record<string, unknown>>> = {
  clean: { ...DEFAULT_CLEAN_OPTIONS },
  content: { threshold: DEFAULT_CONTENT_THRESHOLD, exclude: null, dropExcluded: false },
  redact: { ...DEFAULT_REDACT },
  dedup: { ...DEFAULT_DEDUP },
  filter: { ...DEFAULT_FILTERS },
  slurm: { ...DEFAULT_SLURM },
};

function unknownSetting(key: string, known: readonly string[], source: string, path: string): PippaError {
  return new PippaError(ERROR_CODES.field, `unknown setting${didYouMean(key, known)}; known: ${known.join(", ")}`, { source, path });
}

/** A stage's settings: known keys only, each of its default's type (a list of strings where the default is null). */
function checkStageSettings(stage: string, value: Record<string, unknown>, source: string): void {
  const known = STAGE_SETTINGS[stage];
  for (const [key, setting] of Object.entries(value)) {
    if (!(key in known)) throw unknownSetting(key, Object.keys(known), source, `${stage}.${key}`);
    const expected = known[key];
    const fits = expected === null ? setting === null || (Array.isArray(setting) && setting.every((item) => typeof item === "string")) : typeof setting === typeof expected;
    if (!fits) throw new PippaError(ERROR_CODES.field, `expected ${expected === null ? "a list of strings or null" : typeof expected}, got ${JSON.stringify(setting)}`, { source, path: `${stage}.${key}` });
  }
  if (stage === "content") {
    const exclude = value.exclude as unknown[] | null | undefined;
    for (const tag of exclude ?? []) if (!(CONTENT_TAGS as readonly unknown[]).includes(tag)) throw new PippaError(ERROR_CODES.field, `expected tags among ${CONTENT_TAGS.join(", ")}${didYouMean(String(tag), CONTENT_TAGS)}`, { source, path: "content.exclude" });
    if (value.threshold !== undefined && !((value.threshold as number) > 0 && (value.threshold as number) <= 1)) throw new PippaError(ERROR_CODES.field, "expected a score above 0, up to 1", { source, path: "content.threshold" });
  }
  if (stage === "redact") {
    if (value.operator !== undefined && !(OPERATORS as readonly unknown[]).includes(value.operator)) throw new PippaError(ERROR_CODES.field, `expected one of ${OPERATORS.join(", ")}${didYouMean(String(value.operator), OPERATORS)}`, { source, path: "redact.operator" });
    if (value.threshold !== undefined && !((value.threshold as number) >= 0 && (value.threshold as number) <= 1)) throw new PippaError(ERROR_CODES.field, "expected a score from 0 to 1", { source, path: "redact.threshold" });
  }
}

/** The defaults with a config file's values over them; unknown keys are an error (typos), with the nearest known one suggested. */
export function mergeBuildConfig(base: BuildConfig, overrides: unknown, source = "config"): BuildConfig {
  if (!isJsonObject(overrides)) throw new PippaError(ERROR_CODES.field, "expected a JSON object", { source });
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in base)) throw unknownSetting(key, Object.keys(base), source, key);
    const current = (base as unknown as Record<string, unknown>)[key];
    if (key === "content" && value === false) throw new PippaError(ERROR_CODES.field, "the content stage cannot be switched off: it keeps sexual content involving minors out of every public file; to publish more, leave content.exclude empty", { source, path: key });
    if (key in STAGE_SETTINGS && isJsonObject(value)) checkStageSettings(key, value, source);
    if (value === false && (key in STAGE_SETTINGS || isJsonObject(current))) merged[key] = false;
    else if (key in STAGE_SETTINGS && isJsonObject(value)) merged[key] = { ...(isJsonObject(current) ? current : STAGE_SETTINGS[key]), ...value };
    else if (current !== false && typeof current !== typeof value) throw new PippaError(ERROR_CODES.field, `expected ${typeof current}, got ${JSON.stringify(value)}`, { source, path: key });
    else merged[key] = value;
  }
  if (parseConsent(merged.consent) === null) throw new PippaError(ERROR_CODES.field, 'expected "public" or "private"', { source, path: "consent" });
  checkCardText(merged, source);
  return merged as unknown as BuildConfig;
}

/** The card shows these as they are: one line each, and the withdrawal address a web address. */
function checkCardText(config: Record<string, unknown>, source: string): void {
  for (const key of ["name", "prettyName", "license", "contact", "withdrawalUrl"]) {
    if (/[\u0000-\u001f\u007f]/.test(config[key] as string)) throw new PippaError(ERROR_CODES.field, "expected one line of text (no line breaks or control characters)", { source, path: key });
  }
  const url = config.withdrawalUrl as string;
  if (url !== "" && !/^https?:\/\/[^\s/]+/i.test(url)) throw new PippaError(ERROR_CODES.field, `expected an http(s) address such as "https://example.org/withdraw", got ${JSON.stringify(url)}`, { source, path: "withdrawalUrl" });
}

/**
 * The languages a language filter keeps must be codes the detector gives (ISO 639-3, as franc
 * names them): "english" would silently drop every English record.
 */
export async function checkFilterLanguages(config: BuildConfig, source = "config"): Promise<void> {
  const languages = config.filter ? config.filter.languages : null;
  if (!languages) return;
  const [{ data }, { expressions }] = await Promise.all([import("franc-min/data.js"), import("franc-min/expressions.js")]);
  const known = new Set([...Object.keys(expressions), ...Object.values(data).flatMap((script) => Object.keys(script))]);
  for (const language of languages) {
    if (!known.has(language)) {
      throw new PippaError(ERROR_CODES.field, `"${language}" is not a language code the detector gives${didYouMean(language, known)}: use ISO 639-3 codes such as "eng", "spa", "por"`, { source, path: "filter.languages" });
    }
  }
}

/** The defaults with a JSON config file over them, checked as `mergeBuildConfig` and `checkFilterLanguages` check. */
export async function readBuildConfig(path: string): Promise<BuildConfig> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (cause) {
    throw new PippaError(ERROR_CODES.json, `not a readable JSON config (${(cause as Error).message})`, { source: path });
  }
  const config = mergeBuildConfig(defaultBuildConfig(), parsed, path);
  await checkFilterLanguages(config, path);
  return config;
}
