/** The library entry point: what `import { … } from "pippa"` offers. The CLI sits on top of it and is not part of it. */
export * from "./model/index.js";
export * from "./formats/index.js";
export * from "./stats/index.js";
export * from "./synth/index.js";
export * from "./runner/index.js";
