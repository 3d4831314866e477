/** `pippa import FILE... -o OUT.jsonl`: contributor exports of any known format to PIPPA JSONL. */
import { Command, Option } from "commander";
import { FROM_CHOICES } from "../formats/import-format-ids.js";
import type { ImportedFile } from "../runner/import-files.js";
import { formatCount, refusedNote } from "./format.js";
import { type CommandOutcome, parseInteger, parsePositiveInteger, type CliIo, LINE_STYLE_HELP, LINE_STYLES, lineStyleFor, recordLine } from "./io.js";
import { checkInputs } from "./inputs.js";
import { importProgress } from "./import-progress.js";

interface ImportCliOptions {
  lineStyle: (typeof LINE_STYLES)[number];
  output: string;
  card?: string;
  from?: string;
  episodes?: boolean;
  timestamp?: number;
  rejects?: string;
  maxFileBytes?: number;
  json?: boolean;
}

export function importCommand(io: CliIo, outcome: CommandOutcome): Command {
  return new Command("import")
    .description(
      "Read contributor exports (PIPPA JSONL, SillyTavern chats, character cards, characterai-dumper and CAI Tools dumps, Oobabooga chats), detected by content, and write PIPPA JSONL.",
    )
    .argument("<files...>", "files or folders to import")
    .requiredOption("-o, --output <file>", "where to write the records (- for standard output)")
    .option("--card <file>", "character card (PNG or JSON) for SillyTavern/Oobabooga chats: the bot fields come from it")
    .option("--from <format>", `skip detection: one of ${Object.keys(FROM_CHOICES).join(", ")}`)
    .option("--episodes", "write the richer episode form: swipes, speaker names, the full card, source file and line")
    .addOption(new Option("--line-style <style>", LINE_STYLE_HELP).choices(LINE_STYLES).default("keep"))
    .option("--timestamp <ms>", "submission timestamp for every record (default: the {epoch_ms}_ file-name prefix, the content, or the file's modification time)", parseInteger)
    .option("--rejects <file>", "where refused input goes (default: <output>.rejects.jsonl)")
    .option("--max-file-bytes <n>", "largest whole-document file (JSON, PNG) read", parsePositiveInteger)
    .option("--json", "print the per-file summary as one JSON object")
    .addHelpText("after", "\nExample:\n  pippa import chats/ --card Seraphina.png -o contributions.jsonl")
    .action(async (files: string[], options: ImportCliOptions) => {
      const { importFiles } = await import("../runner/import-files.js");
      const { openCommandOutputs } = await import("../runner/command-outputs.js");
      await checkInputs([...files, options.card], io, outcome, { folders: true });
      const outputs = await openCommandOutputs({ inputs: [...files, options.card], output: options.output, stdout: io.stdout, command: "pippa-import", rejects: options.rejects });
      const reports: ImportedFile[] = [];
      let episodes = 0;
      const progress = await importProgress("importing", files, io);
      try {
        await outputs.complete(async () => {
          for await (const event of importFiles(files, { card: options.card, from: options.from, timestamp: options.timestamp, maxFileBytes: options.maxFileBytes, onRead: progress.onRead })) {
            if (event.kind === "episode") {
              episodes++;
              progress.records();
              await outputs.write(recordLine(event.episode, lineStyleFor(event.episode, options.lineStyle), options.episodes));
            } else if (event.kind === "reject") {
              await outputs.rejects.add(event.reject.error, event.reject.raw);
            } else if (event.kind === "file") {
              reports.push(event.report);
            }
          }
        });
      } finally {
        progress.done();
      }
      const { rejects } = outputs;
      if (options.json) {
        io.stdout.write(`${JSON.stringify({ episodes, rejected: rejects.count, rejects: rejects.count > 0 ? rejects.path : null, files: reports })}\n`);
      } else {
        for (const report of reports) {
          io.stderr.write(`${report.source}: ${report.format ?? "unreadable"}, ${formatCount(report.episodes)} conversation(s), ${formatCount(report.rejected)} rejected\n`);
          for (const warning of report.warnings) io.stderr.write(`  note: ${warning}\n`);
        }
        io.stderr.write(`imported ${formatCount(episodes)} conversation(s) from ${reports.length} file(s) to ${options.output}${refusedNote(rejects)}\n`);
      }
      outcome.refused(rejects.count);
    });
}
