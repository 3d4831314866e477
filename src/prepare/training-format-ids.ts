/** The training formats `pippa prepare` writes: a module of its own, free of the formatters, so the CLI can list them cheaply. */
export const PREPARE_FORMATS = ["metharme", "pygmalion", "chatml", "sharegpt", "openai", "axolotl", "template", "dpo"] as const;
export type PrepareFormat = (typeof PREPARE_FORMATS)[number];
