export { createProgress, canDrawProgress } from "./progress.js";
export type { Progress, ProgressState, ProgressStream } from "./progress.js";
export { writeRejects, toRejectEntry } from "./rejects.js";
export type { RejectEntry, RejectsPart } from "./rejects.js";
export { scanPippaFiles, formatReject } from "./scan-files.js";
export type { FileReport, ScanOptions, ScanProgress, ScanReport } from "./scan-files.js";
export { planShards } from "./shards.js";
export type { ByteRange } from "./shards.js";
export { writeFileAtomically } from "./write-file.js";
