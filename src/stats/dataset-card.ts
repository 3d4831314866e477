/**
 * The release's README.md: a Hugging Face dataset card with YAML front matter (licence, size
 * category, the files as configs) and the statistics of the deduplicated release beside the PIPPA
 * paper's. Pure: figures in, Markdown out.
 */
import type { CorpusSummary } from "./corpus-stats.js";
import { formatNumber } from "./format-number.js";
import { PAPER_FIGURES } from "./paper-figures.js";

export interface DatasetCardInput {
  name: string;
  prettyName: string;
  license: string;
  description: string;
  summary: CorpusSummary;
  /** Records in pippa.jsonl (before dedup and filters). */
  allRecords: number;
  /** Counts per stage and outcome, as build.json holds them. */
  counts: Record<string, Record<string, number>>;
  hasParquet: boolean;
}

/** Hugging Face's size category for a number of rows. */
export function sizeCategory(rows: number): string {
  const bounds: [number, string][] = [
    [1_000, "n<1K"],
    [10_000, "1K<n<10K"],
    [100_000, "10K<n<100K"],
    [1_000_000, "100K<n<1M"],
    [10_000_000, "1M<n<10M"],
    [100_000_000, "10M<n<100M"],
  ];
  for (const [bound, label] of bounds) if (rows < bound) return label;
  return "n>1T";
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

export function renderDatasetCard(input: DatasetCardInput): string {
  const { summary } = input;
  const deduped = input.hasParquet ? "pippa_deduped.parquet" : "pippa_deduped.jsonl";
  const front = [
    "---",
    `license: ${input.license}`,
    `pretty_name: ${yamlString(input.prettyName)}`,
    "language:",
    "- en",
    "task_categories:",
    "- text-generation",
    "tags:",
    "- roleplay",
    "- conversational",
    "- pippa",
    "size_categories:",
    `- ${sizeCategory(summary.conversations)}`,
    "configs:",
    "- config_name: pippa_deduped",
    "  default: true",
    "  data_files:",
    "  - split: train",
    `    path: ${deduped}`,
    "- config_name: pippa",
    "  data_files:",
    "  - split: train",
    "    path: pippa.jsonl",
    "---",
  ].join("\n");
  const stageRows = Object.entries(input.counts)
    .map(([stage, outcomes]) => `| ${stage} | ${Object.entries(outcomes).map(([outcome, count]) => `${outcome} ${formatNumber(count)}`).join(", ")} |`)
    .join("\n");
  const categories = summary.categories
    .slice(0, 10)
    .map(({ name, count }) => `| ${name} | ${formatNumber(count)} |`)
    .join("\n");
  return `${front}

# ${input.prettyName}

${input.description}

Persona-driven role-play conversations in the format of the PIPPA dataset (Gosling, Dale & Zheng,
2023, *PIPPA: A Partially Synthetic Conversational Dataset*): each record is one conversation with
the bot's name, greeting, definitions and description. Contributions were collected with consent;
only those whose contributors agreed to a public release are here. Personal information was
redacted before release; the contributor's own name appears as \`{{user}}\`.

## Files

| config | file | records |
|---|---|---|
| pippa_deduped (default) | \`${deduped}\`${input.hasParquet ? " (also `pippa_deduped.jsonl`)" : ""} | ${formatNumber(summary.conversations)} |
| pippa | \`pippa.jsonl\` | ${formatNumber(input.allRecords)} |

\`pippa.jsonl\` holds every public record after cleaning and redaction; \`pippa_deduped\` the same after
duplicate removal and quality filtering.

## Fields

| field | type | meaning |
|---|---|---|
| submission_timestamp | int (ms) | when the conversation was submitted |
| categories | list of strings or null | the bot's categories |
| bot_id | string | the bot's id |
| bot_name | string | the bot's name |
| bot_greeting | string | the bot's first message |
| bot_definitions | string or null | example chats (\`{{char}}\`/\`{{random_user_n}}\` lines, \`END_OF_DIALOG\` between them) |
| bot_description | string or null | the bot's description |
| conversation | list of {message, is_human} | the conversation, greeting first |

## Statistics (pippa_deduped)

| | this release | PIPPA paper |
|---|---|---|
| conversations | ${formatNumber(summary.conversations)} | ${formatNumber(PAPER_FIGURES.conversations)} |
| personas (distinct bot_id) | ${formatNumber(summary.personas)} | ${formatNumber(PAPER_FIGURES.personas)} |
| messages | ${formatNumber(summary.messages)} | ${formatNumber(PAPER_FIGURES.messages)} |
| turns per conversation: median / mean / std / max | ${formatNumber(summary.turns.median, 1)} / ${formatNumber(summary.turns.mean)} / ${formatNumber(summary.turns.std)} / ${formatNumber(summary.turns.max)} | ${PAPER_FIGURES.turnsMedian} / ${PAPER_FIGURES.turnsMean} / ${PAPER_FIGURES.turnsStd} / ${formatNumber(PAPER_FIGURES.turnsMax)} |
| message length, characters: human median / mean | ${formatNumber(summary.message_chars.human.median, 1)} / ${formatNumber(summary.message_chars.human.mean)} | |
| message length, characters: bot median / mean | ${formatNumber(summary.message_chars.bot.median, 1)} / ${formatNumber(summary.message_chars.bot.mean)} | |

| category | conversations |
|---|---|
${categories || "| (none) | |"}
| (uncategorised) | ${formatNumber(summary.uncategorised)} |

## How this release was built

| stage | outcomes |
|---|---|
${stageRows}

## Citation

\`\`\`bibtex
@misc{gosling2023pippa,
  title={PIPPA: A Partially Synthetic Conversational Dataset},
  author={Tear Gosling and Alpin Dale and Yinhe Zheng},
  year={2023},
  eprint={2308.05884},
  archivePrefix={arXiv}
}
\`\`\`
`;
}
