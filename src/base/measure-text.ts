/**
 * How long a message is. Characters are Unicode code points and words are maximal runs of
 * non-whitespace, both as Python counts them (`len(s)`, `len(s.split())`), so figures compare with
 * the PIPPA paper's. The byte-level scanner uses the same whitespace predicate.
 */

/** ASCII whitespace for Python's `str.split()`: \t \n \v \f \r, the separators 0x1c-0x1f, space. */
const ASCII_WHITESPACE = new Uint8Array(128);
for (const cp of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20]) ASCII_WHITESPACE[cp] = 1;

/** True for the code points Python's `str.isspace()` accepts. */
export function isWhitespaceCodePoint(cp: number): boolean {
  if (cp < 0x80) return ASCII_WHITESPACE[cp] === 1;
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

let whitespaceTable: Uint8Array | null = null;

/** 1 per UTF-16 code unit that is whitespace (every whitespace code point is one unit). */
export function whitespaceUnits(): Uint8Array {
  if (whitespaceTable) return whitespaceTable;
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) if (isWhitespaceCodePoint(unit)) table[unit] = 1;
  return (whitespaceTable = table);
}

/** Character (code point) and word counts of one text. */
export interface TextMeasure {
  chars: number;
  words: number;
}

/**
 * Counts code points and whitespace-separated words in one pass. Writes into `out` so hot loops
 * allocate nothing.
 *
 * @example
 * measureText("hi  there 👋") // { chars: 11, words: 3 }
 */
export function measureText(text: string, out: TextMeasure = { chars: 0, words: 0 }): TextMeasure {
  let chars = 0;
  let words = 0;
  let inWord = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    chars++;
    if (isWhitespaceCodePoint(cp)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  out.chars = chars;
  out.words = words;
  return out;
}
