/**
 * A learned reader of scenes, beside the `sexual` rules: a logistic regression over a text's words, word pairs, the first
 * five letters of its longer words and each word's letter n-grams (three to five), so that "boşalıyorum", "dochodzę" or
 * "vieni" weigh with their inflected kin; in the scripts written without spaces (Chinese, Japanese, Korean, Thai), the
 * letter pairs and triples of each run. The rules name the words that make a scene; the model weighs the many words around
 * them (a moan, a body, "harder", "don't stop") that no one of them makes a scene alone.
 *
 * It reads only a field where the rules found a sign of the tag that does not make it alone (one explicit word, a leaning
 * word such as a kiss or a moan), or a moan's cue that is no sign at all (`MODEL_CUES`), in a line long enough to weigh. It
 * answers whether that field tells a scene. A field with neither is not read: most texts are such (a corpus-sized pass
 * reads little), and reading every line of eight words or more, even at 0.95, found two points more of the development
 * passages in cross-validation for a pass over every text. A field it scores at `SEXUAL_MODEL_THRESHOLD` or more (more for
 * a line whose only signs lean) is evidence, rule `sexual-model`, with the probability as its score: a scene alone.
 *
 * Its weights (`sexual-model-weights.ts`) are trained on the development sets alone by
 * `test/eval/content/train-sexual-model.ts`, which records the files and their digests; the held-out sets never train it.
 */
import { fnv1a, mix32 } from "../../base/hashing.js";
import { decodedWeights } from "./model-weights.js";
import { combinedScores, DEFAULT_CONTENT_THRESHOLD, LEANING_RULES } from "./scores.js";
import { SEXUAL_MODEL } from "./sexual-model-weights.js";
import { NO_EVIDENCE, substringsPattern, wordsPattern } from "./match-all.js";
import { MODEL_CUES, UNSPACED_MODEL_CUES } from "./sexual-lexicon.js";
import { isUnspacedLetter, mayHold, triggerFamily, UNSPACED, WORD_LOWER } from "./triggers.js";
import type { ContentEvidence, ContentField } from "./types.js";

/** The rule its evidence is given. */
export const SEXUAL_MODEL_RULE = "sexual-model";
/** The hashed feature space: 2^18 weights. */
export const SEXUAL_MODEL_DIMENSIONS = 1 << 18;
const MASK = SEXUAL_MODEL_DIMENSIONS - 1;
/**
 * The probability at which a line with an explicit sign or a cue is evidence; and the one at which a line whose only signs
 * lean (a kiss, a bed, a moan), or a message read because its conversation leans, is. Tender and heated lines are most of
 * role-play, and the model, which learned that scenes hold kisses and moans too, rated "*She moans into the kiss as he lays
 * her down on the bed*" at 0.99 before the development sets held such lines labelled as what they are (not a scene).
 * Chosen together by cross-validation over the development sets (`node dist/test/eval/content/train-sexual-model.js
 * --cross-validate`): of the pairs whose precision is at least 97% on conversations and on passages, the one that finds the
 * most. A missed scene is the error that can publish one beside a minor, so recall is put first above a precision floor
 * well over the 85% the tag is held to. (A probability under 0.5 is no evidence alone, so no lower threshold is tried.)
 */
export const SEXUAL_MODEL_THRESHOLD = 0.5;
export const SEXUAL_MODEL_LEANING_THRESHOLD = 0.8;
/** Letter n-grams weigh less than whole words: there are many of them. */
const NGRAM_WEIGHT = 0.3;
/** A longer word's first letters, its stem in most languages the sets hold. */
const PREFIX = 5;
/** The feature vector's length is at least this much before it is scaled to length one: a short line's few words do not each weigh as a long passage's. */
const LENGTH_FLOOR = 30;
/** A longer run of letters (a link, a drawn-out "ahhhhh…") is read by its first letters. */
const LONGEST_WORD = 32;

/** Each kind of feature hashes from its own seed: the word "sex" and the trigram "sex" are two features. */
const WORD_SEED = fnv1a("w:");
const PREFIX_SEED = fnv1a("s:");
const GRAM_SEEDS = [0, 0, fnv1a("u2:"), fnv1a("g3:"), fnv1a("g4:"), fnv1a("g5:")];
const UNSPACED_TRIPLE_SEED = fnv1a("u3:");
const BIAS = fnv1a("bias") & MASK;
const FNV_PRIME = 0x01000193;
const LEFT_EDGE = 0x3c; // "<"
const RIGHT_EDGE = 0x3e; // ">"

