/**
 * Word shapes that role-play text is full of and that are never names, whatever their capital
 * letter: stutters ("Y-You", "S-Sorry"), contractions with a straight or curly apostrophe
 * ("Don't", "We’ll", "Y'know"), the same typed without one ("Thats", "Ive"), drawn-out
 * interjections ("Ehh", "Okaaay", "Hmmmm") and plurals of day names ("Mondays"). Each is reduced to
 * the word it spells; the caller asks whether that is a word. Runs in a browser.
 */

/** What follows the apostrophe of an English contraction. */
const CONTRACTION_ENDINGS = new Set(["t", "re", "ll", "ve", "d", "m", "s", "all", "know", "cause", "em", "bout", "til"]);

/** Contractions as people type them without the apostrophe; each is not also a common name. */
const BARE_CONTRACTIONS = new Set([
  "im", "thats", "ive", "dont", "cant", "wont", "didnt", "doesnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt",
  "couldnt", "shouldnt", "wouldnt", "youre", "theyre", "youve", "weve", "theyve", "youll", "theyll", "itll", "whats", "wheres",
  "hows", "whos", "theres", "heres", "lets", "aint", "yall", "imma", "gonna", "wanna", "gotta", "dunno", "kinda", "sorta", "lemme", "gimme",
]);

/** Interjections a dictionary may lack, in their shortest spelling. */
const INTERJECTIONS = new Set(["eh", "uh", "um", "umm", "hm", "hmm", "hmph", "ah", "aah", "oh", "ooh", "ugh", "huh", "meh", "mhm", "heh", "eep", "ew", "aw", "aww", "whoa", "woah", "yikes", "oops", "ow", "ouch", "psst", "shh", "tsk", "phew", "welp", "yay", "nope", "yup", "ya", "ye"]);

const DAY_NAMES = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"]);

const STUTTER = /^(\p{L}{1,2})-(?=\1)/iu;
const RUN = /(\p{L})\1{1,}/gu;

/** The word a stutter repeats ("Y-Y-Yes" → "Yes"), or null when the token is no stutter. */
export function unstuttered(token: string): string | null {
  let rest = token;
  let stuttered = false;
  for (let match = STUTTER.exec(rest); match; match = STUTTER.exec(rest)) {
    rest = rest.slice(match[0].length);
    stuttered = true;
  }
  return stuttered && rest.length > 0 ? rest : null;
}

/**
 * Whether a token (as the name detectors see it, lower-cased) is one of the shapes above, given a
 * test of what is a word (the dictionary and the common-word list).
 *
 * @example
 * isNeverAName("don't", isWord) // true
 * isNeverAName("o'brien", isWord) // false
 */
export function isNeverAName(lower: string, isWord: (word: string) => boolean): boolean {
  if (BARE_CONTRACTIONS.has(lower) || INTERJECTIONS.has(lower)) return true;
  const base = unstuttered(lower);
  if (base !== null) return isWord(base) || isNeverAName(base, isWord);
  const apostrophe = lower.search(/['’]/);
  if (apostrophe > 0) {
    const before = lower.slice(0, apostrophe);
    const after = lower.slice(apostrophe + 1);
    // "don't", "we'll", "y'know", "ma'am": a contraction, not "O'Brien" or "D'Angelo".
    if (CONTRACTION_ENDINGS.has(after) && (isWord(before) || before.length <= 2)) return true;
    // "didn't", "couldn’t": the word before "n't".
    if (after === "t" && before.endsWith("n") && isWord(before.slice(0, -1))) return true;
    if (before.length === 1 && isWord(after)) return true;
  }
  // Drawn out: "ehhh", "okaaay", "sooo", "hmmmm" — letters repeated to one or two spell a word.
  if (/(\p{L})\1/u.test(lower)) {
    const once = lower.replace(RUN, "$1");
    const twice = lower.replace(RUN, "$1$1");
    if (once !== lower && (INTERJECTIONS.has(once) || INTERJECTIONS.has(twice))) return true;
    if (/(\p{L})\1\1/u.test(lower) && (isWord(once) || isWord(twice))) return true;
  }
  if (lower.endsWith("s") && DAY_NAMES.has(lower.slice(0, -1))) return true;
  return false;
}

/**
 * Whether a word is a word typed with one letter doubled or two letters swapped ("Promisse",
 * "Thnaks", "Beacuse"): the slips that leave a capitalised non-word behind. Letters left out or
 * changed are not counted: too many real names sit one such change from a word. Five letters or more.
 */
export function isTypoOfWord(lower: string, isWord: (word: string) => boolean): boolean {
  if (lower.length < 5 || lower.length > 14 || !/^[a-z]+$/.test(lower)) return false;
  for (let i = 0; i + 1 < lower.length; i++) {
    if (lower[i] === lower[i + 1] && isWord(lower.slice(0, i) + lower.slice(i + 1))) return true;
    if (lower[i] !== lower[i + 1] && isWord(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2))) return true;
  }
  return false;
}

/** Whether two words differ by one letter changed, added, removed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/**
 * Whether a word is a story name misspelt ("gerald" for Geralt, "Kequing" for Keqing): within one
 * edit of a name the story uses, both at least five letters long.
 */
export function isMisspeltStoryName(lower: string, storyNames: Iterable<string>): boolean {
  if (lower.length < 5) return false;
  for (const name of storyNames) if (name.length >= 5 && name !== lower && withinOneEdit(lower, name)) return true;
  return false;
}
