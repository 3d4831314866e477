/** `pippa validate FILE...`: checks PIPPA JSONL files; exit 1 when any line is refused. */
import { Command } from "commander";
import { formatBytes, formatCount } from "./format.js";
import { type CommandOutcome, type CliIo } from "./io.js";
import { refuseOverwritingInputs } from "../runner/output-paths.js";
import { rejectsPathFor } from "../runner/rejects.js";
import { checkInputs } from "./inputs.js";
import { addScanOptions, scanWithProgress, type ScanCliOptions } from "./scan.js";

interface ValidateOptions extends ScanCliOptions {
  json?: boolean;
  /** A path, or false for --no-rejects; undefined means `<file>.rejects.jsonl` beside each input. */
  rejects?: string | false;
}

export function validateCommand(io: CliIo, outcome: CommandOutcome): Command {
  const command = new Command("validate")
    .description("Check PIPPA JSONL files line by line and summarise what is wrong and where.")
    .argument("<files...>", "PIPPA JSONL files, or - for standard input")
    .option("--json", "print one JSON object instead of text")
    .option("--rejects <file>", "write every refused line here (default: <file>.rejects.jsonl beside each input)")
    .option("--no-rejects", "do not write refused lines anywhere")
    .addHelpText("after", "\nExit status: 0 when every line is a valid record, 1 when any is refused.\n\nExample:\n  pippa validate pippa.jsonl\n");
  addScanOptions(command).action(async (files: string[], options: ValidateOptions) => {
    const rejectsFor = (source: string) =>
      options.rejects === false ? null : typeof options.rejects === "string" ? options.rejects : rejectsPathFor(source, "stdin");
    await checkInputs(files, io, outcome);
    await refuseOverwritingInputs(files, files.map(rejectsFor));
    const report = await scanWithProgress(files, options, io, rejectsFor);
    const records = report.files.reduce((total, file) => total + file.records, 0);
    const rejected = report.files.reduce((total, file) => total + file.rejected, 0);
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ ok: rejected === 0, records, rejected, files: report.files })}\n`);
    } else {
      for (const file of report.files) {
        const where = file.rejectsPath ? ` (refused lines in ${file.rejectsPath})` : "";
        io.stdout.write(`${file.source}: ${formatCount(file.records)} records ok, ${formatCount(file.rejected)} rejected, ${formatBytes(file.bytes)}${where}\n`);
        for (const error of file.firstErrors) io.stdout.write(`  ${error}\n`);
        if (file.rejected > file.firstErrors.length) io.stdout.write(`  ... and ${formatCount(file.rejected - file.firstErrors.length)} more\n`);
        if (file.firstWarning) io.stdout.write(`  warning (${formatCount(file.warnings)} in all): ${file.firstWarning}\n`);
      }
      if (report.files.length > 1) io.stdout.write(`total: ${formatCount(records)} records ok, ${formatCount(rejected)} rejected\n`);
    }
    outcome.refused(rejected);
  });
  return command;
}
