/**
 * The `pippa` command line: one file per command, wired here. `run(argv, io)` is what tests call;
 * it returns the exit code instead of exiting (0 ok, 1 bad input, 2 usage).
 */
import { Command, CommanderError } from "commander";
import { ERROR_CODES, PippaError } from "../model/errors.js";
import { exitCodeOf, userFacingError } from "./errors.js";
import { buildCommand } from "./build.js";
import { taskCommand } from "./task.js";
import { cardCommand } from "./card.js";
import { demoCommand } from "./demo.js";
import { exportCommand } from "./export.js";
import { importCommand } from "./import.js";
import { piiCommand } from "./pii.js";
import { prepareCommand } from "./prepare.js";
import { redactCommand } from "./redact.js";
import { reportCommand } from "./report.js";
import { serveCommand } from "./serve.js";
import { CommandOutcome, EXIT_OK, EXIT_USAGE, type CliIo } from "./io.js";
import { statsCommand } from "./stats.js";
import { synthCommand } from "./synth.js";
import { validateCommand } from "./validate.js";

import { PIPPA_VERSION as VERSION } from "../model/version.js";

/** Output, error handling and help settings for a command and all its subcommands. */
function inheritSettings(command: Command, parent: Command): Command {
  command.copyInheritedSettings(parent);
  for (const sub of command.commands) inheritSettings(sub, command);
  return command;
}

function defaultIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/**
 * A flag and its negation on one command line ("--rejects out.jsonl --no-rejects") contradict
 * each other; commander would silently keep the last. Refused for every command (exit 2).
 */
function refuseContradictingFlags(argv: readonly string[]): void {
  const given = new Set(argv.filter((arg) => arg.startsWith("--")).map((arg) => arg.split("=")[0]));
  for (const flag of given) {
    if (flag.startsWith("--no-") && given.has(`--${flag.slice(5)}`)) {
      throw new PippaError(ERROR_CODES.usage, `--${flag.slice(5)} and ${flag} contradict each other: keep one`);
    }
  }
}

/**
 * Runs one pippa command line (`argv` without the node and script names).
 *
 * @example
 * const code = await run(["stats", "pippa.jsonl", "--json"]);
 */
export async function run(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const outcome = new CommandOutcome();
  const program = new Command("pippa")
    .description("Collect, scrub, compile, analyse and prepare persona-driven role-play chat datasets (PIPPA).")
    .version(VERSION)
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  for (const make of [validateCommand, statsCommand, reportCommand, importCommand, exportCommand, cardCommand, piiCommand, redactCommand, buildCommand, taskCommand, prepareCommand, serveCommand, synthCommand, demoCommand]) {
    program.addCommand(inheritSettings(make(io, outcome), program));
  }
  try {
    refuseContradictingFlags(argv);
    await program.parseAsync([...argv], { from: "user" });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ["commander.helpDisplayed", "commander.version", "commander.help"];
      return benign.includes(error.code) ? EXIT_OK : EXIT_USAGE;
    }
    // An ordinary mistake is one line; anything else is a bug and keeps its trace.
    const userError = userFacingError(error);
    if (!userError) throw error;
    io.stderr.write(`error: ${userError.toString()}\n`);
    return exitCodeOf(userError);
  }
}
