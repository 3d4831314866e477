/** `pippa card FILE [--json]` and `pippa card FILE --to v2|v3|png -o OUT`: show or convert a character card. */
import { readFile } from "node:fs/promises";
import { Command, InvalidArgumentError } from "commander";
import type { CharacterCard } from "../formats/character-card/card.js";
import { writeFileAtomically } from "../runner/write-file.js";
import { renderTable } from "./format.js";
import { type CommandOutcome, type CliIo } from "./io.js";
import { refuseOverwritingInputs } from "../runner/output-paths.js";
import { checkInputs } from "./inputs.js";

const TARGETS = ["v2", "v3", "png"] as const;
type Target = (typeof TARGETS)[number];

interface CardCliOptions {
  json?: boolean;
  to?: Target;
  output?: string;
  image?: string;
}

function parseTarget(value: string): Target {
  if (!(TARGETS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${TARGETS.join(", ")}`);
  return value as Target;
}

export function cardCommand(io: CliIo, outcome: CommandOutcome): Command {
  return new Command("card")
    .description("Print a character card (PNG or JSON, V1/V2/V3/Pygmalion) in canonical form, or convert it.")
    .argument("<file>", "the card: PNG with a chara/ccv3 chunk, or JSON")
    .option("--json", "print the canonical card as JSON")
    .option("--to <format>", "convert: v2 (JSON), v3 (JSON) or png (V2 chara + V3 ccv3 chunks)", parseTarget)
    .option("-o, --output <file>", "where --to writes (required with --to)")
    .option("--image <png>", "image for --to png when the card is JSON (default: the card's own PNG, else a blank 1x1 image)")
    .addHelpText("after", "\nExamples:\n  pippa card Seraphina.png --json\n  pippa card Seraphina.png --to v3 -o Seraphina.v3.json")
    .action(async (file: string, options: CardCliOptions, command: Command) => {
      const { readCardFile } = await import("../runner/import-files.js");
      const { card, warnings } = await readCardFile(file);
      for (const warning of warnings) io.stderr.write(`warning: ${warning}\n`);
      if (options.to) {
        if (!options.output) command.error("error: --to needs -o, --output <file>", { exitCode: 2, code: "pippa.usage" });
        await checkInputs([file], io, outcome);
        await refuseOverwritingInputs([file], [options.output]);
        await writeConverted(card, file, options.to, options.output!, options.image);
        io.stderr.write(`wrote ${options.to} card to ${options.output}\n`);
      } else if (options.json) {
        io.stdout.write(`${JSON.stringify(card, null, 2)}\n`);
      } else {
        io.stdout.write(await describeCard(card));
      }
    });
}

async function writeConverted(card: CharacterCard, file: string, target: Target, output: string, image?: string): Promise<void> {
  const { writeCardPng } = await import("../formats/character-card/card-png.js");
  const { isPng } = await import("../formats/character-card/png-chunks.js");
  const { toCardV2, toCardV3 } = await import("../formats/character-card/card.js");
  if (target === "png") {
    const source = image ? new Uint8Array(await readFile(image)) : new Uint8Array(await readFile(file));
    const png = writeCardPng(card, isPng(source) ? source : undefined, { source: image ?? file });
    await writeFileAtomically(output, () => [png]);
    return;
  }
  const converted = target === "v2" ? toCardV2(card) : toCardV3(card);
  await writeFileAtomically(output, () => [`${JSON.stringify(converted, null, 2)}\n`]);
}

function preview(text: string, length = 70): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 3)}...` : flat;
}

/** A short human summary: what the card holds and what pippa would make of it. */
async function describeCard(card: CharacterCard): Promise<string> {
  const { cardToBotFields } = await import("../formats/character-card/card-fields.js");
  const { data } = card;
  const fields = cardToBotFields(card);
  const examples = fields.bot_definitions ? fields.bot_definitions.split(/\nEND_OF_DIALOG\n/).length : 0;
  return `${renderTable([
    ["spec", `${card.spec} ${card.spec_version}`],
    ["name", data.name],
    ["greeting", preview(data.first_mes)],
    ["description", `${data.description.length} characters`],
    ["personality / scenario", `${data.personality.length} / ${data.scenario.length} characters`],
    ["example chats", String(examples)],
    ["alternate greetings", String(data.alternate_greetings.length)],
    ["tags", data.tags.join(", ") || "(none)"],
    ["lorebook entries", String(Array.isArray((data.character_book as { entries?: unknown[] } | undefined)?.entries) ? (data.character_book as { entries: unknown[] }).entries.length : 0)],
    ["creator", data.creator || "(unknown)"],
  ], "  ", false)}\n`;
}
