/**
 * The release's README.md: a Hugging Face dataset card with YAML front matter (licence, tags,
 * size category, the files as configs), then what a reader must know before using the data
 * (content, privacy and withdrawal, method, schema, statistics beside the PIPPA paper's,
 * limitations). Pure: figures in, Markdown out.
 */
import type { CorpusSummary } from "./corpus-stats.js";
import { formatNumber } from "./format-number.js";
import { PAPER_FIGURES } from "./paper-figures.js";
import type { MeasuredSet } from "../stages/redact/measured-quality.js";
import { PII_TYPES } from "../stages/redact/types.js";

/** What the content stage found in the published conversations. */
export interface ContentSummary {
  /** Published conversations carrying each content tag. */
  tags: Record<string, number>;
  /** Conversations the content policy kept out of the release. */
  withheld: number;
  /** Whether any published conversation holds adult or graphic content. */
  adultOrGraphic: boolean;
}

/** The stage settings the card describes (the build's configuration, after defaults). */
export interface CardMethod {
  pippaVersion: string;
  /** SHA-256 of the build configuration as build.json holds it. */
  configHash: string;
  seed: number;
  clean: boolean;
  redact: { operator: string; threshold: number; corpusNames: boolean } | false;
  dedup: { threshold: number; near: boolean; minPrefixMessages: number; bands: number; rows: number } | false;
  filter: { minTurns: number; emptyMessages: boolean; requireHuman: boolean; degenerate: boolean; languages: string[] | null } | false;
}

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
  /** Examples in pippa_metharme.jsonl, or null when it was not written. */
  metharme: { examples: number; notWritten: Record<string, number> } | null;
  method: CardMethod;
  /** Who to write to, and where to withdraw ("" when the curator gave none). */
  contact: string;
  withdrawalUrl: string;
  /** Null until a content stage has classified the release. */
  content: ContentSummary | null;
  /** Redaction quality on the held-out labelled sets. */
  measured: readonly MeasuredSet[];
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

/** Unclassified content counts as adult: the safer reading of role-play logs nobody has looked at. */
function mayHoldAdultContent(content: ContentSummary | null): boolean {
  return content === null || content.adultOrGraphic;
}

function frontMatter(input: DatasetCardInput, dedupedFile: string): string {
  const tags = ["roleplay", "conversational", "pippa", ...(mayHoldAdultContent(input.content) ? ["not-for-all-audiences"] : [])];
  const config = (name: string, path: string, isDefault = false) => [`- config_name: ${name}`, ...(isDefault ? ["  default: true"] : []), "  data_files:", "  - split: train", `    path: ${path}`];
  return [
    "---",
    `license: ${input.license}`,
    `pretty_name: ${yamlString(input.prettyName)}`,
    "language:",
    "- en",
    "task_categories:",
    "- text-generation",
    "tags:",
    ...tags.map((tag) => `- ${tag}`),
    "size_categories:",
    `- ${sizeCategory(input.summary.conversations)}`,
    "configs:",
    ...config("pippa_deduped", dedupedFile, true),
    ...config("pippa", "pippa.jsonl"),
    ...(input.metharme ? config("pippa_metharme", "pippa_metharme.jsonl") : []),
    "---",
  ].join("\n");
}

function caution(content: ContentSummary | null): string {
  if (content === null) {
    return "> **Caution: this release was not classified for content.** Role-play conversations like these often hold sexual, violent and otherwise disturbing scenes, and models trained on them can produce such text. Treat it as adult material: review it before use, and keep it away from minors and from products meant for them.";
  }
  if (content.adultOrGraphic) {
    return "> **Caution: this release holds adult and graphic content** (see *Content* for how much). Models trained on it can produce sexual and violent text. Keep it away from minors and from products meant for them, and filter by the content tags if your use needs less.";
  }
  return "> The content stage found no adult or graphic content in the published conversations. Automatic tagging misses some; review the data before a use that depends on it.";
}

