/** `pippa/node`: everything `pippa` offers, and the work on files and worker threads (Node only). */
export * from "./index.js";
export * from "./runner/index.js";
