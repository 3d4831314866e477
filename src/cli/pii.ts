/**
 * `pippa pii scan IN... -o SPANS.jsonl [--text-field FIELD]`: the spans the detectors find, one
 * output line per input line, for review or for scoring against labelled data.
 */
import { createReadStream } from "node:fs";
import { Command } from "commander";
import { readJsonLines } from "../formats/pippa/json-lines.js";
import { ERROR_CODES, PippaError } from "../model/errors.js";
import { isJsonObject } from "../model/json.js";
import type { CommandOutputs } from "../runner/command-outputs.js";
import type { PiiAnalyzer } from "../stages/redact/analyzer.js";
import { DEFAULT_THRESHOLD, type Span } from "../stages/redact/types.js";
import { formatCount, refusedNote } from "./format.js";
import { type CommandOutcome, type CliIo, parseThreshold, CORPUS_NAMES_HELP } from "./io.js";
import { checkInputs } from "./inputs.js";
import { importProgress } from "./import-progress.js";

interface ScanOptions {
  output: string;
  textField?: string;
  threshold?: number;
  /** Learn story names from the whole input first [true]. */
  corpusNames: boolean;
}

function spanJson(field: string, span: Span) {
  return { field, start: span.start, end: span.end, type: span.type, score: Math.round(span.score * 100) / 100, rule: span.rule };
}

interface ScanCounts {
  lines: number;
  spans: number;
}

/** The spans in one string field of each JSON line; the line's `id` (else its line number) names it. */
async function scanTextField(files: readonly string[], field: string, analyzer: PiiAnalyzer, outputs: CommandOutputs): Promise<ScanCounts> {
  const counts = { lines: 0, spans: 0 };
  for (const source of files) {
    for await (const result of readJsonLines(createReadStream(source), { source })) {
      if (!result.ok) {
        await outputs.rejects.add(result.error, result.raw);
        continue;
      }
      const { value, line } = result;
      const text = isJsonObject(value) ? value[field] : undefined;
      if (typeof text !== "string") {
        await outputs.rejects.add(new PippaError(ERROR_CODES.field, `expected a string field "${field}"`, { source, line, path: field }), result.raw);
        continue;
      }
      const found = analyzer.analyzeText(text);
      counts.spans += found.length;
      counts.lines++;
      const id = isJsonObject(value) && value.id !== undefined ? value.id : line;
      await outputs.write(`${JSON.stringify({ id, spans: found.map((span) => spanJson(field, span)) })}\n`);
    }
  }
  return counts;
}

/** The spans in every conversation pippa import reads, one line each, named by its source line. */
async function scanConversations(files: readonly string[], analyzer: PiiAnalyzer, outputs: CommandOutputs, io: CliIo): Promise<ScanCounts> {
  const { importFiles } = await import("../runner/import-files.js");
  const counts = { lines: 0, spans: 0 };
  const progress = await importProgress("scanning", files, io);
  try {
    for await (const event of importFiles(files, { onRead: progress.onRead })) {
      if (event.kind === "reject") await outputs.rejects.add(event.reject.error, event.reject.raw);
      if (event.kind !== "episode") continue;
      progress.records();
      const { episode } = event;
      const found = analyzer.analyzeConversation(episode).flatMap(({ field, spans }) => spans.map((span) => spanJson(field, span)));
      counts.spans += found.length;
      counts.lines++;
      await outputs.write(`${JSON.stringify({ id: episode.source?.line ?? counts.lines, source: episode.source?.file, spans: found })}\n`);
    }
  } finally {
    progress.done();
  }
  return counts;
}

export function piiCommand(io: CliIo, outcome: CommandOutcome): Command {
  const pii = new Command("pii").description("Find personal information (see also: pippa redact).");
  pii
    .command("scan")
    .description(
      "Write the PII spans found in each input line: {id, spans: [{field, start, end, type, score, rule}]}. Offsets are UTF-16 code units of that field's text (JavaScript string indices; Python's differ only for characters beyond U+FFFF).",
    )
    .argument("<files...>", "PIPPA JSONL (or anything pippa import reads), or any JSONL with --text-field")
    .requiredOption("-o, --output <file>", "where to write the spans (- for standard output)")
    .option("--text-field <field>", "scan this string field of each JSON line instead of a PIPPA record's fields; the line's `id` (else its line number) is the id")
    .option("--threshold <score>", `drop spans scoring below this (0-1, default ${DEFAULT_THRESHOLD})`, parseThreshold)
    .option("--no-corpus-names", CORPUS_NAMES_HELP)
    .addHelpText("after", "\nExamples:\n  pippa pii scan pippa.jsonl -o spans.jsonl\n  pippa pii scan tweets.jsonl --text-field text -o spans.jsonl")
    .action(async (files: string[], options: ScanOptions) => {
      const { createCorpusAnalyzer } = await import("../runner/corpus-names.js");
      const { openCommandOutputs } = await import("../runner/command-outputs.js");
      const { textField } = options;
      await checkInputs(files, io, outcome, { folders: !textField });
      const outputs = await openCommandOutputs({ inputs: files, output: options.output, stdout: io.stdout, command: "pii-scan" });
      // A first pass over the conversations finds the story's names (a text field has no bot to count by).
      const analyzer = await createCorpusAnalyzer(files, { threshold: options.threshold, corpusNames: options.corpusNames && !textField });
      const counts = await outputs.complete(() => (textField ? scanTextField(files, textField, analyzer, outputs) : scanConversations(files, analyzer, outputs, io)));
      io.stderr.write(`scanned ${formatCount(counts.lines)} line(s): ${formatCount(counts.spans)} span(s)${refusedNote(outputs.rejects)}\n`);
      outcome.refused(outputs.rejects.count);
    });
  return pii;
}
