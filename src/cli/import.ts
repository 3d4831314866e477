/** `pippa import FILE... -o OUT.jsonl`: contributor exports of any known format to PIPPA JSONL. */
import { Command, Option } from "commander";
import { stringifyPython } from "../formats/python-json.js";
import { writePippaLine } from "../formats/pippa-jsonl.js";
import { FROM_CHOICES } from "../formats/format-ids.js";
import { toPippa } from "../model/pippa-record.js";
import type { ImportedFile } from "../runner/import-files.js";
import { refuseOverwritingInputs } from "../runner/output-paths.js";
import { rejectEntryOf, rejectsPathFor } from "../runner/rejects.js";
import { AtomicFile } from "../runner/write-file.js";
import { formatCount } from "./format.js";
import { type CommandOutcome, parseInteger, parsePositiveInteger, type CliIo, LINE_STYLE_HELP, LINE_STYLES, lineStyleFor } from "./io.js";
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
      const toStdout = options.output === "-";
      await checkInputs([...files, options.card], io, outcome, { folders: true });
      const rejectsPath = options.rejects ?? rejectsPathFor(options.output, "pippa-import");
      await refuseOverwritingInputs([...files, options.card], [options.output, rejectsPath]);
      const output = toStdout ? null : new AtomicFile(options.output);
      const rejects = new AtomicFile(rejectsPath);
      const reports: ImportedFile[] = [];
      let episodes = 0;
      let rejected = 0;
      const progress = await importProgress("importing", files, io);
      try {
        for await (const event of importFiles(files, { card: options.card, from: options.from, timestamp: options.timestamp, maxFileBytes: options.maxFileBytes, onRead: progress.onRead })) {
          if (event.kind === "episode") {
            episodes++;
            progress.records();
            const line = `${options.episodes ? stringifyPython(event.episode) : writePippaLine(toPippa(event.episode), lineStyleFor(event.episode, options.lineStyle))}\n`;
            if (output) await output.write(line);
            else io.stdout.write(line);
          } else if (event.kind === "reject") {
            rejected++;
            const { error, raw } = event.reject;
            await rejects.write(`${JSON.stringify(rejectEntryOf(error, raw))}\n`);
          } else if (event.kind === "file") {
            reports.push(event.report);
          }
        }
        await output?.commit();
        if (rejects.started) await rejects.commit();
      } catch (error) {
        await output?.abort();
        await rejects.abort();
        throw error;
      } finally {
        progress.done();
      }
      if (options.json) {
        io.stdout.write(`${JSON.stringify({ episodes, rejected, rejects: rejected > 0 ? rejects.path : null, files: reports })}\n`);
      } else {
        for (const report of reports) {
          io.stderr.write(`${report.source}: ${report.format ?? "unreadable"}, ${formatCount(report.episodes)} conversation(s), ${formatCount(report.rejected)} rejected\n`);
          for (const warning of report.warnings) io.stderr.write(`  note: ${warning}\n`);
        }
        const where = rejected > 0 ? `; refused input in ${rejects.path}` : "";
        io.stderr.write(`imported ${formatCount(episodes)} conversation(s) from ${reports.length} file(s) to ${options.output}${where}\n`);
      }
      outcome.refused(rejected);
    });
}
