export { DEFAULT_MAX_LINE_BYTES, LineSplitter, splitLines } from "./line-splitter.js";
export type { LineSink, LineSplitterOptions, SplitLine } from "./line-splitter.js";
export {
  firstInvalidUtf8Offset,
  isBlankLine,
  lineTooLongResult,
  parsePippaLine,
  parsePippaLineBytes,
  readPippaJsonl,
  writePippaLine,
} from "./pippa-jsonl.js";
export type { PippaLineResult, ReadPippaOptions } from "./pippa-jsonl.js";
export { readJsonLines } from "./json-lines.js";
export type { JsonLineResult, ReadJsonLinesOptions } from "./json-lines.js";
export { stringifyPython, stringifyPythonString } from "./python-json.js";
export * from "./character-card/index.js";
