/** The library entry point: what `import { … } from "pippa"` offers. */
export * from "./model/index.js";
export * from "./formats/index.js";
export * from "./stats/index.js";
export * from "./synth/index.js";
export * from "./runner/index.js";
export { run } from "./cli/main.js";
