/**
 * The server's reading of files, off the event loop: what an upload holds (format, conversations,
 * refusals per file) and what the curator looks at (a submission's first conversations, the
 * corpus figures) are read the way `pippa import` reads them, on a worker thread, so a file that
 * is slow to read never stalls the server's other requests. This module is also the worker's
 * entry: started as a worker, it answers the job it was given.
 */
import type { Episode } from "../model/pippa-record.js";
import { toPippa } from "../model/pippa-record.js";
import { importFiles } from "../runner/import-files.js";
import { CorpusStats, type CorpusSummary } from "../stats/corpus-stats.js";
import { answerOneShot } from "../runner/one-shot-worker.js";
import { runTimed } from "./timed-worker.js";

/** What reading one file of an upload found. */
export interface FileReading {
  format: string | null;
  conversations: number;
  messages: number;
  /** Records inside the file that could not be read. */
  refused: number;
  warnings: string[];
  /** The first refusal's message, when there was one. */
  firstRefusal?: string;
}

export interface EpisodeSample {
  /** Conversations in all the files. */
  total: number;
  /** The first ones, in file order. */
  episodes: Episode[];
}

type Job = { kind: "upload"; paths: string[] } | { kind: "sample"; paths: string[]; first: number } | { kind: "statistics"; groups: string[][] };

const KIND = "server-reading";

async function readUploadHere(paths: readonly string[]): Promise<Map<string, FileReading>> {
  const readings = new Map<string, FileReading>(paths.map((path) => [path, { format: null, conversations: 0, messages: 0, refused: 0, warnings: [] }]));
  for await (const event of importFiles(paths)) {
    if (event.kind === "episode") {
      const reading = readings.get(event.episode.source?.file ?? "");
      if (reading) {
        reading.conversations++;
        reading.messages += event.episode.conversation.length;
      }
    } else if (event.kind === "reject") {
      const reading = readings.get(event.source);
      if (reading) reading.firstRefusal ??= event.reject.error.message;
    } else if (event.kind === "file") {
      const reading = readings.get(event.report.source);
      if (reading) {
        reading.format = event.report.format;
        reading.refused = event.report.rejected;
        reading.warnings = event.report.warnings;
      }
    }
  }
  return readings;
}

async function sampleHere(paths: readonly string[], first: number): Promise<EpisodeSample> {
  const sample: EpisodeSample = { total: 0, episodes: [] };
  for await (const event of importFiles(paths)) {
    if (event.kind !== "episode") continue;
    sample.total++;
    if (sample.episodes.length < first) sample.episodes.push(event.episode);
  }
  return sample;
}

async function statisticsHere(groups: readonly string[][]): Promise<CorpusSummary> {
  const stats = new CorpusStats();
  // Each group is one submission: its card pairs with its own chats only.
  for (const group of groups) {
    for await (const event of importFiles(group)) {
      if (event.kind === "episode") stats.addRecord(toPippa(event.episode));
    }
  }
  return stats.summarise();
}

function run(job: Job): Promise<unknown> {
  switch (job.kind) {
    case "upload":
      return readUploadHere(job.paths);
    case "sample":
      return sampleHere(job.paths, job.first);
    case "statistics":
      return statisticsHere(job.groups);
  }
}

const here = new URL(import.meta.url);

/**
 * Reads the files of an upload on a worker thread, stopped after `budgetMs` (then it rejects
 * with `WorkerBudgetExceeded`). Keyed by path, in the order given.
 */
export function readUpload(paths: readonly string[], budgetMs: number): Promise<Map<string, FileReading>> {
  return runTimed(here, KIND, { kind: "upload", paths: [...paths] } satisfies Job, budgetMs);
}

/** The number of conversations in `paths` (read together) and the first `first` of them, read on a worker thread. */
export function sampleEpisodes(paths: readonly string[], first: number): Promise<EpisodeSample> {
  return runTimed(here, KIND, { kind: "sample", paths: [...paths], first } satisfies Job, null);
}

/** The PIPPA figures over groups of files (each group read together), computed on a worker thread. */
export function readCorpusStatistics(groups: readonly string[][]): Promise<CorpusSummary> {
  return runTimed(here, KIND, { kind: "statistics", groups: groups.map((group) => [...group]) } satisfies Job, null);
}

answerOneShot(KIND, run);
