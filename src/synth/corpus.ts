/**
 * A PIPPA-shaped synthetic corpus for tests, demos and benchmarks. At scale 1: about 25,940
 * conversations over 1,254 personas (a Zipf spread of conversations per persona), turns per
 * conversation lognormal with median 10 and mean about 40 (the paper: 10, 40.41, std 145, max
 * 11,491), power-law message lengths with bot turns longer than human ones, Pareto-like categories
 * led by Anime, Fantasy, Action, and definitions holding `{{char}}` / `{{random_user_n}}` example
 * chats separated by `END_OF_DIALOG`. The same scale and seed always give the same records.
 */
import type { PippaMessage, PippaRecord } from "../model/pippa-record.js";
import { Rng, zipfCumulative } from "../base/rng.js";
import { drawContinuous } from "../stats/powerlaw/sample.js";
import { TextGenerator } from "./text.js";
import * as V from "./vocabulary.js";

export interface SynthOptions {
  /** 1 is PIPPA's size [1]. */
  scale?: number;
  /** The same seed gives the same corpus [1]. */
  seed?: number;
}

/** The size and seed of a corpus when none is given (the generator's and the command line's). */
export const SYNTH_DEFAULTS = { scale: 1, seed: 1 } as const satisfies Required<SynthOptions>;

/** Bumped whenever the generator's output changes, so cached corpora are not reused stale. */
export const SYNTH_VERSION = 2;

/** The published dataset's size, which scale 1 imitates. */
export const PIPPA_CONVERSATIONS = 25_940;
export const PIPPA_PERSONAS = 1_254;

/** Turns: lognormal with median 10 (mu = ln 10) and mean 40 (sigma^2 / 2 = ln 4). */
const TURNS_MU = Math.log(10);
const TURNS_SIGMA = Math.sqrt(2 * Math.log(4));
const MAX_TURNS = 12_000;
/** Message lengths in words: power laws; bot turns longer, with a heavier body. */
const HUMAN_WORDS = { xMin: 4, alpha: 2.5, max: 1_000 };
const BOT_WORDS = { xMin: 30, alpha: 2.6, max: 2_500 };
/** 2023-01-01 and about half a year of submissions after it. */
const FIRST_SUBMISSION_MS = 1_672_531_200_000;
const SUBMISSION_SPAN_MS = 180 * 24 * 3600 * 1000;
const BOT_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

interface Persona {
  id: string;
  name: string;
  greeting: string;
  description: string | null;
  definitions: string | null;
  categories: string[] | null;
}

/** How many conversations and personas a scale gives. */
export function corpusSize(scale: number): { conversations: number; personas: number } {
  const conversations = Math.max(1, Math.round(PIPPA_CONVERSATIONS * scale));
  const personas = Math.min(conversations, Math.max(1, Math.round(PIPPA_PERSONAS * scale)));
  return { conversations, personas };
}

/**
 * Yields the records of a synthetic corpus one at a time (memory stays flat at any scale).
 *
 * @example
 * for (const record of synthesizeCorpus({ scale: 0.01, seed: 7 })) console.log(writePippaLine(record));
 */
export function* synthesizeCorpus(options: SynthOptions = {}): Generator<PippaRecord> {
  const { scale, seed } = { ...SYNTH_DEFAULTS, ...options };
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  const rng = new Rng(seed);
  const text = new TextGenerator(rng);
  const size = corpusSize(scale);
  const personas = Array.from({ length: size.personas }, (_, rank) => makePersona(rng, text, rank));
  for (const personaIndex of assignConversations(rng, size.conversations, size.personas)) {
    yield makeConversation(rng, text, personas[personaIndex]);
  }
}

/** Continuous power law p(x) ~ x^-alpha for x >= xMin (inverse transform), drawn from `rng`. */
function powerLaw(rng: Rng, xMin: number, alpha: number): number {
  return drawContinuous(alpha, xMin, () => rng.float());
}

/** Every persona gets one conversation; the rest follow a Zipf law over personas. Shuffled. */
function assignConversations(rng: Rng, conversations: number, personas: number): Uint32Array {
  const owners = new Uint32Array(conversations);
  const cumulative = zipfCumulative(personas, 1.05);
  for (let i = 0; i < conversations; i++) owners[i] = i < personas ? i : rng.weighted(cumulative);
  return rng.shuffle(owners);
}

function makePersona(rng: Rng, text: TextGenerator, rank: number): Persona {
  let id = "";
  for (let i = 0; i < 43; i++) id += BOT_ID_ALPHABET[rng.below(64)];
  const roll = rng.float();
  const name =
    roll < 0.55 ? rng.pick(V.FIRST_NAMES) : roll < 0.85 ? `${rng.pick(V.SURNAMES)} ${rng.pick(V.FIRST_NAMES)}` : rng.pick(V.TITLES);
  const place = rng.pick(V.PLACES);
  const role = rng.pick(V.ROLES);
  const description = rng.chance(0.75)
    ? `${name} is a ${rng.pick(V.ADJECTIVES)} ${role} who lives near ${place}. ${text.sentence("{{user}}")}`
    : null;
  return {
    id,
    name,
    greeting: text.botMessage(Math.round(powerLaw(rng, 25, 3)), name),
    description,
    definitions: rng.chance(0.85) ? makeDefinitions(rng, text, name, role, place) : null,
    categories: makeCategories(rng, rank),
  };
}

const CATEGORY_WEIGHTS = zipfCumulative(V.CATEGORIES.length, 1.2);

/** The most chatted-with personas carry the leading categories, as in PIPPA. */
const POPULAR_RANKS = 9;

