/** `pippa prepare IN... --format FORMAT -o OUT_PREFIX`: training-ready files for fine-tuning. */
import { readFile, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { CONTENT_TAGS, type ContentTag } from "../stages/content/types.js";
import { didYouMean } from "../model/suggest.js";
import { ERROR_CODES, PippaError } from "../model/errors.js";
import { parseJson } from "../model/json.js";
import { PREPARE_FORMATS, type PrepareFormat } from "../prepare/training-format-ids.js";
import { formatCount, formatNumber } from "./format.js";
import { type CommandOutcome, parseInteger, parsePositiveInteger, parseShare, type CliIo } from "./io.js";
import { refuseOverwritingInputs } from "../runner/output-paths.js";
import { checkInputs } from "./inputs.js";
import { specialTokenText } from "../formats/training/chat-template.js";
import { importProgress } from "./import-progress.js";


/** Option parser for `--exclude-tags sexual,violence`. */
function parseContentTags(value: string): ContentTag[] {
  const tags = value.split(",").map((tag) => tag.trim()).filter(Boolean);
  for (const tag of tags) if (!(CONTENT_TAGS as readonly string[]).includes(tag)) throw new InvalidArgumentError(`"${tag}" is no content tag${didYouMean(tag, CONTENT_TAGS)}; the tags: ${CONTENT_TAGS.join(", ")}`);
  return tags as ContentTag[];
}

interface PrepareCliOptions {
  excludeTags?: ContentTag[];
  format: PrepareFormat;
  output: string;
  systemPrompt?: string;
  systemPromptFile?: string;
  persona: "description" | "description+examples";
  examples: "conversation" | "per-turn";
  merge: boolean;
  /** "model", "system" or "drop"; false from --no-greeting. */
  greeting: "model" | "system" | "drop" | false;
  maxTokens?: number;
  tokenizer: string;
  bosToken?: string;
  eosToken?: string;
  overflow: "truncate" | "drop";
  val: number;
  seed: number;
  chatTemplate?: string;
  names?: boolean;
  card?: string;
  workers?: number;
  json?: boolean;
}

async function readJsonFile(path: string): Promise<object> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new PippaError(ERROR_CODES.io, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { source: path });
  }
  return parseJson(text, { source: path }) as object;
}

/** `llama3`, or a tokenizer.json (or a folder holding one), with its tokenizer_config.json when beside it. */
async function tokenizerSpec(name: string) {
  if (name === "llama3") return { kind: "llama3" as const };
  const isFolder = await stat(name).then((info) => info.isDirectory(), () => false);
  const path = isFolder ? join(name, "tokenizer.json") : name;
  const json = await readJsonFile(path);
  const configPath = join(dirname(path), "tokenizer_config.json");
  const config = await stat(configPath).then(() => readJsonFile(configPath), () => ({}));
  return { kind: "tokenizer.json" as const, name: path, json, config };
}

/** The special tokens a tokenizer's config names (a string or an added-token object), for a .jinja template. */
function specialTokensOf(tokenizer: Awaited<ReturnType<typeof tokenizerSpec>>): { bos?: string; eos?: string } {
  if (tokenizer.kind === "llama3") return { bos: "<|begin_of_text|>" };
  const config = tokenizer.config as Record<string, unknown>;
  return { bos: specialTokenText(config.bos_token), eos: specialTokenText(config.eos_token) };
}

/** Formats that render (or measure) messages with a chat template when one is given. */
const CHAT_TEMPLATE_FORMATS: ReadonlySet<string> = new Set(["template", "sharegpt", "openai", "axolotl", "dpo"]);

