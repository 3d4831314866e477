/** The shape of a learned reader's shipped weights (the `minor` and `sexual` models), kept apart from the generated files, and their decoding. */
export interface ModelWeights {
  /** The development sets it was trained on, each with the SHA-256 of its text: a changed set means training again. */
  trainedOn: readonly { file: string; sha256: string }[];
  /** How many texts it learned from, by label. */
  examples: { positive: number; negative: number };
  /** One step of a quantised weight. */
  scale: number;
  /** The weights as signed bytes, base64, in lines. */
  weights: readonly string[];
}

/** The weights as numbers: a signed byte per feature times the model's scale; all zero (the model says nothing) when untrained. */
export function decodedWeights(model: ModelWeights, dimensions: number, file: string): Float32Array {
  if (model.weights.length === 0) return new Float32Array(dimensions);
  const bytes = Uint8Array.from(atob(model.weights.join("")), (char) => char.charCodeAt(0));
  if (bytes.length !== dimensions) throw new Error(`${file} holds ${bytes.length} weights, not ${dimensions}: train it again`);
  return Float32Array.from(new Int8Array(bytes.buffer), (value) => value * model.scale);
}
