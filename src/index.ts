/**
 * `pippa`: the library, runtime-neutral (no Node-only import: it bundles for a browser). File
 * and worker-thread work is in `pippa/node`, the command line in `pippa/cli`.
 */
export * from "./model/index.js";
export * from "./formats/index.js";
export * from "./stages/index.js";
export * from "./stats/index.js";
export * from "./prepare/index.js";
export * from "./synth/index.js";
