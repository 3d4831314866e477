/**
 * Contributors' file names are shown to curators (the console) and back to contributors (the
 * upload's answer). A name can carry invisible code points that change what is shown:
 * right-to-left overrides and other bidi controls (`invoice\u202Egpj.exe` reads as
 * "invoiceexe.jpg"), line breaks, NUL and the other control characters, lone surrogates.
 *
 * Such code points are replaced by a visible escape, `\u202E`, rather than dropped or turned into
 * U+FFFD: the curator sees that the name was crafted, and with what. The escape cannot be confused
 * with a name's own text, since names come without folders, so without a backslash of their own
 * (displayName keeps only the last part after any `/` or `\`). Zero-width joiners stay: emoji
 * sequences need them and they reorder nothing.
 */

/** C0 and C1 controls and DEL, lone surrogates, bidi marks/embeddings/overrides/isolates, line and paragraph separators. */
const HIDDEN = /[\p{Cc}\p{Cs}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;

/** `\uXXXX` for one UTF-16 code unit (the hidden code points are all in the BMP, lone surrogates included). */
const escapeCodePoint = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Text safe to show as a contributor's file name: hidden code points as `\uXXXX` escapes, at most
 * `maxLength` characters (whole code points and whole escapes; what is cut off is dropped).
 *
 * @example
 * showableName("invoice\u202Egpj.exe") // "invoice\\u202Egpj.exe"
 */
export function showableName(text: string, maxLength = 200): string {
  let out = "";
  // Iterating a string yields code points: a surrogate pair stays whole, a lone one comes alone.
  for (const codePoint of text) {
    const shown = HIDDEN.test(codePoint) ? escapeCodePoint(codePoint) : codePoint;
    if (out.length + shown.length > maxLength) break;
    out += shown;
  }
  return out;
}
