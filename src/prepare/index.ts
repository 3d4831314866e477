/** Training examples from conversations, runtime-neutral: `pippa prepare`'s per-record work. */
export { formatterFor, prepareRecord, PREPARE_FORMATS, splitOf } from "./prepare-record.js";
export type { PreparedRecord, PrepareFormat, PrepareOptions, PrepareTools, Split } from "./prepare-record.js";
export { DEFAULT_SYSTEM_PROMPT } from "./examples.js";
