/**
 * Per-UTF-16-code-unit look-up tables for the character loops of the stages: one array index per
 * character instead of a Unicode regular expression. Each table is built on first use (a few
 * milliseconds); surrogate halves are never letters, as a Unicode regular expression sees them.
 */

/** `table` filled by `classify` for every code unit but the surrogate halves (left 0). */
export function buildTable<T extends Uint8Array | Uint16Array>(table: T, classify: (char: string, unit: number) => number): T {
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    table[unit] = classify(String.fromCharCode(unit), unit);
  }
  return table;
}

/** Bits of `letterClasses()`. */
export const LETTER = 1;
export const UPPER = 2;
let letterClassTable: Uint8Array | null = null;

/** LETTER (`\p{L}`) and UPPER (`\p{Lu}`) bits per code unit. */
export function letterClasses(): Uint8Array {
  const letter = /^\p{L}$/u;
  const upper = /^\p{Lu}$/u;
  return (letterClassTable ??= buildTable(new Uint8Array(0x10000), (char) => (letter.test(char) ? LETTER : 0) | (upper.test(char) ? UPPER : 0)));
}

/**
 * Whether a code point past the Basic Multilingual Plane matches `pattern` (a one-character
 * Unicode expression): such characters are rare, so each is tested once and remembered.
 */
export function astralTest(pattern: RegExp): (point: number) => boolean {
  const known = new Map<number, boolean>();
  return (point) => {
    let matches = known.get(point);
    if (matches === undefined) known.set(point, (matches = pattern.test(String.fromCodePoint(point))));
    return matches;
  };
}

const isAstralLetter = astralTest(/^\p{L}$/u);

/**
 * How many code units the letter at `i` takes: 1 for a letter of the Basic Multilingual Plane, 2
 * for a letter written as a surrogate pair (as a Unicode regular expression's `\p{L}` sees it),
 * 0 for anything else.
 */
export function letterLengthAt(text: string, i: number, classes: Uint8Array): number {
  const unit = text.charCodeAt(i);
  if ((classes[unit] & LETTER) !== 0) return 1;
  if (unit < 0xd800 || unit > 0xdbff) return 0;
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  return isAstralLetter((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) ? 2 : 0;
}

/** Where the first letter at or after `from` is (the text's length if there is none). */
export function nextLetter(text: string, from: number, classes: Uint8Array): number {
  let i = from;
  while (i < text.length && letterLengthAt(text, i, classes) === 0) i++;
  return i;
}

let wordUnitTable: Uint16Array | null = null;

/** For letters and digits (`\p{L}`, `\p{N}`) the code unit of their lower case; 0 for the rest. */
export function wordUnits(): Uint16Array {
  const letterOrDigit = /^[\p{L}\p{N}]$/u;
  return (wordUnitTable ??= buildTable(new Uint16Array(0x10000), (char, unit) => (unit > 0 && letterOrDigit.test(char) ? char.toLowerCase().charCodeAt(0) : 0)));
}
