/**
 * Trains the `minor` model (src/stages/content/minor-model.ts) on the development sets and writes its weights to
 * src/stages/content/minor-model-weights.ts. The held-out sets are never read. Deterministic: the same sets give the same
 * bytes. Usage: npm run train:content; with `-- --cross-validate` it writes nothing and reports how the model does on
 * each development set while left out (how `MODEL_THRESHOLD` is chosen); `--list` adds the sentences that made a left-out
 * item a minor where the rules did not ("found" when it is one, "wrong" when not).
 *
 * What it learns from:
 * - every labelled text of the development sentence sets with a sentence the model reads (see `modelSentences`), as one
 *   example each;
 * - the sentences the model reads (see `modelSentences`) of the development conversations labelled not `minor`, as negative
 *   examples (cross-validation preferred them weighing as much as the sentence sets' examples to weighing 0.3, and to adding
 *   the sentences the model never reads);
 * - in the conversations labelled `minor`, the sentences that hold a rule's evidence of a minor, as positive examples (the
 *   conversation's label says someone is a minor, not which sentence says so: these are the sentences known to).
 * The learner is logistic regression by AdaGrad over the hashed features (a handful of lines: the libraries for it take dense
 * matrices, and these features are sparse ones of 2^18).
 */
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { classifyContent, combinedScores, contentFields, DEFAULT_CONTENT_THRESHOLD } from "../../../src/stages/content/classify.js";
import { MODEL_DIMENSIONS, MODEL_THRESHOLD, modelFeatures, modelProbability, modelSentences } from "../../../src/stages/content/minor-model.js";
import type { ContentEvidence } from "../../../src/stages/content/types.js";
import { asciiDigits } from "../../../src/stages/content/triggers.js";
import { CONTENT_SETS, loadContentSet, loadSentenceSet, SENTENCE_SETS } from "./score.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** Written beside its source: the script runs from dist/, the weights belong in src/. */
const WEIGHTS_FILE = here("../../../../src/stages/content/minor-model-weights.ts");
const SETS_FOLDER = here("../../../../test/eval/content/");

const EPOCHS = 8;
const LEARNING_RATE = 0.5;
const L2 = 1e-6;
const SEED = 1;

/** A set is development unless its title says it is held out. */
export function isDevelopment(title: string): boolean {
  return !/held out/i.test(title);
}

interface Example {
  features: [number, number][];
  positive: boolean;
}

/** A labelled item as the evaluation scores it: its label, the rules' call without the model, and the sentences the model reads. */
interface Unit {
  positive: boolean;
  byRules: boolean;
  sentences: string[];
}

/** One development set: the examples it teaches and the items it is scored on. */
interface DevelopmentSet {
  file: string;
  sha256: string;
  kind: "conversations" | "sentences";
  examples: Example[];
  units: Unit[];
}

function example(text: string, positive: boolean): Example {
  return { features: [...modelFeatures(text)], positive };
}

/** The `minor` call of the rules alone: the evidence of every rule but the model's. */
function rulesSay(episode: Parameters<typeof classifyContent>[0]): { says: boolean; evidence: ContentEvidence[] } {
  const evidence = classifyContent(episode).evidence.filter((piece) => piece.rule !== "minor-model");
  return { says: (combinedScores(evidence, contentFields(episode)).get("minor") ?? 0) >= DEFAULT_CONTENT_THRESHOLD, evidence };
}

