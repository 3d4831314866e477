/**
 * The synthetic corpus with personal information planted in human turns, and story names the
 * person mentions, for measuring the PII stage on text where there is something to find: speed
 * (finding, not only looking) and how much of what was planted is found. Each planted value is
 * returned with where it went, so the truth can be written beside the corpus.
 */
import type { PippaRecord } from "../model/pippa-record.js";
import { Rng } from "../base/rng.js";
import { SYNTH_DEFAULTS, synthesizeCorpus, type SynthOptions } from "./corpus.js";
import * as V from "./vocabulary.js";

/** One planted value: the record (0-based, corpus order), the message, and the value's offsets in it. */
export interface PlantedPii {
  record: number;
  message: number;
  start: number;
  end: number;
  type: string;
}

export interface PiiPlantedRecord {
  record: PippaRecord;
  planted: PlantedPii[];
}

const REAL_FIRST = ["Megan", "Tyler", "Priya", "Diego", "Hannah", "Marcus", "Aisha", "Connor", "Sofia", "Jamal", "Emily", "Lukas", "Chloe", "Mateo", "Grace", "Omar"];
const REAL_LAST = ["Patterson", "Nguyen", "Kowalski", "Ramirez", "Okafor", "Lindqvist", "Harrington", "Delgado", "Brennan", "Castillo"];
const CITIES = ["Leeds", "Toronto", "Phoenix", "Melbourne", "Manchester", "Denver", "Glasgow", "Calgary", "Austin", "Dublin"];
const STREETS = ["Maple", "Oakridge", "Birchwood", "Elm", "Cedar", "Willow", "Hawthorn", "Juniper"];
const STREET_KINDS = ["Street", "Road", "Avenue", "Lane", "Drive"];
const DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"];

/** A template: literal text with `{TYPE:value}` slots, filled and measured by `fill`. */
type Template = (rng: Rng, story: string) => string;

const TEMPLATES: Template[] = [
  (r) => `(ooc: my name is {PERSON:${r.pick(REAL_FIRST)} ${r.pick(REAL_LAST)}} btw, im {AGE:${16 + r.below(20)}} from {LOCATION:${r.pick(CITIES)}})`,
  (r) => { const first = r.pick(REAL_FIRST).toLowerCase(); return `ooc if u wanna chat more my email is {EMAIL:${first}.${r.pick(REAL_LAST).toLowerCase()}${r.below(99)}@${r.pick(DOMAINS)}}`; },
  (r) => `(text me at {PHONE:(${200 + r.below(700)}) ${200 + r.below(700)}-${1000 + r.below(9000)}} lol)`,
  (r) => `ooc: moving to {ADDRESS:${10 + r.below(980)} ${r.pick(STREETS)} ${r.pick(STREET_KINDS)}} next week, so slow replies`,
  (r) => `add me on discord {HANDLE:${r.pick(V.NOUNS).replace(/\s/g, "")}${r.below(999)}#${1000 + r.below(9000)}}`,
  (r, story) => `*waves at ${story}* (ooc my brother {PERSON:${r.pick(REAL_FIRST)}} keeps reading over my shoulder lmao)`,
  (r) => `(ooc: me llamo {PERSON:${r.pick(REAL_FIRST)}} y tengo {AGE:${16 + r.below(20)} años}, soy de {LOCATION:${r.pick(CITIES)}})`,
];

const SLOT = /\{([A-Z]+):([^{}]+)\}/g;

/** The template's text with the slots' values in place, and where each value landed. */
function fill(template: string): { text: string; values: { start: number; end: number; type: string }[] } {
  let text = "";
  let last = 0;
  const values: { start: number; end: number; type: string }[] = [];
  for (const match of template.matchAll(SLOT)) {
    text += template.slice(last, match.index);
    values.push({ start: text.length, end: text.length + match[2].length, type: match[1] });
    text += match[2];
    last = match.index! + match[0].length;
  }
  return { text: text + template.slice(last), values };
}

/**
 * `synthesizeCorpus` with, in a `rate` share of the conversations, one disclosure appended to a
 * human turn, and in every conversation the person now and then naming the story's characters
 * (the bot, a fandom name): the records are otherwise the same, and the same seed gives the same
 * corpus and truth.
 */
export function* synthesizeWithPii(options: SynthOptions & { rate: number }): Generator<PiiPlantedRecord> {
  const rng = new Rng((options.seed ?? SYNTH_DEFAULTS.seed) * 7919 + 17);
  let index = 0;
  for (const record of synthesizeCorpus(options)) {
    const humans = record.conversation.flatMap((turn, i) => (turn.is_human ? [i] : []));
    const conversation = record.conversation.map((turn) => ({ ...turn }));
    const planted: PlantedPii[] = [];
    // Story names in human turns: what the redactor must leave alone.
    for (const i of humans) {
      if (rng.chance(0.2)) conversation[i].message += ` ${rng.pick(V.FIRST_NAMES)} would never do that, ${record.bot_name}.`;
    }
    if (humans.length > 0 && rng.chance(options.rate)) {
      const turn = humans[rng.below(humans.length)];
      const { text, values } = fill(rng.pick(TEMPLATES)(rng, record.bot_name));
      const offset = conversation[turn].message.length + 1;
      conversation[turn].message += ` ${text}`;
      for (const value of values) planted.push({ record: index, message: turn, start: value.start + offset, end: value.end + offset, type: value.type });
    }
    yield { record: { ...record, conversation }, planted };
    index++;
  }
}