/** The word being read, lower case, between its edge marks: reused from text to text. */
const letters = new Uint16Array(LONGEST_WORD + 2);

function hashOf(seed: number, from: number, to: number): number {
  let hash = seed;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ letters[k], FNV_PRIME);
  return hash;
}

/** A word's features (its letters at 1…length of `letters`); returns the word's hash, for the pair it begins. */
function wordFeatures(length: number, previous: number | null, visit: (index: number, value: number) => void): number {
  const hash = hashOf(WORD_SEED, 1, length + 1);
  visit(hash & MASK, 1);
  if (previous !== null) visit(mix32(Math.imul(previous, 0x9e3779b1) ^ hash) & MASK, 1);
  if (length > PREFIX) visit(hashOf(PREFIX_SEED, 1, PREFIX + 1) & MASK, 1);
  letters[0] = LEFT_EDGE;
  letters[length + 1] = RIGHT_EDGE;
  for (let gram = 3; gram <= 5; gram++) for (let from = 0; from + gram <= length + 2; from++) visit(hashOf(GRAM_SEEDS[gram], from, from + gram) & MASK, NGRAM_WEIGHT);
  return hash;
}

/**
 * Every feature of a text, as a hashed index and its value (a feature seen twice is visited twice). Words are
 * cut as the quick pass cuts them (letters, marks and digits, lower case: `WORD_LOWER`); a run of a script written without
 * spaces gives its letter pairs and triples instead.
 */
export function eachSexualFeature(text: string, visit: (index: number, value: number) => void): void {
  let length = 0;
  let previous: number | null = null;
  // The run's last two letters when it is of a script written without spaces (0: none).
  let before = 0;
  let beforeThat = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? WORD_LOWER[text.charCodeAt(i)] : 0;
    if (code !== 0 && isUnspacedLetter(code)) {
      if (before !== 0) visit(Math.imul(Math.imul(GRAM_SEEDS[2] ^ before, FNV_PRIME) ^ code, FNV_PRIME) & MASK, NGRAM_WEIGHT);
      if (beforeThat !== 0) visit(Math.imul(Math.imul(Math.imul(UNSPACED_TRIPLE_SEED ^ beforeThat, FNV_PRIME) ^ before, FNV_PRIME) ^ code, FNV_PRIME) & MASK, NGRAM_WEIGHT);
      beforeThat = before;
      before = code;
      continue;
    }
    before = beforeThat = 0;
    if (code !== 0) {
      if (length < LONGEST_WORD) letters[1 + length] = code;
      length++;
      continue;
    }
    if (length === 0) continue;
    previous = wordFeatures(Math.min(length, LONGEST_WORD), previous, visit);
    length = 0;
  }
}

/**
 * A text's features as the learner takes them: index and value, scaled to length one (see LENGTH_FLOOR), and the bias, not
 * scaled: a short text's few words move it less far from the bias (most texts tell no scene), not towards an even chance.
 */
export function sexualFeatures(text: string): [number, number][] {
  const features: [number, number][] = [];
  let squares = 0;
  eachSexualFeature(text, (index, value) => {
    features.push([index, value]);
    squares += value * value;
  });
  const length = Math.sqrt(Math.max(squares, LENGTH_FLOOR));
  for (const feature of features) feature[1] /= length;
  features.push([BIAS, 1]);
  return features;
}

/** The weights, decoded once. */
let weights: Float32Array | null = null;
const weightsOf = () => (weights ??= decodedWeights(SEXUAL_MODEL, SEXUAL_MODEL_DIMENSIONS, "sexual-model-weights.ts"));

/** The probability that a text tells a sex scene, by the shipped weights or the ones given (training). */
export function sexualProbability(text: string, given: Float32Array = weightsOf()): number {
  let sum = 0;
  let squares = 0;
  eachSexualFeature(text, (index, value) => {
    sum += given[index] * value;
    squares += value * value;
  });
  return 1 / (1 + Math.exp(-(sum / Math.sqrt(Math.max(squares, LENGTH_FLOOR)) + given[BIAS])));
}

/**
 * A line of fewer words is left to the rules: its few words each weigh too much ("*i kiss her back*" read as a scene, and
 * "Ti penetra il freddo nelle ossa", the cold, by its one explicit word), and role-play is full of such lines.
 * Cross-validation: a floor of six words cost half a point of passage recall (five-word moans) and nothing on
 * conversations; eight cost one passage more.
 */
export const FEWEST_WORDS = 8;
/**
 * A line opened by a cue alone is read from four words: its cue is the line ("ahh… evet… sakın durma… boşalıyorum!!"), where
 * a short line with a kiss in it is decided by the kiss. Cross-validation: four words found a point more of the passages
 * than six, and nothing more that was wrong.
 */
