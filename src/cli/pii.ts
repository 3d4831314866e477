/**
 * `pippa pii scan IN... -o SPANS.jsonl [--text-field FIELD]`: the spans the detectors find, one
 * output line per input line, for review or for scoring against labelled data.
 */
import { createReadStream } from "node:fs";
import { Command } from "commander";
import { readJsonLines } from "../formats/json-lines.js";
import { ERROR_CODES, PippaError } from "../model/errors.js";
import { isJsonObject } from "../model/json.js";
import { refuseOverwritingInputs } from "../runner/output-paths.js";
import { rejectEntryOf, rejectsPathFor } from "../runner/rejects.js";
import { AtomicFile } from "../runner/write-file.js";
import type { Span } from "../stages/redact/types.js";
import { formatCount } from "./format.js";
import { type CommandOutcome, type CliIo, CORPUS_NAMES_HELP } from "./io.js";
import { checkInputs } from "./inputs.js";
import { importProgress } from "./import-progress.js";
import { parseThreshold } from "./redact.js";

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
    .option("--threshold <score>", "drop spans scoring below this (0-1, default 0.5)", parseThreshold)
    .option("--no-corpus-names", CORPUS_NAMES_HELP)
    .addHelpText("after", "\nExamples:\n  pippa pii scan pippa.jsonl -o spans.jsonl\n  pippa pii scan tweets.jsonl --text-field text -o spans.jsonl")
    .action(async (files: string[], options: ScanOptions) => {
      const { importFiles } = await import("../runner/import-files.js");
      const { createPiiAnalyzer } = await import("../runner/pii-analyzer.js");
      await checkInputs(files, io, outcome, { folders: !options.textField });
      const rejectsPath = rejectsPathFor(options.output, "pii-scan");
      await refuseOverwritingInputs(files, [options.output, rejectsPath]);
      // A first pass over the conversations finds the story's names (a text field has no bot to count by).
      const storyNames = options.corpusNames && !options.textField ? await (await import("../runner/corpus-names.js")).countCorpusNames(files) : undefined;
      const analyzer = await createPiiAnalyzer({ threshold: options.threshold, storyNames });
      const output = options.output === "-" ? null : new AtomicFile(options.output);
      const rejects = new AtomicFile(rejectsPath);
      const write = async (line: string) => (output ? output.write(line) : void io.stdout.write(line));
      let lines = 0;
      let spans = 0;
      let rejected = 0;
      const reject = async (error: PippaError, raw: string) => {
        rejected++;
        await rejects.write(`${JSON.stringify(rejectEntryOf(error, raw))}\n`);
      };
      try {
        if (options.textField) {
          const field = options.textField;
          for (const source of files) {
            for await (const result of readJsonLines(createReadStream(source), { source })) {
              if (!result.ok) {
                await reject(result.error, result.raw);
                continue;
              }
              const { value, line, raw } = result;
              const text = isJsonObject(value) ? value[field] : undefined;
              if (typeof text !== "string") {
                await reject(new PippaError(ERROR_CODES.field, `expected a string field "${field}"`, { source, line, path: field }), raw);
                continue;
              }
              const found = analyzer.analyzeText(text);
              spans += found.length;
              lines++;
              const id = isJsonObject(value) && value.id !== undefined ? value.id : line;
              await write(`${JSON.stringify({ id, spans: found.map((span) => spanJson(field, span)) })}\n`);
            }
          }
        } else {
          const progress = await importProgress("scanning", files, io);
          for await (const event of importFiles(files, { onRead: progress.onRead })) {
            if (event.kind === "reject") await reject(event.reject.error, event.reject.raw);
            if (event.kind !== "episode") continue;
            progress.records();
            const { episode } = event;
            const found = analyzer.analyzeConversation(episode).flatMap(({ field, spans: fieldSpans }) => fieldSpans.map((span) => spanJson(field, span)));
            spans += found.length;
            lines++;
            await write(`${JSON.stringify({ id: episode.source?.line ?? lines, source: episode.source?.file, spans: found })}\n`);
          }
          progress.done();
        }
        await output?.commit();
        if (rejects.started) await rejects.commit();
      } catch (error) {
        await output?.abort();
        await rejects.abort();
        throw error;
      }
      io.stderr.write(`scanned ${formatCount(lines)} line(s): ${formatCount(spans)} span(s)${rejected ? `, ${rejected} line(s) refused (see ${rejects.path})` : ""}\n`);
      outcome.refused(rejected);
    });
  return pii;
}
