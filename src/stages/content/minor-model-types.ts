/** The shape of the shipped weights of the `minor` model (minor-model.ts), kept apart from the generated file. */
export interface MinorModelWeights {
  /** The development sets it was trained on, each with the SHA-256 of its text: a changed set means training again. */
  trainedOn: readonly { file: string; sha256: string }[];
  /** How many sentences it learned from, by label. */
  examples: { positive: number; negative: number };
  /** One step of a quantised weight. */
  scale: number;
  /** The weights as signed bytes, base64, in lines. */
  weights: readonly string[];
}
