/**
 * Trains the `sexual` model (src/stages/content/sexual-model.ts) on the development sets and writes its weights to
 * src/stages/content/sexual-model-weights.ts. The held-out sets are never read. Deterministic: the same sets give the same
 * bytes. Usage: node dist/test/eval/content/train-sexual-model.js (npm run train:content runs it); with `--cross-validate` it
 * writes nothing and reports how the model does on development data it was not trained on (how `SEXUAL_MODEL_THRESHOLD` is
 * chosen); `--list` adds the texts that made a left-out item sexual where the rules did not ("found" or "wrong").
 *
 * What it learns from:
 * - every passage of the development passage sets, as one example each, by its label;
 * - every field of the development conversations labelled not `sexual`, as a negative example;
 * - in the conversations labelled `sexual`, the fields that hold a rule's explicit evidence, as positive examples (the
 *   conversation's label says a scene is there, not which message tells it: these are the messages known to).
 * It learns from every field, not only those it reads: trained on the fields with a sign alone, where scenes are most of
 * what there is, it called a kiss a scene (cross-validation: conversation precision fell from 99% to 93%).
 */
import { fileURLToPath } from "node:url";
import { fnv1a } from "../../../src/base/hashing.js";
import { classifyContent, combinedScores, contentFields, DEFAULT_CONTENT_THRESHOLD } from "../../../src/stages/content/classify.js";
import { LEANING_RULES } from "../../../src/stages/content/scores.js";
import { FEWEST_WORDS, SEXUAL_MODEL_DIMENSIONS, SEXUAL_MODEL_THRESHOLD, sexualFeatures, SEXUAL_MODEL_RULE, sexualModelReading, sexualModelThreshold, wordsUpTo } from "../../../src/stages/content/sexual-model.js";
import { blankTally, cell, type Example, isDevelopment, precision, probabilityOf, runTrainer, sha256Of, tallied, train, type Training } from "./logistic.js";
import { CONTENT_SETS, type ContentItem, loadContentSet, loadPassageSet, PASSAGE_SETS } from "./score.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** Written beside its source: the script runs from dist/, the weights belong in src/. */
const WEIGHTS_FILE = here("../../../../src/stages/content/sexual-model-weights.ts");
const SETS_FOLDER = here("../../../../test/eval/content/");

const TRAINING: Training = { dimensions: SEXUAL_MODEL_DIMENSIONS, epochs: 8, learningRate: 0.5, l2: 1e-6, seed: 1 };
const THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const GATE_THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
/** How much precision the model may cost the rules, in points, on conversations and on passages. */
const PRECISION_COST = 0.5;
const FOLDS = 4;

type Kind = "conversations" | "passages";

/** A labelled item as the evaluation scores it: its label, the rules' call without the model, and the fields the model reads. */
interface Unit {
  kind: Kind;
  fold: number;
  file: string;
  positive: boolean;
  byRules: boolean;
  examples: Example[];
  /** The fields the model reads, with their features, each with how much more than the threshold it needs (see `sexualModelThreshold`). */
  read: { text: string; features: [number, number][]; margin: number }[];
  /** In a conversation with any sign of the tag and no call, the other fields of eight words or more (read at `GATE_THRESHOLDS`). */
  gated: { text: string; features: [number, number][] }[];
}

/** The fold a passage is left out in: an English one by its place, any other by its language, so that a language is left out whole. */
function passageFold(item: ContentItem, index: number): number {
  const language = item.note.split(":")[0];
  return language.startsWith("en") ? index % FOLDS : fnv1a(language) % FOLDS;
}

/** The rules' evidence and call, without the model: its own evidence would teach it what it already says. */
function unitOf(item: ContentItem, kind: Kind, fold: number, file: string): Unit {
  const fields = contentFields(item);
  const evidence = classifyContent(item).evidence.filter((piece) => piece.rule !== SEXUAL_MODEL_RULE);
  const unit: Unit = { kind, fold, file, positive: item.labels.sexual, byRules: (combinedScores(evidence, fields).get("sexual") ?? 0) >= DEFAULT_CONTENT_THRESHOLD, examples: [], read: [], gated: [] };
  const leans = kind === "conversations" && evidence.some((piece) => piece.tag === "sexual");
  for (const field of fields) {
    const own = evidence.filter((piece) => piece.field === field.field);
    const features = sexualFeatures(field.text);
    const reading = sexualModelReading(field, own);
    if (reading !== null) unit.read.push({ text: field.text, features, margin: sexualModelThreshold(reading) - SEXUAL_MODEL_THRESHOLD });
    else if (leans && field.field.startsWith("conversation[") && wordsUpTo(field.text, FEWEST_WORDS) >= FEWEST_WORDS) unit.gated.push({ text: field.text, features });
    if (kind === "passages" || !item.labels.sexual) unit.examples.push({ features, positive: item.labels.sexual });
    else if (own.some((piece) => piece.tag === "sexual" && !LEANING_RULES.has(piece.rule))) unit.examples.push({ features, positive: true });
  }
  return unit;
}

