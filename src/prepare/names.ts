/**
 * Names for the people behind `{{user}}` and `{{random_user_N}}`: drawn per conversation from a
 * list of common English first names, seeded, so the same input and seed give the same names and
 * a model does not learn one name for everybody.
 */
import { Rng } from "../base/rng.js";
import type { PlaceholderNames } from "./placeholders.js";

let pool: Promise<readonly string[]> | null = null;

/** Common first names (faker's English lists: US Social Security popular names), sorted, loaded once. */
export function loadFirstNames(): Promise<readonly string[]> {
  pool ??= import("@faker-js/faker/locale/en").then(({ faker }) => {
    const lists = faker.rawDefinitions.person?.first_name as Record<string, string[]> | undefined;
    const names = new Set<string>();
    for (const list of Object.values(lists ?? {})) for (const name of list) if (/^[A-Z][a-z]{2,}$/.test(name)) names.add(name);
    return [...names].sort();
  });
  return pool;
}

/**
 * The names of one conversation: the person's, and distinct ones for each other person named,
 * none equal to the character's name or to each other (ignoring case).
 */
export function drawNames(firstNames: readonly string[], char: string, seed: number, conversation: number): PlaceholderNames {
  const rng = new Rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(conversation + 1, 0x85ebca6b)) | 0);
  const taken = new Set(char.toLowerCase().split(/\s+/));
  const draw = () => {
    for (let attempt = 0; attempt < 64; attempt++) {
      const name = firstNames[rng.below(firstNames.length)];
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
    return `Person${taken.size}`;
  };
  const user = draw();
  const others = new Map<number, string>();
  return {
    user,
    char,
    randomUser: (n) => {
      let name = others.get(n);
      if (!name) others.set(n, (name = draw()));
      return name;
    },
  };
}
