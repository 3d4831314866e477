/**
 * One check of a command's inputs before it reads them, the same in every command: an input that
 * is not there, cannot be read, or is a folder where files are wanted stops the command with one
 * line saying which and why (exit 1); an empty file or folder is reported and counted as refused
 * (exit 1), and the rest is still read. "-" (standard input) is taken as it is.
 */
import { stat } from "node:fs/promises";
import { expandInputs } from "../runner/expand-inputs.js";
import { ERROR_CODES, PippaError } from "../model/errors.js";
import { userFacingError } from "./errors.js";
import type { CliIo, CommandOutcome } from "./io.js";

export interface InputRules {
  /** Folders are read (their files, recursively) [false]. */
  folders?: boolean;
}

export async function checkInputs(paths: readonly (string | undefined | null | false)[], io: CliIo, outcome: CommandOutcome, rules: InputRules = {}): Promise<void> {
  for (const path of paths) {
    if (typeof path !== "string" || path === "-") continue;
    const info = await stat(path).catch((error: unknown) => {
      throw userFacingError(Object.assign(error as Error, { path })) ?? error;
    });
    if (info.isDirectory()) {
      if (!rules.folders) throw new PippaError(ERROR_CODES.io, "is a folder: give the files in it (pippa import, redact and build read folders)", { source: path });
      // Read as the importer reads it (hidden entries skipped): a folder it finds no file in is empty.
      if ((await expandInputs([path])).length === 0) {
        io.stderr.write(`warning: ${path}: empty folder, nothing read\n`);
        outcome.refused();
      }
    } else if (!info.isFile()) {
      throw new PippaError(ERROR_CODES.io, "not a regular file", { source: path });
    } else if (info.size === 0) {
      io.stderr.write(`warning: ${path}: empty, nothing read\n`);
      outcome.refused();
    }
  }
}
