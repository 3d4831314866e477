/** The stages of a build, runtime-neutral: clean, content, redact, dedup, filter, and the per-record list that runs them. */
export { cleanEpisode, cleanText, DEFAULT_CLEAN_OPTIONS, type CleanOptions } from "./clean.js";
export * from "./content/index.js";
export * from "./dedup/index.js";
export { DEFAULT_FILTERS, degenerateReason, loadLanguageDetector, qualityFilter, type FilterOptions } from "./filter.js";
export * from "./redact/index.js";
export * from "./record-stages.js";
export { StageCounters, type Predicate, type Verdict } from "./stage.js";
