/**
 * The baseline `pippa stats` is measured against: a bare single-threaded pass with `readline` and
 * `JSON.parse`, computing the same figures with the same statistics code.
 * Usage: node baseline-readline.js FILE
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { CorpusStats } from "../../src/stats/corpus-stats.js";
import type { PippaRecord } from "../../src/model/pippa-record.js";

const stats = new CorpusStats();
const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of lines) {
  if (line.trim() === "") continue;
  stats.addRecord(JSON.parse(line) as PippaRecord);
}
process.stdout.write(`${JSON.stringify(stats.summarise())}\n`);
