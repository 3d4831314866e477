/**
 * The files a streaming command writes (import, redact, pii scan): its records (to a file, or to
 * standard output for "-"), its rejects file and, when asked for, an audit. They are checked
 * against the inputs before anything is read, written through temporary files, and put in place
 * together when the work succeeds; when it fails, none of them is left behind.
 */
import { refuseOverwritingInputs } from "./output-paths.js";
import { RejectsFile, rejectsPathFor } from "./rejects.js";
import { AtomicFile } from "./write-file.js";

export interface CommandOutputsOptions {
  /** What the command reads (options not given may be left in): no output may be one of them. */
  inputs: readonly (string | false | null | undefined)[];
  /** Where the records go; "-" for standard output. */
  output: string;
  /** Standard output, written to when `output` is "-". */
  stdout: { write(text: string): unknown };
  /** Names the rejects file when the records go to standard output (`<command>.rejects.jsonl`). */
  command: string;
  /** Where refused input goes [`<output>.rejects.jsonl`]. */
  rejects?: string;
  /** Where the audit goes [no audit]. */
  audit?: string;
}

/** A command's open outputs; see `openCommandOutputs`. */
export class CommandOutputs {
  readonly rejects: RejectsFile;
  /** The audit, when one was asked for. */
  readonly audit: AtomicFile | null;
  private readonly records: AtomicFile | null;
  private readonly stdout: CommandOutputsOptions["stdout"];

  constructor(options: CommandOutputsOptions) {
    this.records = options.output === "-" ? null : new AtomicFile(options.output);
    this.audit = options.audit ? new AtomicFile(options.audit) : null;
    this.rejects = new RejectsFile(options.rejects ?? rejectsPathFor(options.output, options.command));
    this.stdout = options.stdout;
  }

  /** Appends to the records' output. */
  async write(text: string): Promise<void> {
    if (this.records) await this.records.write(text);
    else this.stdout.write(text);
  }

  /**
   * Awaits `work`, then puts every output in place (the rejects file only if something was
   * refused); if `work` throws, removes them all and rethrows.
   */
  async complete<T>(work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      await this.records?.commit();
      await this.audit?.commit();
      await this.rejects.commit();
      return result;
    } catch (error) {
      await this.records?.abort();
      await this.audit?.abort();
      await this.rejects.abort();
      throw error;
    }
  }
}

/**
 * A command's outputs, once none of them is one of its inputs (PIPPA_E_USAGE otherwise). Nothing is
 * created until something is written.
 *
 * @example
 * const outputs = await openCommandOutputs({ inputs: files, output: "redacted.jsonl", stdout: process.stdout, command: "redact" });
 * await outputs.complete(async () => { for (const line of lines) await outputs.write(line); });
 */
export async function openCommandOutputs(options: CommandOutputsOptions): Promise<CommandOutputs> {
  const outputs = new CommandOutputs(options);
  await refuseOverwritingInputs(options.inputs, [options.output, outputs.audit?.path, outputs.rejects.path]);
  return outputs;
}
