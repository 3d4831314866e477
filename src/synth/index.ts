export { PIPPA_CONVERSATIONS, PIPPA_PERSONAS, SYNTH_VERSION, corpusSize, synthesizeCorpus, synthesizeWithDuplicates } from "./corpus.js";
export type { PlantedKind, PlantedRecord, SynthOptions } from "./corpus.js";
export { Rng, zipfCumulative } from "../base/rng.js";
export { TextGenerator } from "./text.js";
export { synthesizeWithPii } from "./planted-pii.js";
export type { PiiPlantedRecord, PlantedPii } from "./planted-pii.js";
