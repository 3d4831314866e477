/**
 * `pippa build`: contributor exports in, a release folder out, in three passes sharing one build
 * state (build-state.ts):
 *
 * 1. Import (pass-import.ts): worker threads run the per-record stages (clean, content, redact,
 *    filter verdict) and measure dedup features; the parent writes `pippa.jsonl` (public
 *    records) and a private work file (the others), each in input order.
 * 2. Dedup (pass-dedup.ts): exact and extended copies from the features, near candidates from
 *    LSH, verified by true Jaccard over shingles recomputed for the candidates only.
 * 3. Release (pass-release.ts): the deduplicated JSONL and Parquet, the Metharme file, the card
 *    and `build.json`.
 *
 * Everything is written into a temporary sibling folder renamed into place at the end, so an
 * interrupted build leaves no half release; the same input and seed give the same bytes.
 */
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { expandConsentedInputs, type ConsentedInput } from "../import-files.js";
import type { ProgressState } from "../progress.js";
import { sha256File } from "../file-digest.js";
import { trackTemporary, untrackTemporary } from "../write-file.js";
import { BuildState } from "./build-state.js";
import type { BuildConfig } from "./config.js";
import { dedupPass } from "./pass-dedup.js";
import { importPass } from "./pass-import.js";
import { releasePass } from "./pass-release.js";
import { checkReleaseTarget, clearAbandonedBuilds, releaseFoldersOf, STAGING_PRIVATE, STAGING_PUBLIC, swapInRelease } from "./release-folders.js";

export interface BuildOptions {
  /** Files or folders; each with its consent, or a plain path (see `expandConsentedInputs`). */
  sources: readonly ConsentedInput[];
  output: string;
  config: BuildConfig;
  /** Key for the surrogate operator. */
  secret?: string | null;
  /** Called as records pass: the stage name, how many so far, and whether the stage is done. */
  onProgress?: (stage: string, state: ProgressState, done?: boolean) => void;
}

export interface BuildSummary {
  output: string;
  /** Where the private companion was written (beside `output`, never inside it). */
  privateOutput: string;
  /** `imported` counts every record read but those withheld by the content policy, which `withheld` counts. */
  records: { imported: number; public: number; deduped: number; trainOnly: number; withheld: number };
  counts: Record<string, Record<string, number>>;
}


/**
 * Builds `options.output` (public) and `options.output + ".private"` beside it; see the module
 * comment. Refuses (PIPPA_E_USAGE) an output that overlaps an input or is a folder of something
 * else, before reading anything.
 */
export async function buildRelease(options: BuildOptions): Promise<BuildSummary> {
  const given = options.output.replace(/[\\/]+$/, "") || options.output;
  const folders = releaseFoldersOf(given);
  await checkReleaseTarget(folders, options.sources.map((source) => (typeof source === "string" ? source : source.path)), given);
  // A build killed before it could clean up left records of every consent in its staging folder.
  await clearAbandonedBuilds(folders);
  const { staging } = folders;
  trackTemporary(staging);
  try {
    await mkdir(join(staging, STAGING_PRIVATE, "work"), { recursive: true });
    await mkdir(join(staging, STAGING_PUBLIC), { recursive: true });
    const summary = await buildInto(staging, options);
    await swapInRelease(folders);
    return { ...summary, output: given, privateOutput: `${given}.private` };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    untrackTemporary(staging);
  }
}

async function buildInto(staging: string, options: BuildOptions): Promise<Omit<BuildSummary, "output" | "privateOutput">> {
  const inputs = await expandConsentedInputs(options.sources, options.config.consent);
  const state = new BuildState(staging, options, inputs);
  // Hashed beside pass 1 (the hash is only needed for build.json), not before it.
  const checksums = Promise.all(state.files.map(async (file) => ({ file, sha256: await sha256File(file) })));
  checksums.catch(() => {}); // awaited in pass 3; a failure must not go unhandled meanwhile
  await importPass(state);
  const decisions = await dedupPass(state);
  return releasePass(state, decisions, checksums);
}
