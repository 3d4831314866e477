export { DEFAULT_MAX_LINE_BYTES, LineSplitter, splitLines } from "./pippa/line-splitter.js";
export type { LineSink, LineSplitterOptions, SplitLine } from "./pippa/line-splitter.js";
export {
  firstInvalidUtf8Offset,
  isBlankLine,
  lineTooLongResult,
  parsePippaLine,
  parsePippaLineBytes,
  readPippaJsonl,
  writePippaLine,
} from "./pippa/pippa-jsonl.js";
export type { PippaLineResult, ReadPippaOptions } from "./pippa/pippa-jsonl.js";
export { readJsonLines } from "./pippa/json-lines.js";
export type { JsonLineResult, ReadJsonLinesOptions } from "./pippa/json-lines.js";
export { stringifyPython, stringifyPythonString } from "./pippa/python-json.js";
export * from "./character-card/index.js";
