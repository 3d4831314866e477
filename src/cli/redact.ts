/**
 * `pippa redact IN... -o OUT.jsonl`: personal information replaced, everything else byte-identical,
 * with a private audit of what was replaced where.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import type { Episode } from "../model/pippa-record.js";
import type { Operator } from "../stages/redact/operators.js";
import { DEFAULT_OPERATOR, OPERATORS, type OperatorName } from "../stages/redact/operator-names.js";
import { DEFAULT_THRESHOLD } from "../stages/redact/types.js";
import { formatCount, refusedNote } from "./format.js";
import { type CommandOutcome, type CliIo, parseThreshold, CORPUS_NAMES_HELP, LINE_STYLE_HELP, LINE_STYLES, lineStyleFor, recordLine } from "./io.js";
import { checkInputs } from "./inputs.js";
import { importProgress } from "./import-progress.js";

interface RedactOptions {
  lineStyle: (typeof LINE_STYLES)[number];
  output: string;
  operator: OperatorName;
  audit?: string;
  auditValues?: boolean;
  secret?: string;
  threshold?: number;
  /** Learn story names from the whole input first [true]. */
  corpusNames: boolean;
  episodes?: boolean;
}

function parseOperator(value: string): OperatorName {
  if (!(OPERATORS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${OPERATORS.join(", ")}`);
  return value as OperatorName;
}

export function redactCommand(io: CliIo, outcome: CommandOutcome): Command {
  return new Command("redact")
    .description("Replace personal information in conversations; everything outside a redacted span stays byte-identical.")
    .argument("<files...>", "PIPPA JSONL, episodes, or anything pippa import reads")
    .requiredOption("-o, --output <file>", "where to write the redacted records (- for standard output)")
    .option("--operator <name>", `placeholder (<EMAIL>, <PHONE>, ...), mask (****) or surrogate (consistent fake values)`, parseOperator, DEFAULT_OPERATOR)
    .option("--audit <file>", "write what was redacted where (type, field, offsets, rule); keep it private")
    .option("--audit-values", "also write the redacted values into the audit")
    .option("--secret <secret>", "key for --operator surrogate (default: $PIPPA_REDACT_SECRET); the same key gives the same fakes")
    .option("--threshold <score>", "redact spans scoring at least this (0-1)", parseThreshold, DEFAULT_THRESHOLD)
    .option("--no-corpus-names", CORPUS_NAMES_HELP)
    .option("--episodes", "write episodes (swipes and names kept, redacted too) instead of PIPPA records")
    .addOption(new Option("--line-style <style>", LINE_STYLE_HELP).choices(LINE_STYLES).default("keep"))
    .addHelpText(
      "after",
      "\nThe contributor's own name becomes {{user}} with every operator.\n\nExample:\n  pippa redact contributions.jsonl -o redacted.jsonl --audit private/audit.jsonl",
    )
    .action(async (files: string[], options: RedactOptions, command: Command) => {
      const { importFiles } = await import("../runner/import-files.js");
      const { createCorpusAnalyzer } = await import("../runner/corpus-names.js");
      const { loadFakeValues, maskOperator, placeholderOperator, surrogateOperator } = await import("../stages/redact/operators.js");
      const { redactConversation } = await import("../stages/redact/redact-record.js");
      const { openCommandOutputs } = await import("../runner/command-outputs.js");
      let operator: Operator;
      if (options.operator === "surrogate") {
        const secret = options.secret ?? io.env.PIPPA_REDACT_SECRET;
        if (!secret) command.error("error: --operator surrogate needs a secret: --secret or $PIPPA_REDACT_SECRET", { exitCode: 2, code: "pippa.usage" });
        operator = surrogateOperator(secret!, await loadFakeValues());
      } else {
        operator = options.operator === "mask" ? maskOperator() : placeholderOperator();
      }
      await checkInputs(files, io, outcome, { folders: true });
      const outputs = await openCommandOutputs({ inputs: files, output: options.output, stdout: io.stdout, command: "redact", audit: options.audit });
      const analyzer = await createCorpusAnalyzer(files, { threshold: options.threshold, corpusNames: options.corpusNames });
      let records = 0;
      let spans = 0;
      const counts = new Map<string, number>();
      const progress = await importProgress("redacting", files, io);
      try {
        await outputs.complete(async () => {
          for await (const event of importFiles(files, { onRead: progress.onRead })) {
            if (event.kind === "reject") await outputs.rejects.add(event.reject.error, event.reject.raw);
            if (event.kind !== "episode") continue;
            records++;
            progress.records();
            const { record, audit: entries } = redactConversation(event.episode, analyzer, operator, { auditValues: options.auditValues });
            spans += entries.length;
            for (const entry of entries) counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
            // The names the contributor goes by are what was just redacted: they never leave.
            const { user_names: _names, ...episode } = record as Episode;
            await outputs.write(recordLine(episode, lineStyleFor(event.episode, options.lineStyle), options.episodes));
            if (outputs.audit) {
              const where = { source: event.episode.source?.file ?? null, line: event.episode.source?.line ?? null, bot_id: event.episode.bot_id };
              for (const entry of entries) await outputs.audit.write(`${JSON.stringify({ ...where, ...entry })}\n`);
            }
          }
        });
      } finally {
        progress.done();
      }
      const byType = [...counts].sort((a, b) => b[1] - a[1]).map(([type, count]) => `${type} ${count}`).join(", ");
      io.stderr.write(`redacted ${formatCount(spans)} span(s) in ${formatCount(records)} record(s)${byType ? ` (${byType})` : ""}${refusedNote(outputs.rejects)}\n`);
      outcome.refused(outputs.rejects.count);
    });
}
