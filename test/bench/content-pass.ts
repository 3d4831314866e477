/**
 * The content stage alone over a corpus, on one thread: read, parse, classify every record.
 * Prints the records and the tag counts as JSON. Usage: node content-pass.js IN
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { classifyContent } from "../../src/stages/content/classify.js";
import type { Episode } from "../../src/model/pippa-record.js";

const [input] = process.argv.slice(2);
const tags: Record<string, number> = {};
let records = 0;
for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  if (line.trim() === "") continue;
  records++;
  for (const tag of Object.keys(classifyContent(JSON.parse(line) as Episode).tags)) tags[tag] = (tags[tag] ?? 0) + 1;
}
process.stdout.write(`${JSON.stringify({ records, tags })}\n`);
