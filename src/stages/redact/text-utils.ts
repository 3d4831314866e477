/** Small text helpers the detectors share: word windows around a span, letter-case tests. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/**
 * Every match of a global regular expression in `text`, as `text.matchAll(pattern)` gives them,
 * without the copy of the expression `matchAll` makes on each call (a new RegExp to initialise
 * per detector per message). All matches are taken before the caller sees one, so the shared
 * expression is free again at once and a nested use cannot disturb it.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global expression: ${pattern}`);
  const unicode = pattern.unicode || pattern.flags.includes("v");
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character, as the iterator of matchAll does.
    if (match[0] === "") {
      const at = pattern.lastIndex;
      const code = text.charCodeAt(at);
      pattern.lastIndex = at + (unicode && code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    }
  }
  pattern.lastIndex = 0;
  return matches;
}

/**
 * An alternation of `words` factored into a prefix tree ("d(?:iscord|c)" for "discord|dc"): the
 * same strings, but the regular expression engine, which tries alternatives one by one at every
 * position, tries each first letter once (a 40-word list scanned 25% faster). Words are letters,
 * digits, spaces and ".", each character taken as in a pattern ("." any character, as the lists'
 * other patterns take it).
 */
export function prefixTree(words: readonly string[]): string {
  type Node = Map<string, Node>;
  const root: Node = new Map();
  const END = "";
  for (const word of words) {
    if (!/^[\p{L}\p{N} .]+$/u.test(word)) throw new Error(`prefixTree takes letters, digits, spaces and ".": ${JSON.stringify(word)}`);
    let node = root;
    for (const char of word) node = node.get(char) ?? node.set(char, new Map()).get(char)!;
    node.set(END, new Map());
  }
  const pattern = (node: Node): string => {
    const branches = [...node].filter(([char]) => char !== END).map(([char, next]) => char + pattern(next));
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
    return node.has(END) ? `(?:${body})?` : body;
  };
  return pattern(root);
}

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
  for (const match of allMatches(OOC_MARK, text)) {
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

/** Whether an offset lies in an out-of-character region (see `oocRegions`). */
export function insideOoc(text: string, at: number): boolean {
  return oocRegions(text).some((region) => at >= region.start && at < region.end);
}