export function prepareCommand(io: CliIo, outcome: CommandOutcome): Command {
  return new Command("prepare")
    .description(
      "Turn PIPPA files (or any export pippa imports) into training files: Metharme, Pygmalion, ChatML, ShareGPT, OpenAI, axolotl, a model's own chat template, or preference pairs from swipes; placeholders filled with drawn names, example chats parsed, consecutive turns merged, examples fitted to a token budget with a real tokenizer, personas split between train and validation.",
    )
    .argument("<inputs...>", "PIPPA JSONL files, episodes from `pippa import --episodes`, or chat exports")
    .addOption(new Option("--format <format>", "the training format").choices(PREPARE_FORMATS).makeOptionMandatory())
    .requiredOption("-o, --output <prefix>", "writes <prefix>.train.jsonl (and .val.jsonl), <prefix>.summary.json, <prefix>.rejects.jsonl, and the trainer's config: <prefix>.axolotl.yaml (axolotl), <prefix>.dataset_info.json (sharegpt, for LLaMA-Factory)")
    .option("--system-prompt <text>", "system prompt template with {{persona}}, {{char}} and {{user}} (default: PIPPA's Metharme prompt)")
    .option("--system-prompt-file <file>", "the system prompt template, from a file")
    .addOption(new Option("--persona <what>", "what {{persona}} holds").choices(["description", "description+examples"]).default("description"))
    .addOption(new Option("--examples <which>", "one example per conversation (its last reply) or one per reply").choices(["conversation", "per-turn"]).default("conversation"))
    .option("--no-merge", "keep consecutive turns of one speaker apart (default: joined by a blank line)")
    .addOption(new Option("--greeting <where>", "the character's greeting: the first model turn, folded into the system prompt (for chat templates that want a user turn first), or left out").choices(["model", "system", "drop"]).default("model"))
    .option("--no-greeting", "the same as --greeting drop")
    .option("--max-tokens <n>", "fit every example into this many tokens (oldest turns dropped first)", parsePositiveInteger)
    .option("--tokenizer <name|path>", 'tokenizer counting the tokens: "llama3" (bundled) or a Hugging Face tokenizer.json (or its folder)', "llama3")
    .addOption(new Option("--overflow <what>", "a reply too long for the budget even alone").choices(["truncate", "drop"]).default("truncate"))
    .option("--val <fraction>", "share of personas (by bot_id) held out for validation", parseShare, 0)
    .option("--seed <n>", "seed for names and the split; the same seed gives the same bytes", parseInteger, 1)
    .option("--chat-template <file>", "a Jinja chat template, or a tokenizer_config.json holding one (for --format template; also measures message formats)")
    .option("--bos-token <text>", "bos_token for a .jinja template (default: from the tokenizer's config; Llama 3's <|begin_of_text|> for the bundled one)")
    .option("--eos-token <text>", "eos_token for a .jinja template (default: from the tokenizer's config)")
    .option("--names", "openai format: add the speakers' names to the messages")
    .option("--exclude-tags <tags>", `leave out conversations with any of these content tags, comma-separated (${CONTENT_TAGS.join(", ")}); sexual with minor is always left out`, parseContentTags)
    .option("--card <file>", "character card for chats that carry none (SillyTavern, Oobabooga)")
    .option("--workers <n>", "worker threads (default: the CPU count)", parsePositiveInteger)
    .option("--json", "print the summary as one JSON object")
    .addHelpText(
      "after",
      "\nExamples:\n  pippa prepare release/pippa_deduped.jsonl --format metharme -o train/pippa --max-tokens 4096 --val 0.05\n  pippa prepare chats.jsonl --format template --chat-template tokenizer_config.json --tokenizer model/ -o out/chats\n  pippa prepare episodes.jsonl --format dpo -o out/prefs",
    )
    .action(async (inputs: string[], options: PrepareCliOptions, command: Command) => {
      const usage = (message: string) => command.error(`error: ${message}`, { exitCode: 2, code: "pippa.usage" });
      if (options.format === "template" && !options.chatTemplate) usage("--format template needs --chat-template FILE");
      // A flag the chosen format would ignore is refused, not silently dropped.
      if (options.systemPrompt !== undefined && options.systemPromptFile !== undefined) usage("--system-prompt and --system-prompt-file both give the system prompt: keep one");
      if (options.names && options.format !== "openai") usage(`--names adds speakers' names to openai messages; --format ${options.format} has no place for them`);
      if (options.chatTemplate && !CHAT_TEMPLATE_FORMATS.has(options.format)) usage(`--format ${options.format} does not use a chat template: drop --chat-template, or choose ${[...CHAT_TEMPLATE_FORMATS].join(", ")}`);
      const [{ runPrepare, PREPARE_OUTPUT_SUFFIXES }, { DEFAULT_SYSTEM_PROMPT }, { chatTemplateFrom }, { availableParallelism }] = await Promise.all([
        import("../runner/prepare/prepare.js"),
        import("../prepare/examples.js"),
        import("../formats/training/chat-template.js"),
        import("node:os"),
      ]);
      await checkInputs([...inputs, options.card, options.chatTemplate, options.systemPromptFile], io, outcome);
      await refuseOverwritingInputs([...inputs, options.card, options.chatTemplate, options.systemPromptFile, options.tokenizer], PREPARE_OUTPUT_SUFFIXES.map((suffix) => `${options.output}${suffix}`));
      const systemPrompt = options.systemPromptFile ? await readFile(options.systemPromptFile, "utf8") : (options.systemPrompt ?? DEFAULT_SYSTEM_PROMPT);
      const tokenizer = await tokenizerSpec(options.tokenizer);
      const template = options.chatTemplate ? chatTemplateFrom(await readFile(options.chatTemplate, "utf8"), options.chatTemplate) : null;
      // A .jinja file names no special tokens: they come from the flags or the tokenizer's config,
      // never rendered empty where the model expects them.
      const special = specialTokensOf(tokenizer);
      const chatTemplate = template && { ...template, bos_token: options.bosToken ?? template.bos_token ?? special.bos, eos_token: options.eosToken ?? template.eos_token ?? special.eos };
      const progress = await importProgress("preparing", inputs, io);
      let recordsDone = 0;
      const summary = await runPrepare({
        onRead: progress.onRead,
        onProgress: (records) => {
          progress.records(records - recordsDone);
          recordsDone = records;
        },
        inputs,
        outputPrefix: options.output,
        options: {
          format: options.format,
          dialogue: { mergeConsecutive: options.merge, mergeJoiner: "\n\n", keepGreeting: options.greeting !== false && options.greeting !== "drop" },
          examples: { systemPrompt, persona: options.persona, perTurn: options.examples === "per-turn", greeting: options.greeting === "system" ? "system" : "model" },
          window: options.maxTokens ? { maxTokens: options.maxTokens, overflow: options.overflow } : null,
          seed: options.seed,
          valFraction: options.val,
          names: options.names ?? false,
          excludeTags: options.excludeTags ?? [],
        },
        tokenizer,
        chatTemplate,
        card: options.card,
        workers: options.workers ?? availableParallelism(),
      });
      progress.done();
      if (options.json) {
        io.stdout.write(`${JSON.stringify(summary)}\n`);
      } else {
        for (const [split, part] of Object.entries(summary.splits)) {
          io.stdout.write(`${split}: ${formatCount(part.examples)} examples, ${formatCount(part.tokens.total)} tokens (mean ${formatNumber(part.tokens.mean, 1)}, max ${formatCount(part.tokens.max)}) -> ${part.file}\n`);
        }
        io.stdout.write(`${formatCount(summary.records)} records, ${formatCount(summary.records_with_examples)} with examples; ${formatCount(summary.truncated)} replies truncated, ${formatCount(summary.dropped_turns)} context turns dropped, ${formatCount(summary.merged_turns)} turns merged\n`);
        for (const [reason, count] of Object.entries(summary.dropped_examples)) io.stdout.write(`  not written: ${formatCount(count)} (${reason})\n`);
        for (const [reason, count] of Object.entries(summary.excluded_records)) io.stdout.write(`  conversations left out by content: ${formatCount(count)} (${reason})\n`);
        if (summary.consumer_config) io.stdout.write(`${summary.consumer_config.consumer} config -> ${summary.consumer_config.file}\n`);
      }
      if (options.format === "sharegpt") {
        // LLaMA-Factory skips a ShareGPT conversation unless the person speaks first and turns alternate.
        const fixes = [...(options.greeting === "model" ? ["--greeting system (or drop)"] : []), ...(options.merge ? [] : ["without --no-merge"])];
        if (fixes.length > 0) io.stderr.write(`note: LLaMA-Factory skips conversations that do not start with the person's turn and alternate: prepare with ${fixes.join(" and ")} for it\n`);
      }
      if (summary.rejected_records > 0) io.stderr.write(`warning: ${formatCount(summary.rejected_records)} record(s) refused, written to ${summary.rejects_file}\n`);
      outcome.refused(summary.rejected_records);
    });
}
