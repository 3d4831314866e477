export { DEFAULT_DEDUP, DedupIndex, dedupFeatures } from "./dedup-index.js";
export type { DedupDecision, DedupFeatures, DedupOptions, DuplicateEdge, DuplicateKind } from "./dedup-index.js";
export { combine, fnv1a, mix32 } from "../../base/hashing.js";
export { DEFAULT_LSH, lshCandidates, minhashSignature } from "./minhash.js";
export type { LshOptions } from "./minhash.js";
export { SHINGLE_WORDS, comparableMessages, jaccard, shingleSet } from "./shingles.js";
