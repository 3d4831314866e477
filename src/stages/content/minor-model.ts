/**
 * A learned reader of ages, beside the `minor` rules: a logistic regression over a sentence's words, word pairs, letter
 * n-grams and the words around each number, every number read as the age band it falls in ("15", "fifteen", "quince"
 * all read as a teenager's number), so that "sano", "yaşında" or "ani" after a child's number weigh the same whatever the
 * number. The rules read the ways of telling an age someone wrote down; the model reads the many more ways those resemble,
 * in languages the rules were never written for.
 *
 * It reads only the sentences that hold a number that could be a minor's age or a school year: it answers
 * whether that number tells someone's age under 18. A sentence with no such number has nothing to anchor that answer, and
 * a model that read every sentence learned the sets' mix of labels instead (it scored plain card lines such as
 * "{{char}} is a healer from the academy" as a minor's); most texts hold no such number, so a corpus-sized pass reads
 * little. A sentence it scores at `MODEL_THRESHOLD` or more is evidence, rule `minor-model`.
 *
 * Its weights (`minor-model-weights.ts`) are trained on the development sets alone by
 * `test/eval/content/train-minor-model.ts`, which records the files and their digests; the held-out sets never train it.
 * Hashing the features (no vocabulary) keeps the weights one fixed-size array and reads words no set ever held.
 */
import { fnv1a } from "../../base/hashing.js";
import { CARDINAL_WORDS, ENGLISH_CARDINALS, ENGLISH_NUMBER_WORDS } from "./age-words.js";
import { MINOR_MODEL } from "./minor-model-weights.js";
import { decodedWeights } from "./model-weights.js";
import { DIGIT, hasFamily, triggerFamily } from "./triggers.js";
import { notAMinorsNumber } from "./minor.js";
import type { ContentEvidence, ContentField } from "./types.js";

/** The hashed feature space: 2^18 weights. */
export const MODEL_DIMENSIONS = 1 << 18;
/**
 * The probability at which a sentence is evidence. Chosen by cross-validation over the development sets (dealt to four
 * folds, each left out of the training in turn; `node dist/test/eval/content/train-minor-model.js --cross-validate`): the
 * lowest of 0.5…0.9 that cost the rules no more than 2.5 points of conversation precision and 1 point of sentence precision.
 */
export const MODEL_THRESHOLD = 0.9;
/** The feature vector's length is at least this much before it is scaled to length one: a short fragment's few words do not each weigh as a whole sentence. */
const LENGTH_FLOOR = 60;
/** Letter n-grams weigh less than whole words: there are many of them. */
const NGRAM_WEIGHT = 0.3;
/** How many words either side of a number are read as its context. */
const CONTEXT = 3;

/**
 * Numbers in words and their values: English's six to sixty, every language's six to seventeen (six to eleven when five
 * letters or more). Smaller and shorter ones are in most sentences ("one", "two") or are other words in other languages
 * ("fire", "to", "ni", "dos", "sei"): read as numbers, they would send most sentences to the model for nothing.
 */
const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map([...ENGLISH_CARDINALS, ...CARDINAL_WORDS].filter(([, value]) => value >= 6).map(([word, value]) => [word.toLowerCase(), value]));

/** The age band of a number: a baby's, a child's, a teenager's, a young adult's, an adult's, a year, or another number. */
export function ageBand(value: number): string {
  if (value <= 2) return "#baby";
  if (value <= 12) return "#child";
  if (value <= 17) return "#teen";
  if (value <= 25) return "#young";
  if (value <= 120) return "#adult";
  if (value >= 1900 && value <= 2100) return "#year";
  return "#number";
}

/**
 * The bands a minor's age or school year falls in: a sentence is read only when it holds one. A year is not one: whether a
 * birth year makes a minor is arithmetic with the story's year, which the rules do and a weighted sum of words cannot.
 */
const MINOR_BANDS = new Set(["#baby", "#child", "#teen"]);

/**
 * A word: a number (digits with the separators of a decimal, a time or a height, and letters glued after: "15yo", "10th",
 * "5'7"), or a run of letters, marks and digits that begins with a letter ("user3", "ps5": a name, not a number).
 */
