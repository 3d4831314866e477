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
/** A probability under 0.5 is no evidence alone (`combinedScores`): the thresholds tried start there. */
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9];
const LEANING_THRESHOLDS = [0.8, 0.9, 0.95, 0.98, 0.99];
/**
 * The precision, in percent, the model's calls must keep on conversations and on passages (the tag is held to 85%; the rest
 * is margin for text unlike the sets). Above it, the thresholds that find the most are chosen: a missed scene is the error
 * that can publish one beside a minor. The pair within `PRECISION_COST` of the rules' own precision is reported beside it.
 */
const PRECISION_FLOOR = 97;
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
  /** The fields the model reads, with their features, each marked when only leaning signs opened it (read at `SEXUAL_MODEL_LEANING_THRESHOLD`). */
  read: { text: string; features: [number, number][]; leaning: boolean }[];
  /** In a conversation with any sign of the tag and no call, the other messages of eight words or more (read at the leaning threshold). */
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
    if (reading !== null) unit.read.push({ text: field.text, features, leaning: reading === "leaning" });
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
 * Each fold left out in turn, the model trained on the rest: the rules alone, and the rules or the model with each pair of
 * thresholds: one for a line with an explicit sign or a cue (`SEXUAL_MODEL_THRESHOLD`), one for a line whose only signs lean
 * and for a leaning conversation's other messages (`SEXUAL_MODEL_LEANING_THRESHOLD`, `sexualModelAcrossConversation`); and
 * the pair the data chooses (see `PRECISION_FLOOR`).
 */
function crossValidated(units: readonly Unit[], listing?: string[]): string {
  const pairs = THRESHOLDS.flatMap((threshold) => LEANING_THRESHOLDS.filter((leaning) => leaning > threshold).map((leaning) => ({ threshold, leaning })));
  const blank = () => ({ rules: blankTally(), model: pairs.map(blankTally) });
  const tallies = { conversations: blank(), passages: blank() };
  const shipped = { threshold: SEXUAL_MODEL_THRESHOLD, leaning: sexualModelThreshold("leaning") };
  for (let left = 0; left < FOLDS; left++) {
    const weights = train(units.filter((unit) => unit.fold !== left).flatMap((unit) => unit.examples), TRAINING);
    for (const unit of units.filter((each) => each.fold === left)) {
      // The strongest line of each kind: read with an explicit sign or a cue, read with leaning signs alone, read because its conversation leans.
      const strongest = { signed: { probability: 0, text: "" }, leaning: { probability: 0, text: "" } };
      for (const { text, features, leaning } of unit.read) {
        const probability = probabilityOf(features, weights);
        const kind = leaning ? strongest.leaning : strongest.signed;
        if (probability > kind.probability) [kind.probability, kind.text] = [probability, text];
      }
      for (const { text, features } of unit.gated) {
        const probability = probabilityOf(features, weights);
        if (probability > strongest.leaning.probability) [strongest.leaning.probability, strongest.leaning.text] = [probability, text];
      }
      const says = ({ threshold, leaning }: { threshold: number; leaning: number }) => unit.byRules || strongest.signed.probability >= threshold || strongest.leaning.probability >= leaning;
      if (listing && !unit.byRules && says(shipped)) {
        const line = strongest.signed.probability >= shipped.threshold ? strongest.signed : strongest.leaning;
        listing.push(`${unit.positive ? "found" : "wrong"} ${unit.file} ${line.probability.toFixed(2)} ${line.text.slice(0, 200).replace(/\s+/g, " ")}`);
      }
      tallied(tallies[unit.kind].rules, unit.positive, unit.byRules);
      pairs.forEach((pair, i) => tallied(tallies[unit.kind].model[i], unit.positive, says(pair)));
    }
  }
  const kinds = ["conversations", "passages"] as const;
  const rows = ["| thresholds: a signed line / a leaning one | conversations: recall / precision | passages: recall / precision |", "|---|---|---|"];
  rows.push(`| rules alone | ${cell(tallies.conversations.rules)} | ${cell(tallies.passages.rules)} |`);
  pairs.forEach(({ threshold, leaning }, i) => rows.push(`| rules or model ≥ ${threshold} / ${leaning} | ${cell(tallies.conversations.model[i])} | ${cell(tallies.passages.model[i])} |`));
  const found = (i: number) => kinds.reduce((sum, kind) => sum + tallies[kind].model[i].truePositives, 0);
  // The pair that finds the most of those passing a test, the higher thresholds on a tie.
  const mostFound = (passes: (i: number) => boolean) =>
    pairs.reduce<number | undefined>((most, _, i) => (!passes(i) ? most : most === undefined || found(i) > found(most) || (found(i) === found(most) && pairs[i].threshold + pairs[i].leaning >= pairs[most].threshold + pairs[most].leaning) ? i : most), undefined);
  const named = (i: number | undefined) => (i === undefined ? "none" : `${pairs[i].threshold} / ${pairs[i].leaning}`);
  const floored = mostFound((i) => kinds.every((kind) => precision(tallies[kind].model[i]) >= PRECISION_FLOOR));
  const costing = mostFound((i) => kinds.every((kind) => precision(tallies[kind].model[i]) >= precision(tallies[kind].rules) - PRECISION_COST));
  rows.push("", `of the pairs at ${PRECISION_FLOOR}% precision or more on conversations and on passages, the one that finds the most (shipped): ${named(floored)}`);
  rows.push(`of the pairs within ${PRECISION_COST} point of the rules' precision on both, the one that finds the most: ${named(costing)}`);
  return rows.join("\n");
}

async function main(): Promise<void> {
  const { units, trainedOn } = await developmentUnits();
  const examples = units.flatMap((unit) => unit.examples);
  await runTrainer({ script: "test/eval/content/train-sexual-model.ts", constant: "SEXUAL_MODEL", weightsFile: WEIGHTS_FILE, training: TRAINING, examples, trainedOn, crossValidated: (listing) => crossValidated(units, listing) });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
