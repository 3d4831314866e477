/**
 * The content stage alone over a corpus, on one thread: read, parse, classify every record.
 * Prints the records and the tag counts as JSON. Usage: node content-pass.js IN [--parse-only]
 * (`--parse-only` reads and parses without classifying: the part of the pass the build does anyway, outside the stage).
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { classifyContent } from "../../src/stages/content/classify.js";
import type { Episode } from "../../src/model/pippa-record.js";

const [input, mode] = process.argv.slice(2);
const classify = mode !== "--parse-only";
const tags: Record<string, number> = {};
let records = 0;
for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  if (line.trim() === "") continue;
  records++;
  const episode = JSON.parse(line) as Episode;
  if (!classify) continue;
  for (const tag of Object.keys(classifyContent(episode).tags)) tags[tag] = (tags[tag] ?? 0) + 1;
}
process.stdout.write(`${JSON.stringify({ records, tags })}\n`);