const WORD = /[0-9]+(?:[.,:'’/][0-9]+)*[\p{L}\p{M}]*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*/gu;
/** A card's macros ("{{user}}", "{{random_user_3}}") are no words: their digits are no one's age. */
const MACRO = /\{\{[^{}]*\}\}/g;

/** The text with its macros blanked, unit for unit (offsets hold). */
function withoutMacros(text: string): string {
  return text.includes("{{") ? text.replace(MACRO, (macro) => " ".repeat(macro.length)) : text;
}

/** A word of a text, where it is, and the value of a number (NaN for a word, or a number with a separator). */
interface ModelWord {
  word: string;
  start: number;
  end: number;
  value: number;
}

/** A text's words with their offsets: a number's digits (or its word) as one, the letters glued after it as another. */
function wordsAt(text: string): ModelWord[] {
  const words: ModelWord[] = [];
  for (const match of withoutMacros(text).matchAll(WORD)) {
    const token = match[0].toLowerCase();
    const start = match.index;
    const code = token.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      const digits = /^[0-9.,:'’/]+/.exec(token)?.[0] ?? token;
      const value = /^[0-9]+$/.test(digits) ? Number(digits) : NaN;
      words.push({ word: Number.isNaN(value) ? "#number" : ageBand(value), start, end: start + digits.length, value });
      if (digits.length < token.length) words.push({ word: token.slice(digits.length), start: start + digits.length, end: start + token.length, value: NaN });
      continue;
    }
    const value = NUMBER_WORD_VALUES.get(token);
    words.push({ word: value === undefined ? token : ageBand(value), start, end: start + token.length, value: value ?? NaN });
  }
  return words;
}

/**
 * A text's words, lower case, each number (in digits or words) as its age band, the letters glued after a number as a word
 * of their own. A number with a separator in it ("1.5", "10:30", "5'7", "3,000") is no age: `#number`.
 */
export function modelWords(text: string): string[] {
  return wordsAt(text).map(({ word }) => word);
}

/** The hashed features of a sentence, scaled to length one (see LENGTH_FLOOR): feature index to value. */
export function modelFeatures(text: string): Map<number, number> {
  const words = modelWords(text);
  const features = new Map<number, number>();
  const add = (feature: string, weight = 1) => {
    const index = fnv1a(feature) & (MODEL_DIMENSIONS - 1);
    features.set(index, (features.get(index) ?? 0) + weight);
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    add(`w:${word}`);
    if (i + 1 < words.length) add(`p:${word} ${words[i + 1]}`);
    if (word.startsWith("#")) {
      // The words around a number, whole and by their first four letters (inflections: "yaşında", "yaşındaki").
      for (let distance = 1; distance <= CONTEXT; distance++) {
        const before = words[i - distance];
        const after = words[i + distance];
        if (before !== undefined) {
          add(`b${distance}:${before}|${word}`);
          add(`b${distance}s:${before.slice(0, 4)}|${word}`);
        }
        if (after !== undefined) {
          add(`a${distance}:${after}|${word}`);
          add(`a${distance}s:${after.slice(0, 4)}|${word}`);
        }
      }
    } else {
      const padded = `<${word}>`;
      for (let n = 3; n <= 5; n++) for (let j = 0; j + n <= padded.length; j++) add(`g${n}:${padded.slice(j, j + n)}`, NGRAM_WEIGHT);
    }
  }
  add("bias");
  let squares = 0;
  for (const value of features.values()) squares += value * value;
  const length = Math.sqrt(Math.max(squares, LENGTH_FLOOR));
  for (const [index, value] of features) features.set(index, value / length);
  return features;
}

/** The weights, decoded once. */
let weights: Float32Array | null = null;
const weightsOf = () => (weights ??= decodedWeights(MINOR_MODEL, MODEL_DIMENSIONS, "minor-model-weights.ts"));

/** The probability that a sentence says someone is under 18, by the shipped weights or the ones given (training). */
export function modelProbability(text: string, given: Float32Array = weightsOf()): number {
  let sum = 0;
  for (const [index, value] of modelFeatures(text)) sum += given[index] * value;
  return 1 / (1 + Math.exp(-sum));
}

/** A sentence of a field: its offsets in the field's text, trimmed of blanks. */
export interface ModelSentence {
  start: number;
  end: number;
}

const SENTENCES = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * A text's sentences that hold a minor's number the rules do not know for something else (a measure, a thing's age, the
 * past, a teacher's class: `notAMinorsNumber`); lines are sentences too. A macro such as "{{char}}" is read as if
 * capitalised: a sentence boundary is not found before a lower-case letter ("the academy. {{char}} is…" would be one).
 */
export function modelSentences(text: string): ModelSentence[] {
  const numbers = wordsAt(text).filter(({ word, start, end, value }) => MINOR_BANDS.has(word) && !notAMinorsNumber(text, start, end, value));
  if (numbers.length === 0) return [];
  const sentences: ModelSentence[] = [];
  for (const { segment, index } of SENTENCES.segment(text.replace(/\{\{([a-z])/g, (_, letter: string) => `{{${letter.toUpperCase()}`))) {
    let from = index;
    for (const line of segment.split("\n")) {
      const start = from + line.length - line.trimStart().length;
      const end = start + line.trim().length;
      if (end > start && numbers.some((number) => number.start >= start && number.end <= end)) sentences.push({ start, end });
      from += line.length + 1;
    }
  }
  return sentences;
}

/** Numbers in words that send a field to the model (six to seventeen; "one", "two" are in most texts). */
const NUMBER_WORD_FAMILY = triggerFamily([...CARDINAL_WORDS.keys(), ...ENGLISH_NUMBER_WORDS]);

export function detectMinorByModel(field: ContentField): ContentEvidence[] {
  // Most fields hold no number at all: nothing to read.
  if (field.triggers !== undefined && !hasFamily(field.triggers, DIGIT) && !hasFamily(field.triggers, NUMBER_WORD_FAMILY)) return [];
  const evidence: ContentEvidence[] = [];
  for (const { start, end } of modelSentences(field.text)) {
    const probability = modelProbability(field.text.slice(start, end));
    if (probability >= MODEL_THRESHOLD) evidence.push({ tag: "minor", field: field.field, start, end, rule: "minor-model", score: Math.round(probability * 1000) / 1000 });
  }
  return evidence;
}