function contentSection(input: DatasetCardInput): string {
  const { content } = input;
  if (content === null) {
    return `## Content

No content stage classified these conversations, so nothing here says which hold adult or graphic
content; the release is tagged \`not-for-all-audiences\` for that reason. Sexual content involving
minors must never be published, and without a content stage nothing checked for it: report any you
find to the contact below and it is removed from the next release.`;
  }
  const rows = Object.entries(content.tags)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tag, count]) => `| ${tag} | ${formatNumber(count)} | ${share(count, input.summary.conversations)} |`);
  return `## Content

Each conversation was tagged by pippa's content stage (rules over the text before redaction: explicit
sexual activity, graphic violence, self-harm, characters under 18, hate); a conversation may carry
several tags. Conversations the content policy does not allow were withheld from every file here:
${formatNumber(content.withheld)}. Sexual content involving minors is always withheld; the tags are
rules, not judgement, so some content is missed and some tagged wrongly.
${content.adultOrGraphic ? "\nThe Hugging Face Hub's content guidelines ask for the `not-for-all-audiences` tag on such content, which this card sets; consider gating access to the dataset too.\n" : ""}

| tag | conversations | share |
|---|---|---|
${rows.join("\n") || "| (none) | 0 | |"}`;
}

function share(count: number, total: number): string {
  if (total === 0) return "–";
  const percent = (100 * count) / total;
  return percent > 0 && percent < 0.05 ? "<0.1%" : `${percent.toFixed(1)}%`;
}

const percent = (value: number | null) => (value === null ? "–" : `${(100 * value).toFixed(1)}%`);

/** What replaces each kind of personal information under the configured operator. */
function replacements(operator: string): string {
  const types = PII_TYPES.filter((type) => type !== "USER");
  if (operator === "placeholder") return `a placeholder naming its kind: ${types.map((type) => `\`<${type}>\``).join(", ")}`;
  if (operator === "mask") return "one `*` per character (spaces kept), so the length shows but not the value";
  return "a made-up value of the same kind (a fake name, address, number), the same fake for the same value everywhere in the release, keyed by a secret the curator keeps";
}

function privacySection(input: DatasetCardInput): string {
  const { redact } = input.method;
  const redaction = redact
    ? `Before release every record went through pippa's redaction. It looks for personal information of
the real people (names, e-mail addresses, phone numbers, street addresses, ages, handles, URLs,
IP addresses, card and account numbers, dates of birth) and replaces each span with
${replacements(redact.operator)}. The contributor's own name, wherever it appears, becomes
\`{{user}}\`; the exporters' tokens such as \`[NAME_REDACTED]\` became \`{{user}}\` too. These tokens
appear inside messages, greetings and definitions: a model trained on the data learns them, so
replace or mask them in training if that matters to you. The characters' own names and the story's
people and places are left alone: a name the bot's persona uses, or one written to many unrelated
bots${redact.corpusNames ? " (counted across this release)" : ""}, is the story's. Spans scoring below ${redact.threshold} were left as they are.

Redaction is automatic and not perfect. Measured on labelled sets held out from tuning
(character-level, any kind counted as any kind; *leaking* is the share of conversations where some
personal information stays less than 80% covered):

| labelled set | analysed as | texts | precision | recall | F2 | conversations leaking | story names kept |
|---|---|---|---|---|---|---|---|
${input.measured.map((set) => `| ${set.set} | ${set.kind} | ${formatNumber(set.texts)} | ${percent(set.precision)} | ${percent(set.recall)} | ${percent(set.f2)} | ${percent(set.leakRate)} | ${percent(set.storyKept)} |`).join("\n")}

Figures from pippa ${input.method.pippaVersion}'s evaluation (\`npm run eval:pii\`); the sets are in its repository.`
    : "**This release was built with redaction switched off.** Personal information in the conversations was not looked for; nothing was replaced.";
  const contact = input.contact ? `Questions and reports: ${input.contact}.` : "The curator gave no contact address for this release.";
  const withdrawal = input.withdrawalUrl
    ? `Contributors can withdraw a contribution at ${input.withdrawalUrl} with the receipt they were given.`
    : input.contact
      ? "To withdraw a contribution, write to the contact above with its receipt."
      : "No withdrawal address was given; contributors who used a pippa portal can withdraw there with their receipt.";
  return `## Privacy

**Consent.** Every conversation here comes from a contribution marked public: its contributor
chose that in a pippa portal or the SillyTavern extension, or the curator, holding that consent,
placed it under \`public/\` or built with \`--consent public\`. Contributions marked private, and
those whose consent was not given, are not in this release.

**Redaction.** ${redaction}

**Withdrawal.** ${withdrawal} A withdrawn contribution is left out of every later release; copies
of this one that were already downloaded cannot be called back. ${contact}`;
}

