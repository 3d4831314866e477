/**
 * What the passes of `pippa build` share: the inputs and their consents, the counters (all
 * records, and the public ones alone), the files being written, and what pass 1 leaves per
 * record for the later passes, held as plain columns (numbers, typed arrays, shared strings:
 * not an object or a copied string per record, which the thread's collector would walk).
 */
import { join } from "node:path";
import type { Consent } from "../../model/consent.js";
import { Uint32Arena } from "../../base/compact.js";
import { DedupIndex, type DedupFeatures } from "../../stages/dedup/dedup-index.js";
import type { FilePiece } from "../import-files.js";
import { StageCounters } from "../../stages/stage.js";
import type { ProgressState } from "../progress.js";
import { AtomicFile } from "../write-file.js";
import type { BuildOptions } from "./build.js";
import type { BuildConfig } from "./config.js";
import { LineIndex } from "./line-index.js";
import { STAGING_PRIVATE, STAGING_PUBLIC } from "./release-folders.js";

/**
 * A build that runs as tasks reads one shard per import task: whole files and parts of files,
 * with the story names counted over every shard, and hands each record's dedup features to the
 * task (which writes them for the dedup task) instead of indexing them.
 */
export interface ShardReading {
  reading: readonly (string | FilePiece)[];
  storyNames: readonly string[] | null;
  onFeatures: (features: DedupFeatures) => void;
}

export class BuildState {
  readonly config: BuildConfig;
  readonly files: string[];
  private readonly consentByFile: Map<string, Consent>;
  /** Everything (the private build.json), and the public records' alone (the public build.json and card). */
  readonly counters = new StageCounters();
  readonly publicCounters = new StageCounters();
  readonly rejects: AtomicFile;
  readonly audit: AtomicFile;
  /** Every tagged conversation's tags and evidence (no text), and the withheld ones whole. */
  readonly contentAudit: AtomicFile;
  readonly withheldFile: AtomicFile;
  readonly privateWork: AtomicFile;
  /** pippa.jsonl: the public records as pass 1 publishes them. */
  readonly all: AtomicFile;
  readonly dedup: DedupIndex | null;
  /** What pass 1 reads: the input files, or a shard's files and parts of files. */
  readonly reading: readonly (string | FilePiece)[];
  readonly progress: (stage: string, state: ProgressState, done?: boolean) => void;

  // Per record, in input order (withheld records are not records here).
  readonly consents: Consent[] = [];
  readonly drops: (string | null)[] = [];
  readonly sources: string[] = [];
  readonly sourceLines: (number | null)[] = [];
  /** Which line of pippa.jsonl (public) or of the private work file (private) each record is. */
  readonly lineOf: number[] = [];
  readonly publicLines = new LineIndex();
  readonly privateLines = new LineIndex();
  // Each public record's share of the figures, measured by the workers, counted in pass 3 if it stays.
  readonly publicBots: string[] = [];
  readonly publicCategories: (string[] | null)[] = [];
  readonly publicCounts = new Uint32Arena();
  readonly publicTags: string[][] = [];
  imported = 0;
  withheld = 0;

  private readonly shared = new Map<string, string>();
  private readonly sharedLists = new Map<string, string[]>();

  constructor(
    readonly staging: string,
    readonly options: BuildOptions,
    inputs: readonly { path: string; consent: Consent }[],
    readonly shard: ShardReading | null = null,
  ) {
    this.config = options.config;
    this.files = inputs.map((input) => input.path);
    this.consentByFile = new Map(inputs.map((input) => [input.path, input.consent]));
    this.rejects = new AtomicFile(this.atPrivate("rejects.jsonl"));
    this.audit = new AtomicFile(this.atPrivate("pii-audit.jsonl"));
    this.contentAudit = new AtomicFile(this.atPrivate("content-audit.jsonl"));
    this.withheldFile = new AtomicFile(this.atPrivate("content-withheld.jsonl"));
    this.privateWork = new AtomicFile(this.atPrivate("work", "private.jsonl"));
    this.all = new AtomicFile(this.at("pippa.jsonl"));
    this.dedup = this.config.dedup && !shard ? new DedupIndex({ ...this.config.dedup, seed: this.config.seed }) : null;
    this.reading = shard?.reading ?? this.files;
    this.progress = options.onProgress ?? (() => {});
  }

  /** Pass 1's dedup features of the next record: indexed, or handed to the shard's task. */
  addDedupFeatures(features: DedupFeatures): void {
    if (this.shard) this.shard.onFeatures(features);
    else this.dedup?.addFeatures(features);
  }

  /** A record's consent comes with its item; a file the map does not know is private. */
  consentOfFile(file: string): Consent {
    return this.consentByFile.get(file) ?? "private";
  }

  count(consent: Consent, stage: string, outcome: string): void {
    this.counters.count(stage, outcome);
    if (consent === "public") this.publicCounters.count(stage, outcome);
  }

  /** A path in the public part of the release being built. */
  at(...parts: string[]): string {
    return join(this.staging, STAGING_PUBLIC, ...parts);
  }

  /** A path in the private part. */
  atPrivate(...parts: string[]): string {
    return join(this.staging, STAGING_PRIVATE, ...parts);
  }

  /** One string per distinct text (bot ids and sources repeat over many records). */
  intern(text: string): string {
    return this.shared.get(text) ?? (this.shared.set(text, text), text);
  }

  internList(list: string[] | null): string[] | null {
    if (list === null) return null;
    const key = JSON.stringify(list);
    return this.sharedLists.get(key) ?? (this.sharedLists.set(key, list), list);
  }

  origin(index: number): { source: string; line: number | null } {
    return { source: this.sources[index], line: this.sourceLines[index] };
  }
}
