/** "Did you mean …?" for a word that is not one of the known ones (a setting, a flag). Runs in a browser. */
import leven from "leven";

/**
 * The known word closest to `word` by edit distance, when it is close enough to be a typo (at most
 * a third of its letters, and at least one, differ); null otherwise.
 */
export function closestWord(word: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = leven(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}

/** " (did you mean "operator"?)", or "" when nothing is close. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const closest = closestWord(word, known);
  return closest ? ` (did you mean "${closest}"?)` : "";
}
