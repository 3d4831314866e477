/** Small text helpers the detectors share: word windows around a span, letter-case tests. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** Lower-cased words within `window` words before `start` and after `end`. */
export function wordsAround(text: string, start: number, end: number, window = 5): string[] {
  const before = text.slice(Math.max(0, start - 80), start).toLowerCase().match(WORD) ?? [];
  const after = text.slice(end, end + 60).toLowerCase().match(WORD) ?? [];
  return [...before.slice(-window), ...after.slice(0, Math.ceil(window / 2))];
}

/** True when a context word (or phrase) appears near the span. */
export function hasContext(text: string, start: number, end: number, words: readonly string[], window = 5): boolean {
  if (words.length === 0) return false;
  const near = wordsAround(text, start, end, window);
  const joined = ` ${near.join(" ")} `;
  return words.some((word) => (word.includes(" ") ? joined.includes(` ${word} `) : near.includes(word)));
}

export function isUpperCaseWord(word: string): boolean {
  if (word.length <= 1) return false;
  // Any ASCII lower-case letter settles it without building two new strings.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Digits only. */
export function digitsOf(text: string): string {
  return text.replace(/\D+/g, "");
}

/** True when the text around `start` is inside an `*action*` (an odd number of asterisks before it on its line). */
export function insideAsterisks(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let stars = 0;
  for (let i = lineStart; i < start; i++) if (text.charCodeAt(i) === 42) stars++;
  return stars % 2 === 1;
}

const MAY_BE_OOC = /ooc|\/\//i;
const OOC_MARK = /(\()?[ \t]*(?:\booc\b|\/\/)/giu;

/**
 * Out-of-character parts of a turn: from an "ooc"/"OOC:" or "//" marker to the closing parenthesis
 * (when the marker opened one) or the end of the line.
 */
export function oocRegions(text: string): { start: number; end: number }[] {
  const regions: { start: number; end: number }[] = [];
  // The pattern below may start anywhere (its first parts are optional); a plain search for what
  // it needs rules most turns out at a fraction of the cost.
  if (!MAY_BE_OOC.test(text)) return regions;
  for (const match of text.matchAll(OOC_MARK)) {
    const start = match.index! + match[0].length;
    const lineEnd = text.indexOf("\n", start);
    let end = lineEnd < 0 ? text.length : lineEnd;
    if (match[1]) {
      const close = text.indexOf(")", start);
      if (close >= 0 && close < end) end = close;
    }
    regions.push({ start, end });
  }
  return regions;
}
