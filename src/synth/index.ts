export { PIPPA_CONVERSATIONS, PIPPA_PERSONAS, SYNTH_VERSION, corpusSize, synthesizeCorpus } from "./corpus.js";
export type { SynthOptions } from "./corpus.js";
export { Rng, zipfCumulative } from "./rng.js";
export { TextGenerator } from "./text.js";
