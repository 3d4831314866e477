/** The labelled content sets and conversation-level precision/recall per tag. */
import { readFile } from "node:fs/promises";
import { contentFields } from "../../../src/stages/content/classify.js";
import { CONTENT_TAGS, type ContentResult, type ContentTag } from "../../../src/stages/content/types.js";
import type { PippaMessage } from "../../../src/model/pippa-record.js";

/** File (under test/eval/content), title. Held-out sets are never tuned on. */
export const CONTENT_SETS = [
  ["blind/content-dev.jsonl", "content set D (development)"],
  ["blind/content-holdout.jsonl", "content set H (held out)"],
  ["blind/content-h2.jsonl", "content set H2 (held out)"],
  ["blind/content-dev2.jsonl", "content set D2 (development, written later)"],
  ["blind/content-h3.jsonl", "content set H3 (held out, written last)"],
  ["blind/content-dev3.jsonl", "content set D3 (development, third)"],
  ["blind/content-h4.jsonl", "content set H4 (held out, fourth, never tuned on)"],
  ["blind/content-dev4.jsonl", "content set D4 (development, fourth: more languages)"],
  ["blind/content-h5.jsonl", "content set H5 (held out, fifth, never tuned on)"],
  ["blind/content-dev5.jsonl", "content set D5 (development, fifth: minors and their hard negatives)"],
  ["blind/content-h6.jsonl", "content set H6 (held out, sixth, never tuned on)"],
  ["blind/content-h7.jsonl", "content set H7 (held out, seventh, never tuned on)"],
  ["blind/content-h8.jsonl", "content set H8 (held out, eighth, never tuned on)"],
  ["blind/content-dev6.jsonl", "content set D6 (development, sixth: English-heavy minors, minors in many languages, general)"],
  ["blind/content-h9.jsonl", "content set H9 (held out, ninth, never tuned on)"],
  ["blind/content-h10.jsonl", "content set H10 (held out, tenth, never tuned on)"],
  ["blind/content-dev7.jsonl", "content set D7 (development, seventh: ages told the less common ways)"],
  ["blind/content-dev8.jsonl", "content set D8 (development, eighth: the everyday ways, English-heavy)"],
  ["blind/content-dev9.jsonl", "content set D9 (development, ninth: the everyday ways, most languages)"],
  ["blind/content-dev10.jsonl", "content set D10 (development, tenth: as the held-out sets are written)"],
  ["blind/content-dev11.jsonl", "content set D11 (development, eleventh: as the held-out sets are written, English-heavy)"],
  ["blind/content-h11.jsonl", "content set H11 (held out, eleventh, never tuned on)"],
  ["blind/content-dev12.jsonl", "content set D12 (development, twelfth: as the held-out sets are written, half in 40 languages)"],
  ["blind/content-dev13.jsonl", "content set D13 (development, thirteenth: a third sexual, 70% in 47 languages)"],
  ["blind/content-h12.jsonl", "content set H12 (held out, twelfth, never tuned on)"],
  ["blind/content-dev14.jsonl", "content set D14 (development, fourteenth: as the held-out sets are written, English of a dozen countries)"],
  ["blind/content-dev15.jsonl", "content set D15 (development, fifteenth: as the held-out sets are written, half in 40 languages)"],
  ["blind/content-h13.jsonl", "content set H13 (held out, thirteenth, never tuned on: half in 40 languages)"],
  ["blind/content-h14.jsonl", "content set H14 (held out, fourteenth, never tuned on: half in 37 languages)"],
  ["blind/content-dev16.jsonl", "content set D16 (development, sixteenth: H14's brief, half in other languages)"],
] as const;

/** The labels' keys, as the sets spell them. */
const LABEL_KEYS: Record<ContentTag, string> = { sexual: "sexual", violence: "violence", "self-harm": "self_harm", minor: "minor", hate: "hate" };

export interface ContentItem {
  id: string;
  note: string;
  bot_description: string | null;
  bot_greeting: string;
  bot_definitions: string | null;
  conversation: PippaMessage[];
  labels: Record<ContentTag, boolean>;
  textOf(field: string): string;
}

/**
 * Labelled sentences for the `minor` tag alone (one object per line: id, text, minor, lang, note), each read as a card's
 * description: a short text that does or does not say someone is under 18, written blind to the rules.
 */
