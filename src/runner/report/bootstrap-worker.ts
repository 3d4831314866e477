/**
 * Runs power-law bootstrap replicates on a worker thread, beside the main thread drawing the
 * report's figures: one thread for both tests (human, bot), since a second one's start-up costs
 * about what it would save on two cores.
 */
import { replicateRandom, type Speaker } from "../../stats/length-analysis.js";
import { answerOneShot, runOneShot } from "../one-shot-worker.js";
import { bootstrapReplicates, type BootstrapResult, type FitOptions, type PowerLawFit, type ValueCounts } from "../../stats/powerlaw/index.js";

export interface BootstrapJob {
  data: ValueCounts;
  fit: PowerLawFit;
  options: FitOptions;
  iterations: number;
  seed: number;
  speaker: Speaker;
}

const KIND = "power-law bootstrap";

async function run(jobs: BootstrapJob[]): Promise<BootstrapResult[]> {
  const results: BootstrapResult[] = [];
  for (const job of jobs) results.push(await bootstrapReplicates(job.data, job.fit, job.options, 0, job.iterations, (replicate) => replicateRandom(job.seed, job.speaker, replicate)));
  return results;
}

/** The jobs' bootstraps, in order, computed on one worker thread. */
export function bootstrapInWorker(jobs: BootstrapJob[]): Promise<BootstrapResult[]> {
  return jobs.length === 0 ? Promise.resolve([]) : runOneShot(new URL(import.meta.url), KIND, jobs);
}

answerOneShot(KIND, run);
