export { CorpusStats } from "./corpus-stats.js";
export type { CorpusStatsState, CorpusSummary } from "./corpus-stats.js";
export { IntSeries, RunningStats, quantileSorted, summariseSeries } from "./describe.js";
export type { IntSeriesState, RunningStatsState, SeriesSummary } from "./describe.js";
export { isWhitespaceCodePoint, measureText } from "../base/measure-text.js";
export type { TextMeasure } from "../base/measure-text.js";
export { PippaLineScanner } from "./scan-pippa-line.js";