export const FEWEST_CUED_WORDS = 4;

/** How many words a text holds, up to `most` (cut as `eachSexualFeature` cuts them). */
export function wordsUpTo(text: string, most: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < most; i++) {
    const letter = WORD_LOWER[text.charCodeAt(i)] !== 0;
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

/** The cues as tests of a whole text (not global: no match state kept between texts). */
const CUES = new RegExp(wordsPattern(MODEL_CUES).source, "iu");
const CUE_FAMILY = triggerFamily(MODEL_CUES);
const UNSPACED_CUES = new RegExp(substringsPattern(UNSPACED_MODEL_CUES).source, "iu");

/** Whether a field holds a word that opens the model's reading and is no evidence (`MODEL_CUES`). */
function hasCue(field: ContentField): boolean {
  return (mayHold(field, CUE_FAMILY) && CUES.test(field.text)) || (mayHold(field, UNSPACED) && UNSPACED_CUES.test(field.text));
}

/**
 * What opened the model's reading of a field: an explicit sign, a leaning one alone, a cue alone, or a sign elsewhere in its
 * conversation (see `sexualModelAcrossConversation`).
 */
export type SexualReading = "explicit" | "leaning" | "cue" | "conversation";

/**
 * Why the model reads a field with this evidence of the rules, or null when it does not: a sign of the tag that does not
 * make it alone, or a cue that is no sign, in a line long enough to weigh.
 */
export function sexualModelReading(field: ContentField, evidence: readonly ContentEvidence[]): SexualReading | null {
  if (!evidence.some((piece) => piece.tag === "sexual")) return hasCue(field) && wordsUpTo(field.text, FEWEST_CUED_WORDS) >= FEWEST_CUED_WORDS ? "cue" : null;
  // The count of words first: it is cheaper than combining the evidence.
  if (wordsUpTo(field.text, FEWEST_WORDS) < FEWEST_WORDS || (combinedScores(evidence, [field]).get("sexual") ?? 0) >= DEFAULT_CONTENT_THRESHOLD) return null;
  return evidence.some((piece) => piece.tag === "sexual" && !LEANING_RULES.has(piece.rule)) ? "explicit" : "leaning";
}

/**
 * The probability from which the model's call is evidence, by what opened its reading: a line with only a leaning sign, or
 * none of its own, needs `SEXUAL_MODEL_LEANING_THRESHOLD`.
 */
export function sexualModelThreshold(reading: SexualReading): number {
  return reading === "leaning" || reading === "conversation" ? SEXUAL_MODEL_LEANING_THRESHOLD : SEXUAL_MODEL_THRESHOLD;
}

/**
 * The model's evidence in the messages of a conversation that holds a sign of the tag but does not make it: every message of
 * eight words or more with no sign of its own (those were read as fields), at the leaning line's threshold. A scene builds
 * from a kiss and a bed, and the line that tells it may name nothing ("Entri in lei lentamente; vi muovete insieme finché
 * lei viene"). Cross-validation over the development conversations: one conversation more found, no precision lost.
 */
export function sexualModelAcrossConversation(fields: readonly ContentField[], evidence: readonly ContentEvidence[]): ContentEvidence[] {
  const signed = new Set<string>();
  for (const piece of evidence) if (piece.tag === "sexual") signed.add(piece.field);
  const found: ContentEvidence[] = [];
  for (const field of fields) {
    if (!field.field.startsWith("conversation[") || signed.has(field.field) || wordsUpTo(field.text, FEWEST_WORDS) < FEWEST_WORDS) continue;
    const probability = sexualProbability(field.text);
    if (probability >= sexualModelThreshold("conversation")) found.push({ tag: "sexual", field: field.field, start: 0, end: field.text.length, rule: SEXUAL_MODEL_RULE, score: Math.round(probability * 1000) / 1000 });
  }
  return found;
}

/** The model's evidence for a field, given the rules' evidence there. */
export function sexualModelEvidence(field: ContentField, evidence: readonly ContentEvidence[]): readonly ContentEvidence[] {
  const reading = sexualModelReading(field, evidence);
  if (reading === null) return NO_EVIDENCE;
  const probability = sexualProbability(field.text);
  if (probability < sexualModelThreshold(reading)) return NO_EVIDENCE;
  return [{ tag: "sexual", field: field.field, start: 0, end: field.text.length, rule: SEXUAL_MODEL_RULE, score: Math.round(probability * 1000) / 1000 }];
}
