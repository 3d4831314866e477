/** What a message's length is counted in: words (runs of non-space, as Python's str.split) or characters (code points). */
export type LengthUnit = "words" | "chars";
export const LENGTH_UNITS: readonly LengthUnit[] = ["words", "chars"];
