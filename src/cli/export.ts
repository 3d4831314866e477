/**
 * `pippa export IN... --to sillytavern|card -o DIR`: conversations back into community formats:
 * one modern SillyTavern chat per conversation, or one V2 PNG card plus JSON per distinct bot.
 * Reads anything `pippa import` reads, so it also converts between formats.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { writeFileAtomically } from "../runner/write-file.js";
import { formatCount } from "./format.js";
import { type CommandOutcome, type CliIo } from "./io.js";
import { refuseOverwritingInputs } from "../runner/output-paths.js";
import { checkInputs } from "./inputs.js";
import { importProgress } from "./import-progress.js";

const TARGETS = ["sillytavern", "card"] as const;
type Target = (typeof TARGETS)[number];

/** A file-name-safe form of a bot name. */
export function safeFileName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N} ._-]+/gu, "_").replace(/^[ ._]+|[ .]+$/g, "").slice(0, 60);
  return safe || "bot";
}

export function exportCommand(io: CliIo, outcome: CommandOutcome): Command {
  return new Command("export")
    .description("Write conversations as SillyTavern chats (one .jsonl each) or their bots as character cards (V2 PNG + JSON each).")
    .argument("<files...>", "PIPPA JSONL, episodes, or anything pippa import reads")
    .requiredOption("--to <format>", `one of ${TARGETS.join(", ")}`, (value: string) => {
      if (!(TARGETS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${TARGETS.join(", ")}`);
      return value as Target;
    })
    .requiredOption("-o, --output <dir>", "folder to write into (created if missing)")
    .option("--user-name <name>", 'the human speaker\'s name in SillyTavern chats ["User"]')
    .addHelpText("after", "\nExamples:\n  pippa export pippa.jsonl --to sillytavern -o chats/\n  pippa export pippa.jsonl --to card -o cards/")
    .action(async (files: string[], options: { to: Target; output: string; userName?: string }) => {
      const { cardForEpisode } = await import("../formats/character-card/card-fields.js");
      const { writeCardPng } = await import("../formats/character-card/card-png.js");
      const { toCardV2 } = await import("../formats/character-card/card.js");
      const { writeSillyTavernChat } = await import("../formats/chats/sillytavern-chat.js");
      const { importFiles } = await import("../runner/import-files.js");
      await checkInputs(files, io, outcome, { folders: true });
      await refuseOverwritingInputs(files, [options.output]);
      await mkdir(options.output, { recursive: true });
      const seenBots = new Set<string>();
      let written = 0;
      let conversations = 0;
      let rejected = 0;
      const progress = await importProgress("exporting", files, io);
      for await (const event of importFiles(files, { onRead: progress.onRead })) {
        if (event.kind === "reject") {
          rejected++;
          io.stderr.write(`skipped: ${event.reject.error.toString()}\n`);
          continue;
        }
        if (event.kind !== "episode") continue;
        const { episode } = event;
        conversations++;
        progress.records();
        const base = safeFileName(episode.bot_name);
        if (options.to === "sillytavern") {
          const path = join(options.output, `${base}_${String(conversations).padStart(5, "0")}.jsonl`);
          await writeFileAtomically(path, () => [writeSillyTavernChat(episode, { userName: options.userName })]);
          written++;
        } else if (!seenBots.has(episode.bot_id)) {
          seenBots.add(episode.bot_id);
          const card = cardForEpisode(episode);
          const stem = join(options.output, `${base}_${safeFileName(episode.bot_id).slice(0, 8)}`);
          await writeFileAtomically(`${stem}.png`, () => [writeCardPng(card)]);
          await writeFileAtomically(`${stem}.json`, () => [`${JSON.stringify(toCardV2(card), null, 2)}\n`]);
          written++;
        }
      }
      progress.done();
      const what = options.to === "sillytavern" ? "chat file(s)" : "card(s)";
      io.stderr.write(`wrote ${formatCount(written)} ${what} from ${formatCount(conversations)} conversation(s) to ${options.output}${rejected ? `; ${rejected} input(s) skipped` : ""}\n`);
      outcome.refused(rejected);
    });
}
