/**
 * `npm run eval:content`: scores the content tags on the labelled sets in test/eval/content/blind
 * (written blind to the rules; see its README), conversation by conversation: precision and recall
 * per tag, and how many conversations the never-publish rule (sexual with minor) would withhold.
 * `-- --record-untouched` keeps each set's figures in untouched.json once, before any tuning on
 * it; `-- --readme` writes the report into README.md between its content-eval markers.
 * `-- --misses` lists each set's wrong calls (for development sets only: never read a held-out one).
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { classifyContent } from "../../../src/stages/content/classify.js";
import { CONTENT_TAGS } from "../../../src/stages/content/types.js";
import { projectRoot } from "../../helpers/io.js";
import { writeReadmeSection } from "../../helpers/readme-section.js";
import { CONTENT_SETS, loadContentSet, loadPassageSet, loadSentenceSet, PASSAGE_SETS, scoreContent, SENTENCE_SETS, type TagScore } from "./score.js";

const pct = (value: number) => (100 * value).toFixed(1);

async function main(): Promise<void> {
  const root = projectRoot();
  const untouchedPath = join(root, "test", "eval", "content", "untouched.json");
  const untouched = existsSync(untouchedPath) ? (JSON.parse(await readFile(untouchedPath, "utf8")) as Record<string, Record<string, TagScore>>) : {};
  const sections: string[] = [];
  const summary: string[] = [];
  // The conversation sets are scored on every tag; the sentence sets, labelled for `minor` alone, and the passage sets,
  // labelled for `sexual` alone, on their tag. The misses of held-out sets are never listed.
  const groups = [
    { header: "set", sets: CONTENT_SETS, load: loadContentSet, tags: CONTENT_TAGS },
    { header: "sentence set", sets: SENTENCE_SETS, load: loadSentenceSet, tags: ["minor"] as const },
    { header: "passage set", sets: PASSAGE_SETS, load: loadPassageSet, tags: ["sexual"] as const },
  ];
  for (const group of groups) {
    summary.push(`| ${group.header} | tag | labelled | precision untouched → now | recall untouched → now |`, "|---|---|---|---|---|");
    for (const [file, title] of group.sets) {
      const path = join(root, "test", "eval", "content", file);
      if (!existsSync(path)) continue;
      const items = await group.load(path);
      const predicted = items.map((item) => classifyContent(item));
      const scores = scoreContent(items, predicted);
      if (process.argv.includes("--record-untouched")) untouched[title] ??= scores;
      for (const tag of group.tags) {
        const now = scores[tag];
        const before = untouched[title]?.[tag];
        summary.push(`| ${title} | ${tag} | ${now.labelled} | ${before ? pct(before.precision) : "–"} → **${pct(now.precision)}** | ${before ? pct(before.recall) : "–"} → **${pct(now.recall)}** |`);
      }
      if (process.argv.includes("--misses") && !title.includes("held out")) {
        const lines = [`### ${title}: wrong calls`, ""];
        items.forEach((item, i) => {
          for (const tag of group.tags) {
            const said = predicted[i].tags[tag] !== undefined;
            if (said === item.labels[tag]) continue;
            const evidence = predicted[i].evidence.filter((e) => e.tag === tag).map((e) => `${e.rule} "${item.textOf(e.field).slice(e.start, e.end)}" ${e.score}`);
            lines.push(`- ${item.id} ${tag} ${said ? "FP" : "FN"} (${item.note}) ${evidence.join("; ")}`);
          }
        });
        sections.push(lines.join("\n"));
      }
    }
    summary.push("");
  }
  if (process.argv.includes("--record-untouched")) await writeFile(untouchedPath, `${JSON.stringify(untouched, null, 2)}\n`);
  const markdown = [`Conversation-level scores per tag; *untouched* is each set's first score, before any rule was changed with it in view.`, "", ...summary, ...sections].join("\n");
  process.stdout.write(`${markdown}\n`);
  if (process.argv.includes("--readme")) {
    await writeReadmeSection(root, "content-eval", markdown);
  }
}

await main();