function fieldsSection(input: DatasetCardInput): string {
  const metharme = input.metharme
    ? `

\`pippa_metharme.jsonl\` holds one training example per line:

| field | type | meaning |
|---|---|---|
| prompt | string | \`<\\|system\\|>\` and the persona prompt, then the turns as \`<\\|user\\|>…\` and \`<\\|model\\|>…\`, ending in \`<\\|model\\|>\` |
| generation | string | the bot's reply that follows the prompt (the conversation's last reply) |`
    : "";
  return `## Fields

| field | JSONL | Parquet (\`datasets\` feature) | meaning |
|---|---|---|---|
| submission_timestamp | integer, ms since 1970 UTC | \`timestamp[ms, tz=UTC]\` | when the conversation was submitted |
| categories | list of strings or null | list of \`string\`, nullable | the bot's categories |
| bot_id | string | \`string\` | the bot's id (one persona, one id) |
| bot_name | string | \`string\` | the bot's name |
| bot_greeting | string | \`string\` | the bot's first message |
| bot_definitions | string or null | \`string\`, nullable | example chats (\`{{char}}\`/\`{{random_user_n}}\` lines, \`END_OF_DIALOG\` between them) |
| bot_description | string or null | \`string\`, nullable | the bot's description |
| conversation | list of {message, is_human} | list of {\`message\`: \`string\`, \`is_human\`: \`bool\`} | the conversation, greeting first |

The Parquet file declares these features in its metadata (the \`huggingface\` key), so
\`load_dataset\` takes them as declared. Two differences from PIPPA's own loading script, on purpose:
nulls stay null (the script turns them into \`""\` and \`[]\`, which makes "no definitions" look like
empty ones), and \`conversation\` is a list of messages (the script's \`Sequence\` of a dict turns it
into one list of messages and one of flags); the timestamp is marked UTC, as epoch milliseconds are.${metharme}`;
}

function methodSection(input: DatasetCardInput): string {
  const { method } = input;
  const steps: string[] = [];
  steps.push(method.clean ? "**Clean**: exporter name tokens to `{{user}}`, runs of dots shortened, zero-width characters and stacked combining marks removed, mis-decoded UTF-8 repaired, messages trimmed." : "**Clean**: off.");
  steps.push(method.redact ? `**Redact**: see *Privacy* (operator \`${method.redact.operator}\`, threshold ${method.redact.threshold}).` : "**Redact**: off.");
  steps.push(
    method.dedup
      ? `**Deduplicate**: exact copies; shorter dumps of the same chat (the same first ${method.dedup.minPrefixMessages} or more messages)${method.dedup.near ? `; near copies: MinHash over word 5-grams (${method.dedup.bands} bands of ${method.dedup.rows} rows), every candidate pair verified by its true Jaccard similarity, kept as a duplicate from ${method.dedup.threshold}` : ""}. Each cluster keeps its longest conversation.`
      : "**Deduplicate**: off (`pippa_deduped` holds every public record that passed the filters).",
  );
  if (method.filter) {
    const kept = [
      `fewer than ${method.filter.minTurns} turns`,
      ...(method.filter.emptyMessages ? ["an empty message"] : []),
      ...(method.filter.requireHuman ? ["no human turn"] : []),
      ...(method.filter.degenerate ? ["a bot that loops (the same reply again and again, or one phrase repeated through a reply)"] : []),
      ...(method.filter.languages ? [`a language other than ${method.filter.languages.join(", ")}`] : []),
    ];
    steps.push(`**Filter**: conversations with ${kept.join("; ")} were left out.`);
  } else steps.push("**Filter**: off.");
  const stageRows = Object.entries(input.counts)
    .map(([stage, outcomes]) => `| ${stage} | ${Object.entries(outcomes).map(([outcome, count]) => `${outcome} ${formatNumber(count)}`).join(", ")} |`)
    .join("\n");
  const notWritten = input.metharme && Object.keys(input.metharme.notWritten).length > 0 ? ` (not written: ${Object.entries(input.metharme.notWritten).map(([reason, count]) => `${formatNumber(count)} ${reason}`).join(", ")})` : "";
  const metharme = input.metharme
    ? `\n\n\`pippa_metharme.jsonl\` is \`pippa_deduped.jsonl\` through \`pippa prepare --format metharme\` with its defaults: PIPPA's Metharme system prompt with the bot's description, consecutive turns of one speaker joined, one example per conversation (its last reply), no token budget; ${formatNumber(input.metharme.examples)} examples${notWritten}. Run \`pippa prepare\` on \`pippa_deduped.jsonl\` for other shapes (a token budget, one example per reply, chat templates).`
    : "";
  return `## How this release was built

Built by pippa ${method.pippaVersion} (seed ${method.seed}; configuration SHA-256 \`${method.configHash}\`, the \`config\` of \`build.json\`); the same inputs, configuration and seed give the same files byte for byte.

${steps.map((step) => `- ${step}`).join("\n")}

| stage | outcomes (public records) |
|---|---|
${stageRows}${metharme}`;
}

