/**
 * Trains the `minor` model (src/stages/content/minor-model.ts) on the development sets and writes its weights to
 * src/stages/content/minor-model-weights.ts. The held-out sets are never read. Deterministic: the same sets give the same
 * bytes. Usage: node dist/test/eval/content/train-minor-model.js (npm run train:content runs it); with `--cross-validate`
 * it writes nothing and reports how the model does on each development set while left out (how `MODEL_THRESHOLD` is chosen); `--list` adds the sentences that made a left-out
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
import { fileURLToPath } from "node:url";
import { classifyContent, combinedScores, contentFields, DEFAULT_CONTENT_THRESHOLD } from "../../../src/stages/content/classify.js";
import { MODEL_DIMENSIONS, MODEL_THRESHOLD, modelFeatures, modelProbability, modelSentences } from "../../../src/stages/content/minor-model.js";
import type { ContentEvidence } from "../../../src/stages/content/types.js";
import { asciiDigits } from "../../../src/stages/content/triggers.js";
import { blankTally, cell, type Example, isDevelopment, precision, runTrainer, sha256Of, tallied, type Tally, train, type Training } from "./logistic.js";
import { CONTENT_SETS, loadContentSet, loadSentenceSet, SENTENCE_SETS } from "./score.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** Written beside its source: the script runs from dist/, the weights belong in src/. */
const WEIGHTS_FILE = here("../../../../src/stages/content/minor-model-weights.ts");
const SETS_FOLDER = here("../../../../test/eval/content/");

const TRAINING: Training = { dimensions: MODEL_DIMENSIONS, epochs: 8, learningRate: 0.5, l2: 1e-6, seed: 1 };

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
  const sha256 = (file: string) => sha256Of(SETS_FOLDER + file);
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

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];
/** How much precision the model may cost the rules, in points: on conversations, and on sentences (cards). */
const PRECISION_COST = { conversations: 2.5, sentences: 1 };
const FOLDS = 4;

/**
 * Each development set is left out in turn with the others of its fold (sets dealt to four folds, conversations and sentences
 * each), the model trained on the rest: recall and precision of the rules alone and of the rules or the model at each
 * threshold, over every set scored while left out; and the threshold `MODEL_THRESHOLD` should be by `PRECISION_COST`.
 */
function crossValidated(sets: readonly DevelopmentSet[], listing?: string[]): string {
  const fold = new Map<DevelopmentSet, number>();
  for (const kind of ["conversations", "sentences"] as const) sets.filter((set) => set.kind === kind).forEach((set, i) => fold.set(set, i % FOLDS));
  const tallies = { conversations: { rules: blankTally(), model: THRESHOLDS.map(blankTally) }, sentences: { rules: blankTally(), model: THRESHOLDS.map(blankTally) } };
  for (let left = 0; left < FOLDS; left++) {
    const weights = train(sets.filter((set) => fold.get(set) !== left).flatMap((set) => set.examples), TRAINING);
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
  rows.push(`| rules alone | ${cell(tallies.conversations.rules)} | ${cell(tallies.sentences.rules)} |`);
  THRESHOLDS.forEach((threshold, i) => rows.push(`| rules or model ≥ ${threshold} | ${cell(tallies.conversations.model[i])} | ${cell(tallies.sentences.model[i])} |`));
  const chosen = THRESHOLDS.find((_, i) => (["conversations", "sentences"] as const).every((kind) => precision(tallies[kind].model[i]) >= precision(tallies[kind].rules) - PRECISION_COST[kind]));
  rows.push("", `lowest threshold within the precision cost (${PRECISION_COST.conversations} points on conversations, ${PRECISION_COST.sentences} on sentences): ${chosen ?? "none"}`);
  return rows.join("\n");
}

async function main(): Promise<void> {
  const sets = await developmentSets();
  const examples = sets.flatMap((set) => set.examples);
  const trainedOn = sets.map(({ file, sha256 }) => ({ file, sha256 }));
  await runTrainer({ script: "test/eval/content/train-minor-model.ts", constant: "MINOR_MODEL", weightsFile: WEIGHTS_FILE, training: TRAINING, examples, trainedOn, crossValidated: (listing) => crossValidated(sets, listing) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
