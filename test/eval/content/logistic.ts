/**
 * What the content models' trainers share: logistic regression by AdaGrad over hashed sparse features (a handful of lines:
 * the libraries for it take dense matrices, and these features are sparse ones of 2^18), the weights quantised to signed
 * bytes and written as a TypeScript module, and the tallies of cross-validation.
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";

export interface Example {
  features: [number, number][];
  positive: boolean;
}

export interface Training {
  dimensions: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** A small linear congruential generator: the order of the examples, the same on every run. */
function shuffled(count: number, seed: number): number[] {
  let state = seed >>> 0;
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = Math.floor((state / 4294967296) * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** The probability the weights give an example's features. */
export function probabilityOf(features: readonly (readonly [number, number])[], weights: Float32Array): number {
  let sum = 0;
  for (const [index, value] of features) sum += weights[index] * value;
  return 1 / (1 + Math.exp(-sum));
}

export function train(data: readonly Example[], { dimensions, epochs, learningRate, l2, seed }: Training): Float32Array {
  const weights = new Float32Array(dimensions);
  const squares = new Float32Array(dimensions).fill(1e-8);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of shuffled(data.length, seed + epoch)) {
      const { features, positive } = data[i];
      const error = probabilityOf(features, weights) - (positive ? 1 : 0);
      for (const [index, value] of features) {
        const gradient = error * value + l2 * weights[index];
        squares[index] += gradient * gradient;
        weights[index] -= (learningRate * gradient) / Math.sqrt(squares[index]);
      }
    }
  }
  return weights;
}

/** Signed bytes and their step: the largest weight is 127 steps. */
function quantised(weights: Float32Array): { scale: number; bytes: Int8Array } {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127;
  return { scale, bytes: Int8Array.from(weights, (weight) => Math.max(-127, Math.min(127, Math.round(weight / (scale || 1))))) };
}

/** The generated module that ships trained weights, as `ModelWeights` (src/stages/content/model-weights.ts) under `name`. */
function weightsModule(trainer: string, name: string, weights: Float32Array, data: readonly Example[], trainedOn: readonly { file: string; sha256: string }[]): string {
  const { scale, bytes } = quantised(weights);
  const lines = Buffer.from(bytes.buffer).toString("base64").match(/.{1,120}/g) ?? [];
  const positive = data.filter((item) => item.positive).length;
  return [
    `/** Written by ${trainer} (npm run train:content): do not edit by hand. */`,
    'import type { ModelWeights } from "./model-weights.js";',
    "",
    `export const ${name}: ModelWeights = {`,
    `  trainedOn: ${JSON.stringify(trainedOn, null, 2).replace(/\n/g, "\n  ")},`,
    `  examples: { positive: ${positive}, negative: ${data.length - positive} },`,
    `  scale: ${scale},`,
    "  weights: [",
    ...lines.map((line) => `    "${line}",`),
    "  ],",
    "};",
    "",
  ].join("\n");
}

export async function sha256Of(path: string): Promise<string> {
  return createHash("sha256").update(await readFile(path)).digest("hex");
}

/** A set is development unless its title says it is held out. */
export function isDevelopment(title: string): boolean {
  return !/held out/i.test(title);
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export const blankTally = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

export function tallied(tally: Tally, positive: boolean, said: boolean): void {
  if (said && positive) tally.truePositives++;
  else if (said) tally.falsePositives++;
  else if (positive) tally.falseNegatives++;
}

export const recall = (tally: Tally) => (100 * tally.truePositives) / Math.max(1, tally.truePositives + tally.falseNegatives);
export const precision = (tally: Tally) => (100 * tally.truePositives) / Math.max(1, tally.truePositives + tally.falsePositives);
export const cell = (tally: Tally) => `${recall(tally).toFixed(1)} / ${precision(tally).toFixed(1)}`;

/** What a trainer's command line does with its development data: cross-validate (`--cross-validate`, `--list`) or write the weights. */
export interface TrainerRun {
  /** The trainer's path in the repository, named in the generated file. */
  script: string;
  /** The exported constant of the weights module. */
  constant: string;
  weightsFile: string;
  training: Training;
  examples: readonly Example[];
  trainedOn: readonly { file: string; sha256: string }[];
  /** The cross-validation report; `listing` collects the texts the model decided, when asked. */
  crossValidated(listing?: string[]): string;
}

export async function runTrainer(run: TrainerRun): Promise<void> {
  if (process.argv.includes("--cross-validate")) {
    const listing: string[] | undefined = process.argv.includes("--list") ? [] : undefined;
    const report = run.crossValidated(listing);
    process.stdout.write(`${[...(listing ?? []), report].join("\n")}\n`);
    return;
  }
  await writeFile(run.weightsFile, weightsModule(run.script, run.constant, train(run.examples, run.training), run.examples, run.trainedOn));
  const positive = run.examples.filter((item) => item.positive).length;
  process.stdout.write(`trained on ${run.examples.length} texts (${positive} positive) from ${run.trainedOn.length} sets: ${run.weightsFile}\n`);
}
