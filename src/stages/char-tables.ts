/**
 * Per-UTF-16-code-unit look-up tables for the character loops of the stages: one array index per
 * character instead of a Unicode regular expression. Each table is built on first use (a few
 * milliseconds); surrogate halves are never letters, as a Unicode regular expression sees them.
 */

function buildTable<T extends Uint8Array | Uint16Array>(table: T, classify: (char: string, unit: number) => number): T {
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

let wordUnitTable: Uint16Array | null = null;

/** For letters and digits (`\p{L}`, `\p{N}`) the code unit of their lower case; 0 for the rest. */
export function wordUnits(): Uint16Array {
  const letterOrDigit = /^[\p{L}\p{N}]$/u;
  return (wordUnitTable ??= buildTable(new Uint16Array(0x10000), (char, unit) => (unit > 0 && letterOrDigit.test(char) ? char.toLowerCase().charCodeAt(0) : 0)));
}
