/** What a command may touch of the outside world, so tests can run commands in-process. */
import { InvalidArgumentError } from "commander";
import { stringifyPython } from "../formats/pippa/python-json.js";
import { writePippaLine } from "../formats/pippa/pippa-jsonl.js";
import { toPippa, type Episode, type LineStyle } from "../model/pippa-record.js";

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * What a command tells `run` about its inputs; the exit status follows from it, the same way in
 * every command: 0 when all input was read, 1 when any was missing, unreadable or refused (a
 * line, a record, a file), 2 for a usage error (raised, not reported here).
 */
export class CommandOutcome {
  private refusedInputs = 0;

  /** Counts inputs (lines, records, files) that were refused or could not be read. */
  refused(count = 1): void {
    if (count > 0) this.refusedInputs += count;
  }

  get exitCode(): number {
    return this.refusedInputs > 0 ? EXIT_BAD_INPUT : EXIT_OK;
  }
}

/** Option parser for a positive integer (`--workers 2`). */
export function parsePositiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 1) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return parsed;
}

/** Option parser for a non-negative integer (`--bootstrap 0`). */
export function parseNonNegativeInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 0) throw new InvalidArgumentError(`expected a non-negative integer, got "${value}"`);
  return parsed;
}

/** Option parser for a TCP port (`--port 8088`; 0: any free port). */
export function parsePort(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 0 || parsed > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535, got "${value}"`);
  return parsed;
}

/** Option parser for an integer (`--seed -3`). */
export function parseInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new InvalidArgumentError(`expected an integer, got "${value}"`);
  return parsed;
}

/** Option parser for a score in [0, 1] (`--threshold 0.7`). */
export function parseThreshold(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0 || parsed > 1) throw new InvalidArgumentError(`expected a number from 0 to 1, got "${value}"`);
  return parsed;
}

/** Option parser for a share in [0, 1) (`--min-tail-share 0.1`). */
export function parseShare(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0 || parsed >= 1) throw new InvalidArgumentError(`expected a share from 0 up to (not including) 1, got "${value}"`);
  return parsed;
}

/** Option parser for a positive number (`--scale 0.1`). */
export function parsePositiveNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new InvalidArgumentError(`expected a positive number, got "${value}"`);
  return parsed;
}

/** `--no-corpus-names` of the commands that redact a whole input (see runner/corpus-names). */
export const CORPUS_NAMES_HELP =
  'skip the first pass that finds the story\'s names: words people wrote to five or more unrelated bots (a fandom\'s characters and places), which then count as names only with a cue such as "my name is"';

/** `--line-style` of the commands that write PIPPA lines: how non-ASCII text is written. */
export const LINE_STYLE_HELP = 'how PIPPA lines write non-ASCII text: "keep" each input line\'s style (new lines escaped) [keep], "ascii" (\\uXXXX escapes, as the published PIPPA files) or "utf8" (as Python\'s ensure_ascii=False)';
export const LINE_STYLES = ["keep", "ascii", "utf8"] as const;

/** The style to write an episode's line in. */
export function lineStyleFor(episode: { source?: { style?: LineStyle } }, chosen: (typeof LINE_STYLES)[number]): LineStyle {
  return chosen === "keep" ? (episode.source?.style ?? "ascii") : chosen;
}

/** One output line, newline included: the episode as it is with `--episodes`, else its PIPPA record in `style`. */
export function recordLine(episode: Episode, style: LineStyle, asEpisode = false): string {
  return `${asEpisode ? stringifyPython(episode) : writePippaLine(toPippa(episode), style)}\n`;
}