async function developmentUnits(): Promise<{ units: Unit[]; trainedOn: { file: string; sha256: string }[] }> {
  const units: Unit[] = [];
  const trainedOn: { file: string; sha256: string }[] = [];
  let conversationSets = 0;
  for (const [file, title] of CONTENT_SETS) {
    if (!isDevelopment(title)) continue;
    trainedOn.push({ file, sha256: await sha256Of(SETS_FOLDER + file) });
    const fold = conversationSets++ % FOLDS;
    for (const item of await loadContentSet(SETS_FOLDER + file)) units.push(unitOf(item, "conversations", fold, file));
  }
  for (const [file, title] of PASSAGE_SETS) {
    if (!isDevelopment(title)) continue;
    trainedOn.push({ file, sha256: await sha256Of(SETS_FOLDER + file) });
    (await loadPassageSet(SETS_FOLDER + file)).forEach((item, index) => units.push(unitOf(item, "passages", passageFold(item, index), file)));
  }
  return { units, trainedOn };
}

/**
 * Each fold left out in turn, the model trained on the rest: the rules alone, the rules or the model at each threshold, and
 * those or the model's reading of a leaning conversation's other messages at each of `GATE_THRESHOLDS`
 * (`sexualModelAcrossConversation`).
 */
function crossValidated(units: readonly Unit[], listing?: string[]): string {
  const tallies = { conversations: { rules: blankTally(), model: THRESHOLDS.map(blankTally), gate: GATE_THRESHOLDS.map(blankTally) }, passages: { rules: blankTally(), model: THRESHOLDS.map(blankTally), gate: GATE_THRESHOLDS.map(blankTally) } };
  for (let left = 0; left < FOLDS; left++) {
    const weights = train(units.filter((unit) => unit.fold !== left).flatMap((unit) => unit.examples), TRAINING);
    for (const unit of units.filter((each) => each.fold === left)) {
      let probability = 0;
      let strongest = "";
      // Each field's probability less its margin: the unit is said from a threshold when any field's reaches it.
      for (const { text, features, margin } of unit.read) {
        const said = probabilityOf(features, weights) - margin;
        if (said > probability) [probability, strongest] = [said, text];
      }
      if (listing && !unit.byRules && probability >= SEXUAL_MODEL_THRESHOLD) listing.push(`${unit.positive ? "found" : "wrong"} ${unit.file} ${probability.toFixed(2)} ${strongest.slice(0, 200).replace(/\s+/g, " ")}`);
      const gated = unit.gated.reduce((most, { features }) => Math.max(most, probabilityOf(features, weights)), 0);
      const byModel = unit.byRules || probability >= SEXUAL_MODEL_THRESHOLD;
      if (listing && !byModel && gated >= 0.8) listing.push(`gate-${unit.positive ? "found" : "wrong"} ${unit.file} ${gated.toFixed(2)} ${unit.gated.find(({ features }) => probabilityOf(features, weights) === gated)?.text.slice(0, 200).replace(/\s+/g, " ")}`);
      GATE_THRESHOLDS.forEach((threshold, i) => tallied(tallies[unit.kind].gate[i], unit.positive, byModel || gated >= threshold));
      tallied(tallies[unit.kind].rules, unit.positive, unit.byRules);
      THRESHOLDS.forEach((threshold, i) => tallied(tallies[unit.kind].model[i], unit.positive, unit.byRules || probability >= threshold));
    }
  }
  const rows = ["| threshold | conversations: recall / precision | passages: recall / precision |", "|---|---|---|"];
  rows.push(`| rules alone | ${cell(tallies.conversations.rules)} | ${cell(tallies.passages.rules)} |`);
  THRESHOLDS.forEach((threshold, i) => rows.push(`| rules or model ≥ ${threshold} | ${cell(tallies.conversations.model[i])} | ${cell(tallies.passages.model[i])} |`));
  GATE_THRESHOLDS.forEach((threshold, i) => rows.push(`| rules or model ≥ ${SEXUAL_MODEL_THRESHOLD}, or a leaning conversation's other fields ≥ ${threshold} | ${cell(tallies.conversations.gate[i])} | ${cell(tallies.passages.gate[i])} |`));
  const chosen = THRESHOLDS.find((_, i) => (["conversations", "passages"] as const).every((kind) => precision(tallies[kind].model[i]) >= precision(tallies[kind].rules) - PRECISION_COST));
  rows.push("", `lowest threshold within the precision cost (${PRECISION_COST} point on conversations and on passages): ${chosen ?? "none"}`);
  return rows.join("\n");
}

async function main(): Promise<void> {
  const { units, trainedOn } = await developmentUnits();
  const examples = units.flatMap((unit) => unit.examples);
  await runTrainer({ script: "test/eval/content/train-sexual-model.ts", constant: "SEXUAL_MODEL", weightsFile: WEIGHTS_FILE, training: TRAINING, examples, trainedOn, crossValidated: (listing) => crossValidated(units, listing) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
