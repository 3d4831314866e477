/**
 * Finding a conversation's known names and values as whole words in any letter case, without a
 * regular expression per conversation: compiling one (and running it at every position of every
 * bot turn) cost more than all the fixed detectors together. A lower-cased copy of the text is
 * searched with `indexOf`, and each hit is kept when no letter, digit or underscore touches it.
 * Runs in a browser.
 */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  // A surrogate half: the whole code point decides.
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) return WORD_CHAR.test(text.slice(index - 1, index + 1));
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(index, index + 2));
  return WORD_CHAR.test(text[index]);
}

export interface WholeWordMatch {
  start: number;
  end: number;
  /** The text as written there. */
  text: string;
}

export class WholeWordFinder {
  /** Lower-cased, longest first, so that "Mary Ann" wins over "Mary" where both start. */
  private readonly words: string[];

  constructor(words: readonly string[]) {
    this.words = [...new Set(words.map((word) => word.toLowerCase()))].filter((word) => word.length > 0).sort((a, b) => b.length - a.length);
  }

  /**
   * Each whole-word occurrence, left to right, none overlapping. `lower` is `text.toLowerCase()`,
   * passed in when several finders search one text.
   */
  find(text: string, lower = text.toLowerCase()): WholeWordMatch[] {
    if (this.words.length === 0) return [];
    // Lower-casing that changes a length ("İ") would shift offsets: compare letter by letter instead.
    const sameLength = lower.length === text.length;
    const hits: { start: number; end: number }[] = [];
    for (const word of this.words) {
      let from = 0;
      for (;;) {
        const at = sameLength ? lower.indexOf(word, from) : caseBlindIndexOf(text, word, from);
        if (at < 0) break;
        const end = at + word.length;
        if (!isWordCharAt(text, at - 1) && !isWordCharAt(text, end)) hits.push({ start: at, end });
        from = at + 1;
      }
    }
    if (hits.length === 0) return [];
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const matches: WholeWordMatch[] = [];
    let reached = 0;
    for (const hit of hits) {
      if (hit.start < reached) continue;
      matches.push({ ...hit, text: text.slice(hit.start, hit.end) });
      reached = hit.end;
    }
    return matches;
  }
}

/** `indexOf` ignoring letter case one code unit at a time, for texts whose lower case changes length. */
function caseBlindIndexOf(text: string, lowerWord: string, from: number): number {
  outer: for (let at = from; at + lowerWord.length <= text.length; at++) {
    for (let k = 0; k < lowerWord.length; k++) if (text[at + k].toLowerCase() !== lowerWord[k]) continue outer;
    return at;
  }
  return -1;
}