function statisticsSection(input: DatasetCardInput): string {
  const { summary } = input;
  const categories = summary.categories
    .slice(0, 10)
    .map(({ name, count }) => `| ${name} | ${formatNumber(count)} |`)
    .join("\n");
  return `## Statistics (pippa_deduped)

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
| (uncategorised) | ${formatNumber(summary.uncategorised)} |`;
}

function limitationsSection(input: DatasetCardInput): string {
  const multilingual = input.method.redact && input.measured.some((set) => /languages/.test(set.set)) ? " (see the multilingual set under *Privacy*)" : "";
  const languages = input.method.filter && input.method.filter.languages ? `Only conversations detected as ${input.method.filter.languages.join(", ")} were kept. ` : "";
  return `## Limitations and biases

- **Partly synthetic.** The bot side was written by language models playing personas; it carries
  their habits, mistakes and refusals, and the personas' creators' choices. Only the human side is
  people writing.
- **Who contributed.** The people who chose to share are a self-selected group of role-play
  enthusiasts; the topics follow their fandoms (anime, games, fiction) far more than the world at large.
- **Language.** ${languages}Most contributions are in English, and redaction is measured best in English; in other
  languages it finds less${multilingual}.
- **Redaction.** Automatic: some personal information stays, and some words that were not personal
  were replaced. Story names near real names may have been taken for them.
- **Consent is per contribution.** A conversation can mention people who did not contribute; the
  redaction is there for them, within the limits above.`;
}

export function renderDatasetCard(input: DatasetCardInput): string {
  const dedupedFile = input.hasParquet ? "pippa_deduped.parquet" : "pippa_deduped.jsonl";
  const files = [
    `| pippa_deduped (default) | \`${dedupedFile}\`${input.hasParquet ? " (also `pippa_deduped.jsonl`)" : ""} | ${formatNumber(input.summary.conversations)} conversations | the release: deduplicated and filtered, for analysis and fine-tuning |`,
    `| pippa | \`pippa.jsonl\` | ${formatNumber(input.allRecords)} conversations | every public record after cleaning and redaction, before dedup and filters |`,
    ...(input.metharme ? [`| pippa_metharme | \`pippa_metharme.jsonl\` | ${formatNumber(input.metharme.examples)} examples | prompt/generation pairs for Metharme-style fine-tuning |`] : []),
  ];
  return `${frontMatter(input, dedupedFile)}

# ${input.prettyName}

${caution(input.content)}

${input.description}

Persona-driven role-play conversations in the format of the PIPPA dataset (Gosling, Dale & Zheng,
2023, *PIPPA: A Partially Synthetic Conversational Dataset*): each record is one conversation with
the bot's name, greeting, definitions and description.

## Files

| config | file | rows | for |
|---|---|---|---|
${files.join("\n")}

\`build.json\` says how the files were made (pippa version, configuration, counts per stage).

${contentSection(input)}

${privacySection(input)}

${fieldsSection(input)}

${methodSection(input)}

${statisticsSection(input)}

${limitationsSection(input)}

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