async function developmentSets(): Promise<DevelopmentSet[]> {
  const sets: DevelopmentSet[] = [];
  const sha256 = async (file: string) => createHash("sha256").update(await readFile(SETS_FOLDER + file)).digest("hex");
  for (const [file, title] of SENTENCE_SETS) {
    if (!isDevelopment(title)) continue;
    const set: DevelopmentSet = { file, sha256: await sha256(file), kind: "sentences", examples: [], units: [] };
    for (const item of await loadSentenceSet(SETS_FOLDER + file)) {
      const text = asciiDigits(item.textOf("bot_description"));
      const read = modelSentences(text).map(({ start, end }) => text.slice(start, end));
      if (read.length > 0) set.examples.push(example(text, item.labels.minor));
      set.units.push({ positive: item.labels.minor, byRules: rulesSay(item).says, sentences: read });
    }
    sets.push(set);
  }
  for (const [file, title] of CONTENT_SETS) {
    if (!isDevelopment(title)) continue;
    const set: DevelopmentSet = { file, sha256: await sha256(file), kind: "conversations", examples: [], units: [] };
    for (const item of await loadContentSet(SETS_FOLDER + file)) {
      // The rules' evidence alone: the model's own would teach it what it already says.
      const rules = rulesSay(item);
      const ruled = rules.evidence.filter((piece) => piece.tag === "minor" && piece.score >= 0.5);
      const unit: Unit = { positive: item.labels.minor, byRules: rules.says, sentences: [] };
      for (const field of contentFields(item)) {
        const text = asciiDigits(field.text);
        for (const { start, end } of modelSentences(text)) {
          const sentence = text.slice(start, end);
          unit.sentences.push(sentence);
          if (!item.labels.minor) set.examples.push(example(sentence, false));
          else if (ruled.some((piece) => piece.field === field.field && piece.start < end && piece.end > start)) set.examples.push(example(sentence, true));
        }      }
      set.units.push(unit);
    }
    sets.push(set);
  }
  return sets;
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

function train(data: readonly Example[]): Float32Array {
  const weights = new Float32Array(MODEL_DIMENSIONS);
  const squares = new Float32Array(MODEL_DIMENSIONS).fill(1e-8);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of shuffled(data.length, SEED + epoch)) {
      const { features, positive } = data[i];
      let sum = 0;
      for (const [index, value] of features) sum += weights[index] * value;
      const error = 1 / (1 + Math.exp(-sum)) - (positive ? 1 : 0);
      for (const [index, value] of features) {
        const gradient = error * value + L2 * weights[index];
        squares[index] += gradient * gradient;
        weights[index] -= (LEARNING_RATE * gradient) / Math.sqrt(squares[index]);
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

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];
/** How much precision the model may cost the rules, in points: on conversations, and on sentences (cards). */
const PRECISION_COST = { conversations: 2.5, sentences: 1 };
const FOLDS = 4;

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

function tallied(tally: Tally, positive: boolean, said: boolean): void {
  if (said && positive) tally.truePositives++;
  else if (said) tally.falsePositives++;
  else if (positive) tally.falseNegatives++;
}

const recall = (tally: Tally) => (100 * tally.truePositives) / Math.max(1, tally.truePositives + tally.falseNegatives);
const precision = (tally: Tally) => (100 * tally.truePositives) / Math.max(1, tally.truePositives + tally.falsePositives);

/**
 * Each development set is left out in turn with the others of its fold (sets dealt to four folds, conversations and sentences
 * each), the model trained on the rest: recall and precision of the rules alone and of the rules or the model at each
 * threshold, over every set scored while left out; and the threshold `MODEL_THRESHOLD` should be by `PRECISION_COST`.
 */
function crossValidated(sets: readonly DevelopmentSet[], listing?: string[]): string {
  const fold = new Map<DevelopmentSet, number>();
  for (const kind of ["conversations", "sentences"] as const) sets.filter((set) => set.kind === kind).forEach((set, i) => fold.set(set, i % FOLDS));
  const blank = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  const tallies = { conversations: { rules: blank(), model: THRESHOLDS.map(blank) }, sentences: { rules: blank(), model: THRESHOLDS.map(blank) } };
  for (let left = 0; left < FOLDS; left++) {
    const weights = train(sets.filter((set) => fold.get(set) !== left).flatMap((set) => set.examples));
    for (const set of sets.filter((set) => fold.get(set) === left)) {
      for (const unit of set.units) {
        const probability = unit.sentences.reduce((most, sentence) => Math.max(most, modelProbability(sentence, weights)), 0);
        if (listing && !unit.byRules && probability >= MODEL_THRESHOLD) {
          const strongest = unit.sentences.find((sentence) => modelProbability(sentence, weights) === probability);
          listing.push(`${unit.positive ? "found" : "wrong"} ${set.file} ${probability.toFixed(2)} ${strongest}`);
        }
        tallied(tallies[set.kind].rules, unit.positive, unit.byRules);
        THRESHOLDS.forEach((threshold, i) => tallied(tallies[set.kind].model[i], unit.positive, unit.byRules || probability >= threshold));
      }
    }
  }
  const rows = ["| threshold | conversations: recall / precision | sentences: recall / precision |", "|---|---|---|"];
  const cell = (tally: Tally) => `${recall(tally).toFixed(1)} / ${precision(tally).toFixed(1)}`;
  rows.push(`| rules alone | ${cell(tallies.conversations.rules)} | ${cell(tallies.sentences.rules)} |`);
  THRESHOLDS.forEach((threshold, i) => rows.push(`| rules or model ≥ ${threshold} | ${cell(tallies.conversations.model[i])} | ${cell(tallies.sentences.model[i])} |`));
  const chosen = THRESHOLDS.find((_, i) => (["conversations", "sentences"] as const).every((kind) => precision(tallies[kind].model[i]) >= precision(tallies[kind].rules) - PRECISION_COST[kind]));
  rows.push("", `lowest threshold within the precision cost (${PRECISION_COST.conversations} points on conversations, ${PRECISION_COST.sentences} on sentences): ${chosen ?? "none"}`);
  return rows.join("\n");
}

async function main(): Promise<void> {
  const sets = await developmentSets();
  if (process.argv.includes("--cross-validate")) {
    const listing: string[] | undefined = process.argv.includes("--list") ? [] : undefined;
    const report = crossValidated(sets, listing);
    process.stdout.write(`${[...(listing ?? []), report].join("\n")}\n`);
    return;
  }
  const data = sets.flatMap((set) => set.examples);
  const { scale, bytes } = quantised(train(data));
  const base64 = Buffer.from(bytes.buffer).toString("base64");
  const lines = base64.match(/.{1,120}/g) ?? [];
  const positive = data.filter((item) => item.positive).length;
  const trainedOn = sets.map(({ file, sha256 }) => ({ file, sha256 }));
  const source = [
    "/** Written by test/eval/content/train-minor-model.ts (npm run train:content): do not edit by hand. */",
    'import type { MinorModelWeights } from "./minor-model-types.js";',
    "",
    "export const MINOR_MODEL: MinorModelWeights = {",
    `  trainedOn: ${JSON.stringify(trainedOn, null, 2).replace(/\n/g, "\n  ")},`,
    `  examples: { positive: ${positive}, negative: ${data.length - positive} },`,
    `  scale: ${scale},`,
    "  weights: [",
    ...lines.map((line) => `    "${line}",`),
    "  ],",
    "};",
    "",
  ].join("\n");
  await writeFile(WEIGHTS_FILE, source);
  process.stdout.write(`trained on ${data.length} sentences (${positive} positive) from ${sets.length} sets: ${WEIGHTS_FILE}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
