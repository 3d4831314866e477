/**
 * One record's share of the corpus figures as plain data, so that it can be measured where the
 * record is (a worker that has just written its line) and counted later, only if the record stays.
 */
import type { PippaRecord } from "../model/pippa-record.js";
import type { CorpusStats } from "./corpus-stats.js";
import { measureText, type TextMeasure } from "../base/measure-text.js";
import type { PippaLineScanner } from "./scan-pippa-line.js";

export interface RecordMeasures {
  categories: string[] | null;
  /** Per message its characters then its words; the characters' top bit marks a person's turn. */
  counts: Uint32Array;
}

const HUMAN = 0x80000000;

/** Message `i`'s characters (its speaker in the top bit) and words. */
function setCounts(counts: Uint32Array, i: number, chars: number, words: number, isHuman: boolean): void {
  counts[2 * i] = (chars | (isHuman ? HUMAN : 0)) >>> 0;
  counts[2 * i + 1] = words;
}

/**
 * Measures filled message by message (from a scan that reads the messages anyway, as dedup's):
 * `add(index, measure)` for every message of the record.
 */
export function measuresBuilder(record: PippaRecord): { measures: RecordMeasures; add: (index: number, measure: TextMeasure) => void } {
  const counts = new Uint32Array(record.conversation.length * 2);
  const { conversation } = record;
  return {
    measures: { categories: record.categories, counts },
    add: (index, measure) => setCounts(counts, index, measure.chars, measure.words, conversation[index].is_human),
  };
}

/** Measures a record from its published line (the fast byte scanner), or from the record itself. */
export function measureRecord(record: PippaRecord, line: Uint8Array, scanner: PippaLineScanner): RecordMeasures {
  const counts = new Uint32Array(record.conversation.length * 2);
  if (scanner.scan(line, 0, line.length) && scanner.turns === record.conversation.length) {
    for (let i = 0; i < scanner.turns; i++) setCounts(counts, i, scanner.chars[i], scanner.words[i], scanner.isHuman[i] === 1);
  } else {
    const measure = { chars: 0, words: 0 };
    record.conversation.forEach((turn, i) => {
      measureText(turn.message, measure);
      setCounts(counts, i, measure.chars, measure.words, turn.is_human);
    });
  }
  return { categories: record.categories, counts };
}

/** Counts a measured record, as `stats.addRecord` would count the record itself. */
export function addMeasures(stats: CorpusStats, botId: string, botName: string, measures: RecordMeasures): void {
  const { counts } = measures;
  stats.addConversation(botId, measures.categories, counts.length / 2, botName);
  for (let i = 0; i < counts.length; i += 2) stats.addMessage((counts[i] & HUMAN) !== 0, counts[i] & ~HUMAN, counts[i + 1]);
}
