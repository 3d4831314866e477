/**
 * Which training formats get their trainer's config written beside the data, and how. Only the
 * formats a trainer reads through a config file have one: axolotl (its YAML) and ShareGPT
 * (LLaMA-Factory's dataset_info.json). The others are read by code (TRL's `load_dataset("json")`)
 * or as plain text, which the README shows.
 */
import { renderAxolotlConfig } from "../formats/training/axolotl-config.js";
import type { ConsumerConfigInput } from "../formats/training/consumer-config.js";
import { renderLlamaFactoryDatasetInfo } from "../formats/training/llama-factory.js";
import type { PrepareFormat } from "./training-format-ids.js";

export type { ConsumerConfigInput } from "../formats/training/consumer-config.js";

export interface ConsumerConfig {
  /** The trainer that reads it, as people name it. */
  consumer: string;
  /** Appended to the output prefix. */
  suffix: string;
  render: (input: ConsumerConfigInput) => string;
}

const CONSUMER_CONFIGS: Partial<Record<PrepareFormat, ConsumerConfig>> = {
  axolotl: { consumer: "axolotl", suffix: ".axolotl.yaml", render: renderAxolotlConfig },
  sharegpt: { consumer: "LLaMA-Factory", suffix: ".dataset_info.json", render: renderLlamaFactoryDatasetInfo },
};

/** Every suffix a consumer config may be written under (for the overwrite check). */
export const CONSUMER_CONFIG_SUFFIXES: readonly string[] = Object.values(CONSUMER_CONFIGS).map((config) => config.suffix);

/** The config written beside `format`'s output, or null when that format has none. */
export function consumerConfigFor(format: PrepareFormat): ConsumerConfig | null {
  return CONSUMER_CONFIGS[format] ?? null;
}
