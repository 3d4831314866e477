/**
 * Patterns that start with a word from a known list ("my brother Tyler", "from Leeds"): tried
 * at every position of a text, a long alternation behind a look-behind is slow, so such a pattern
 * is tried only where a word starts that one of its alternatives starts with. A match can start
 * nowhere else (it begins with a letter that follows no letter), so the matches are the ones a
 * scan of the whole text finds.
 */
import { letterClasses, letterLengthAt, nextLetter } from "../char-tables.js";

export class WordAnchoredPattern {
  /** The pattern as a scan over a whole text would use it (the definition the fast path keeps). */
  readonly scan: RegExp;
  private readonly sticky: RegExp;
  private readonly starts: ReadonlySet<string>;
  private readonly longest: number;
  private readonly caseless: boolean;
  /**
   * Slots of the start words' hashes (see `asciiWordSlot`): an ASCII word whose slot is empty is
   * no start word, known without building its string.
   */
  private readonly startSlots = new Uint8Array(START_SLOTS);

  /**
   * `source` must begin with `(?<![\p{L}])` and then only with alternatives whose first letters
   * form a word of `startWords` (the words as they start the alternatives, letters only).
   */
  constructor(source: string, flags: string, startWords: Iterable<string>) {
    if (!source.startsWith("(?<![\\p{L}])")) throw new Error("a word-anchored pattern starts after a non-letter");
    this.caseless = flags.includes("i");
    this.scan = new RegExp(source, `${flags.replace(/[gy]/g, "")}g`);
    this.sticky = new RegExp(source, `${flags.replace(/[gy]/g, "")}y`);
    this.starts = new Set([...startWords].map((word) => (this.caseless ? word.toLowerCase() : word)));
    this.longest = Math.max(...[...this.starts].map((word) => word.length));
    for (const word of this.starts) {
      const slot = asciiWordSlot(word, 0, word.length, false);
      if (slot >= 0) this.startSlots[slot] = 1;
    }
  }

  /** The matches in `text`, in order. */
  matches(text: string): RegExpExecArray[] {
    const matches: RegExpExecArray[] = [];
    const classes = letterClasses();
    const length = text.length;
    let i = nextLetter(text, 0, classes);
    while (i < length) {
      let end = i + letterLengthAt(text, i, classes);
      while (end < length) {
        const next = letterLengthAt(text, end, classes);
        if (next === 0) break;
        end += next;
      }
      if (this.mayStart(text, i, end)) {
        const word = text.slice(i, end);
        if (this.starts.has(this.caseless ? word.toLowerCase() : word)) {
          this.sticky.lastIndex = i;
          const match = this.sticky.exec(text);
          if (match) {
            matches.push(match);
            // The next match starts after this one, at the start of a word.
            i = nextLetter(text, this.sticky.lastIndex, classes);
            continue;
          }
        }
      }
      i = nextLetter(text, end, classes);
    }
    return matches;
  }

  /** False for most words, known without their string: too long, or ASCII with an empty slot. */
  private mayStart(text: string, start: number, end: number): boolean {
    if (end - start > this.longest) return false;
    const slot = asciiWordSlot(text, start, end, this.caseless);
    return slot < 0 || this.startSlots[slot] !== 0;
  }
}

const START_SLOTS = 1 << 12;

/**
 * The slot of `text[start, end)`'s hash (lower-cased when `caseless`), or -1 when it is not all
 * ASCII (then only its string can say).
 */
function asciiWordSlot(text: string, start: number, end: number, caseless: boolean): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let unit = text.charCodeAt(i);
    if (unit >= 0x80) return -1;
    if (caseless && unit >= 65 && unit <= 90) unit += 32;
    hash = Math.imul(hash ^ unit, 0x01000193);
  }
  return (hash >>> 0) & (START_SLOTS - 1);
}

/** The first word (letters only) of each phrase. */
export function firstWords(phrases: readonly string[]): string[] {
  return phrases.map((phrase) => phrase.match(/^\p{L}+/u)?.[0] ?? phrase);
}