export const SENTENCE_SETS = [
  ["blind/minor-sentences-s1.jsonl", "minor sentences S1 (development: English of 15 countries)"],
  ["blind/minor-sentences-s2.jsonl", "minor sentences S2 (development: 33 languages)"],
  ["blind/minor-sentences-s3.jsonl", "minor sentences S3 (development: English of 14 countries, 44 languages, the harder ways)"],
  ["blind/minor-sentences-s4.jsonl", "minor sentences S4 (development: English of 16 countries, 44 languages, the everyday ways)"],
  ["blind/minor-sentences-s5.jsonl", "minor sentences S5 (development: half English, 99 other languages)"],
  ["blind/minor-sentences-sh1.jsonl", "minor sentences SH1 (held out: half English, 30 languages, never tuned on)"],
  ["blind/minor-sentences-sh2.jsonl", "minor sentences SH2 (held out: half English, 35 languages, never tuned on)"],
  ["blind/minor-sentences-s6.jsonl", "minor sentences S6 (development: half English, 60 other languages)"],
  ["blind/minor-sentences-s7.jsonl", "minor sentences S7 (development: lines of role-play chats, half English, 40 other languages)"],
  ["blind/minor-sentences-s8.jsonl", "minor sentences S8 (development: ages told with no number, half English, 50 other languages)"],
  ["blind/minor-sentences-sh3.jsonl", "minor sentences SH3 (held out: half English, 35 languages, never tuned on)"],
  ["blind/minor-sentences-sh4.jsonl", "minor sentences SH4 (held out: numbers to judge, half English, 35 languages, never tuned on)"],
  ["blind/minor-sentences-s9.jsonl", "minor sentences S9 (development: numbers to judge, lines of role-play chats, half English, 40 other languages)"],
  ["blind/minor-sentences-sh5.jsonl", "minor sentences SH5 (held out: ages, school years and babies to judge, half English, 51 languages, never tuned on)"],
] as const;

export async function loadSentenceSet(path: string): Promise<ContentItem[]> {
  return loadLabelledTexts(path, "minor", (text) => ({ bot_description: text, conversation: [] }), "bot_description");
}

/**
 * Labelled passages for the `sexual` tag alone (one object per line: id, text, sexual, lang, note), each read as a bot's
 * message in a role-play chat between adults: a short text that does or does not describe explicit sexual activity,
 * written blind to the rules.
 */
export const PASSAGE_SETS = [
  ["blind/sexual-passages-x1.jsonl", "sexual passages X1 (development: one third English, 40 languages)"],
  ["blind/sexual-passages-x2.jsonl", "sexual passages X2 (development: role-play lines and their plain-sense traps, one third English, 36 languages)"],
  ["blind/sexual-passages-xh1.jsonl", "sexual passages XH1 (held out: one third English, 30 languages, never tuned on)"],
  ["blind/sexual-passages-xh2.jsonl", "sexual passages XH2 (held out: role-play lines and their plain-sense traps, one third English, 38 languages, never tuned on)"],
  ["blind/sexual-passages-x3.jsonl", "sexual passages X3 (development: heat against an act, sensual lines that stop short and explicit ones, one third English, 38 languages)"],
  ["blind/sexual-passages-xh3.jsonl", "sexual passages XH3 (held out: heat against an act, sensual lines that stop short and explicit ones, one third English, 40 languages, never tuned on)"],
] as const;

export async function loadPassageSet(path: string): Promise<ContentItem[]> {
  return loadLabelledTexts(path, "sexual", (text) => ({ bot_description: null, conversation: [{ message: text, is_human: false }] }), "conversation[0].message");
}

/** One labelled text per line, labelled for `tag` alone under the key of the same name, placed in the field `place` gives it. */
async function loadLabelledTexts(
  path: string,
  tag: "minor" | "sexual",
  place: (text: string) => Pick<ContentItem, "bot_description" | "conversation">,
  field: string,
): Promise<ContentItem[]> {
  const lines = (await readFile(path, "utf8")).split("\n").filter((line) => line.trim() !== "");
  return lines.map((line) => {
    const raw = JSON.parse(line) as { id: string; text: string; lang: string; note: string } & Record<typeof tag, boolean>;
    const labels = Object.fromEntries(CONTENT_TAGS.map((each) => [each, each === tag && raw[tag] === true])) as Record<ContentTag, boolean>;
    return { id: raw.id, note: `${raw.lang}: ${raw.note}`, ...place(raw.text), bot_greeting: "", bot_definitions: null, labels, textOf: (asked: string) => (asked === field ? raw.text : "") };
  });
}

export async function loadContentSet(path: string): Promise<ContentItem[]> {
  const lines = (await readFile(path, "utf8")).split("\n").filter((line) => line.trim() !== "");
  return lines.map((line) => {
    const raw = JSON.parse(line) as Omit<ContentItem, "labels" | "textOf"> & { labels: Record<string, boolean> };
    const labels = Object.fromEntries(CONTENT_TAGS.map((tag) => [tag, raw.labels[LABEL_KEYS[tag]] === true])) as Record<ContentTag, boolean>;
    const item = { ...raw, bot_greeting: raw.bot_greeting ?? "", labels } as ContentItem;
    const texts = new Map(contentFields(item).map((field) => [field.field, field.text]));
    item.textOf = (field) => texts.get(field) ?? "";
    return item;
  });
}

export interface TagScore {
  labelled: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export function scoreContent(items: readonly ContentItem[], predicted: readonly Pick<ContentResult, "tags">[]): Record<ContentTag, TagScore> {
  const scores = {} as Record<ContentTag, TagScore>;
  for (const tag of CONTENT_TAGS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    items.forEach((item, i) => {
      const said = predicted[i].tags[tag] !== undefined;
      if (said && item.labels[tag]) tp++;
      else if (said) fp++;
      else if (item.labels[tag]) fn++;
    });
    scores[tag] = { labelled: tp + fn, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  }
  return scores;
}
