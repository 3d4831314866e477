export { PIPPA_CONVERSATIONS, PIPPA_PERSONAS, SYNTH_VERSION, corpusSize, synthesizeCorpus, synthesizeWithDuplicates } from "./corpus.js";
export type { PlantedKind, PlantedRecord, SynthOptions } from "./corpus.js";
export { Rng, zipfCumulative } from "../stats/rng.js";
export { TextGenerator } from "./text.js";
