/** The formats pippa reads, and the names `--from` accepts (a module of its own, free of readers). */

export const FORMATS = [
  "pippa-jsonl",
  "sillytavern-chat",
  "cai-dump",
  "cai-definitions",
  "cai-turns",
  "ooba",
  "card-json",
  "card-png",
  "sillytavern-worldinfo",
] as const;
export type FormatId = (typeof FORMATS)[number];

/** Names accepted by `--from`, and the formats each allows. */
export const FROM_CHOICES: Record<string, readonly FormatId[]> = {
  pippa: ["pippa-jsonl"],
  sillytavern: ["sillytavern-chat"],
  "cai-dump": ["cai-dump", "cai-definitions"],
  "cai-tools": ["cai-dump", "cai-turns", "ooba", "sillytavern-chat", "card-json"],
  ooba: ["ooba"],
  card: ["card-json", "card-png"],
};