function makeCategories(rng: Rng, rank: number): string[] | null {
  if (rank < POPULAR_RANKS) return [V.CATEGORIES[rank % 3]];
  if (rng.chance(0.5)) return null;
  const count = 1 + rng.below(3);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(V.CATEGORIES[rng.weighted(CATEGORY_WEIGHTS)]);
  return [...chosen];
}

/** Example chats as c.ai stored them: `{{char}}:` / `{{random_user_n}}:` lines, `END_OF_DIALOG` between. */
function makeDefinitions(rng: Rng, text: TextGenerator, name: string, role: string, place: string): string {
  const dialogs: string[] = [];
  if (rng.chance(0.5)) dialogs.push(`{{char}} is a ${role} from ${place}. {{char}} is ${rng.pick(V.ADJECTIVES)} and ${rng.pick(V.ADJECTIVES)}.`);
  const count = 1 + rng.below(5);
  for (let d = 0; d < count; d++) {
    const lines: string[] = [];
    const user = rng.chance(0.7) ? `{{random_user_${1 + rng.below(3)}}}` : "{{user}}";
    const turns = 2 + rng.below(5);
    for (let t = 0; t < turns; t++) {
      lines.push(t % 2 === 0 ? `{{char}}: ${text.botMessage(10 + rng.below(40), name)}` : `${user}: ${text.humanMessage(3 + rng.below(10), name)}`);
    }
    dialogs.push(lines.join("\n"));
  }
  return dialogs.join("\nEND_OF_DIALOG\n");
}

function makeConversation(rng: Rng, text: TextGenerator, persona: Persona): PippaRecord {
  const turns = Math.min(MAX_TURNS, Math.max(1, Math.round(rng.lognormal(TURNS_MU, TURNS_SIGMA))));
  const conversation: PippaMessage[] = [{ message: persona.greeting, is_human: false }];
  let isHuman = true;
  for (let t = 1; t < turns; t++) {
    if (isHuman) {
      const words = Math.min(HUMAN_WORDS.max, Math.floor(powerLaw(rng, HUMAN_WORDS.xMin, HUMAN_WORDS.alpha)) - 2);
      conversation.push({ message: text.humanMessage(words, persona.name), is_human: true });
    } else {
      const words = Math.min(BOT_WORDS.max, Math.floor(powerLaw(rng, BOT_WORDS.xMin, BOT_WORDS.alpha)));
      conversation.push({ message: text.botMessage(words, persona.name), is_human: false });
    }
    // Now and then someone sends two messages in a row.
    if (!rng.chance(0.03)) isHuman = !isHuman;
  }
  return {
    submission_timestamp: FIRST_SUBMISSION_MS + Math.floor(rng.float() * SUBMISSION_SPAN_MS),
    categories: persona.categories,
    bot_id: persona.id,
    bot_name: persona.name,
    bot_greeting: persona.greeting,
    bot_definitions: persona.definitions,
    bot_description: persona.description,
    conversation,
  };
}

export type PlantedKind = "exact" | "extended" | "edited";

/** A record of a corpus with planted duplicates, and what it copies when it is one. */
export interface PlantedRecord {
  record: PippaRecord;
  /** Position (0-based) of the record it copies, and how. */
  duplicateOf?: { index: number; kind: PlantedKind };
}

/** How many earlier records a planted copy may come from. */
const RESERVOIR = 500;

/**
 * The corpus of `synthesizeCorpus` with copies planted among it, for measuring dedup: after each
 * record, with probability `rate`, a copy of a recent record follows: an exact copy, an extended
 * copy (the same chat with 1-20 more turns; from chats of 4+ turns) or an edited copy (one message
 * rewritten; from chats of 8+ turns, where one message is a small part of the whole). The original
 * records are the same as without planting.
 */
export function* synthesizeWithDuplicates(options: SynthOptions & { rate: number }): Generator<PlantedRecord> {
  const rng = new Rng((options.seed ?? SYNTH_DEFAULTS.seed) ^ 0x5eed);
  const text = new TextGenerator(rng);
  const recent: { index: number; record: PippaRecord }[] = [];
  let index = 0;
  for (const record of synthesizeCorpus(options)) {
    yield { record };
    recent.push({ index: index++, record });
    if (recent.length > RESERVOIR) recent.shift();
    if (!rng.chance(options.rate)) continue;
    const source = rng.pick(recent);
    const turns = source.record.conversation.length;
    const kinds: PlantedKind[] = ["exact", ...(turns >= 4 ? (["extended"] as const) : []), ...(turns >= 8 ? (["edited"] as const) : [])];
    const kind = rng.pick(kinds);
    const conversation = source.record.conversation.map((turn) => ({ ...turn }));
    if (kind === "extended") {
      const extra = 1 + rng.below(20);
      let isHuman = !conversation[conversation.length - 1].is_human;
      for (let t = 0; t < extra; t++) {
        const words = isHuman ? 3 + rng.below(15) : 15 + rng.below(60);
        conversation.push({ message: isHuman ? text.humanMessage(words, source.record.bot_name) : text.botMessage(words, source.record.bot_name), is_human: isHuman });
        isHuman = !isHuman;
      }
    } else if (kind === "edited") {
      const at = 1 + rng.below(conversation.length - 1);
      const words = Math.max(3, conversation[at].message.split(" ").length);
      conversation[at] = { ...conversation[at], message: conversation[at].is_human ? text.humanMessage(words, source.record.bot_name) : text.botMessage(words, source.record.bot_name) };
    }
    yield { record: { ...source.record, conversation }, duplicateOf: { index: source.index, kind } };
    index++;
  }
}
