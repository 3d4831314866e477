/**
 * Consent as data: what a contributor chose for a record, decided once where it is known (the
 * server's row, the build's `--consent`, or a `public/` or `private/` folder directly under an
 * input root) and carried with the record to the release writer, the only reader that acts on it.
 * Nothing here looks at a path above an input: a folder called "public" that happens to hold the
 * curator's exports says nothing of what the contributors chose.
 */

export type Consent = "public" | "private";

export const CONSENTS: readonly Consent[] = ["public", "private"];

/** The consent a value names exactly ("public" or "private"), else null: a typo is never a choice. */
export function parseConsent(value: unknown): Consent | null {
  return value === "public" || value === "private" ? value : null;
}

/**
 * The consent a folder's name carries when it sits directly under an input root, as the original
 * collection server laid uploads out (`public/`, `private/`; any letter case), else null.
 */
export function consentOfFolderName(name: string): Consent | null {
  return parseConsent(name.toLowerCase());
}

/**
 * The consent of a file found under an input root, from its path relative to that root (its
 * parts, the file name last): a first folder named public or private decides; anything else, and
 * a file given as the root itself, takes the fallback. Folders deeper down and above the root
 * decide nothing.
 *
 * @example
 * consentUnderRoot(["public", "2023", "chat.jsonl"], "private") // "public"
 * consentUnderRoot(["exports", "public", "chat.jsonl"], "private") // "private"
 */
export function consentUnderRoot(relativeParts: readonly string[], fallback: Consent): Consent {
  if (relativeParts.length < 2) return fallback;
  return consentOfFolderName(relativeParts[0]) ?? fallback;
}

/** The narrower of two consents: a record is public only when every source of its consent says so. */
export function narrowestConsent(a: Consent, b: Consent | undefined): Consent {
  return a === "public" && (b === undefined || b === "public") ? "public" : "private";
}
