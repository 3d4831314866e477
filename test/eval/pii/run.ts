/**
 * `npm run eval:pii`: scores the PII detectors on every labelled set present and prints one
 * Markdown report; `-- --readme` also writes it into README.md between its eval markers.
 * Sets: presidio-research's generated sample and Broad Twitter Corpus H (../shared/fixtures/pii,
 * skipped when absent), the project's own role-play sets (test/eval/pii) and the sets written
 * blind to the rules (test/eval/pii/blind). `-- --record-untouched` keeps each set's headline
 * figures in untouched.json, once, before any tuning on it; the summary shows them beside today's.
 * `-- --readme` also records the held-out sets' figures in src/stages/redact/measured-quality.ts.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadEnglishDictionary } from "../../../src/runner/dictionary.js";
import { PiiAnalyzer } from "../../../src/stages/redact/analyzer.js";
import { projectRoot, sharedFixtures } from "../../helpers/io.js";
import { writeReadmeSection } from "../../helpers/readme-section.js";
import { loadBroadTwitter, loadPresidio, loadRoleplayGold, PIPPA_TO_PRESIDIO } from "./datasets.js";
import { characterScores, leakRate, protectedKept, tokenScores, typeScores, type Document } from "./metrics.js";
import { GENERATED_SETS, measureHeldOutSets, predictConversations, predictStandalone, ROLE_PLAY_SETS } from "./sets.js";

const KEY_TYPES = ["EMAIL", "URL", "IP", "CREDIT_CARD", "PHONE"];
const PERSON_LIKE = new Set(["PERSON", "USER", "HANDLE"]);

function pct(value: number): string {
  return (100 * value).toFixed(1);
}

/** A set's headline figures, as the summary table and untouched.json hold them. */
interface Headline {
  charF2: number | null;
  leakRate: number;
  storyKept: number | null;
  redactions: number;
  tokenF2: number | null;
}

const headlines = new Map<string, Headline>();
/** Sets written blind to the rules: the ones whose untouched figures can still be recorded. */
const blindSets = new Set<string>();

function report(name: string, documents: readonly Document[], note: string, key = name): string {
  const chars = characterScores(documents);
  const leaks = leakRate(documents);
  const tokens = tokenScores(documents);
  const redactions = documents.reduce((total, document) => total + document.predicted.length, 0);
  const lines = [
    `### ${name}`,
    "",
    note,
    "",
    `| measure | value |`,
    `|---|---|`,
    `| texts / conversations | ${documents.length} / ${leaks.conversations} |`,
    `| character-level, label-agnostic precision / recall / **F2** | ${pct(chars.precision)} / ${pct(chars.recall)} / **${pct(chars.f)}** |`,
    `| token-level precision / recall / **F2** | ${pct(tokens.overall.precision)} / ${pct(tokens.overall.recall)} / **${pct(tokens.overall.f)}** |`,
    `| conversations with any leak (a gold span < 80% covered) | ${leaks.leaking} of ${leaks.conversations} (${pct(leaks.rate)}%) |`,
    `| redactions made | ${redactions} |`,
  ];
  const kept = protectedKept(documents);
  if (kept.total > 0) lines.push(`| story and character names left alone | ${kept.kept} of ${kept.total} (${pct(kept.rate)}%) |`);
  // A set with no personal information at all has no recall to weigh: its F2 is not a figure.
  const hasGold = documents.some((document) => document.gold.length > 0);
  headlines.set(key, { charF2: hasGold ? chars.f : null, leakRate: leaks.rate, storyKept: kept.total > 0 ? kept.rate : null, redactions, tokenF2: hasGold ? tokens.overall.f : null });
  if (documents.some((document) => document.gold.some((span) => span.rawType))) {
    lines.push("", "| gold type (tokens) | token recall |", "|---|---|");
    for (const [type, { tokens: count, recall }] of tokens.recallByType) lines.push(`| ${type} (${count}) | ${pct(recall)} |`);
  }
  lines.push("", "| type | gold | precision | recall | F1 |", "|---|---|---|---|---|");
  for (const [type, score] of typeScores(documents)) {
    const gold = score.truePositives + score.falseNegatives;
    lines.push(`| ${type} | ${gold} | ${pct(score.precision)} | ${gold === 0 ? "–" : pct(score.recall)} | ${gold === 0 ? "–" : pct(score.f)} |`);
  }
  return lines.join("\n");
}

/** One row per set: its figures when first scored (before any tuning on it) and today's. */
function summaryTable(now: ReadonlyMap<string, Headline>, untouched: Readonly<Record<string, Headline>>): string {
  const figure = (value: number | null | undefined) => (value === null || value === undefined ? "–" : pct(value));
  const lines = [
    "### Summary: first scored untouched, and now",
    "",
    "Each set's figures when it was first scored, before any rule was changed with it in view, beside today's. Sets marked *held out* are never used for tuning.",
    "",
    "| set | char F2 untouched → now | token F2 untouched → now | conversations leaking untouched → now (%) | story names kept (%) | redactions untouched → now |",
    "|---|---|---|---|---|---|",
  ];
  for (const [name, today] of now) {
    const before = untouched[name];
    lines.push(
      `| ${name} | ${figure(before?.charF2)} → **${figure(today.charF2)}** | ${figure(before?.tokenF2)} → **${figure(today.tokenF2)}** | ${figure(before?.leakRate)} → ${figure(today.leakRate)} | ${figure(before?.storyKept)} → ${figure(today.storyKept)} | ${before?.redactions ?? "–"} → ${today.redactions} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const root = projectRoot();
  const analyzer = await PiiAnalyzer.create({ dictionary: await loadEnglishDictionary() });
  const sections: string[] = [];
  const fixtures = sharedFixtures();
  if (fixtures) {
    const presidio = await loadPresidio(join(fixtures, "pii", "presidio_research_generated_small.json"));
    const presidioDocs = predictStandalone(analyzer, presidio, PIPPA_TO_PRESIDIO);
    sections.push(
      report(
        "presidio-research generated sample (100 texts)",
        presidioDocs,
        "Types mapped as presidio-research maps them (address, street, city and GPE are one location); every gold type counts in the label-agnostic score, TITLE and ORGANIZATION included.",
      ),
    );
    const keyRecall = KEY_TYPES.map((type) => {
      const score = typeScores(presidioDocs).get(type);
      return `${type} ${score ? pct(score.recall) : "–"}%`;
    });
    sections.push(`Recall on the validated types (presidio-research set): ${keyRecall.join(", ")}.`);
    const btc = await loadBroadTwitter(join(fixtures, "pii", "btc_section_h.spans.jsonl"));
    sections.push(
      report(
        "Broad Twitter Corpus, section H (2,001 tweets, PER only)",
        predictStandalone(analyzer, btc, { USER: "PERSON", HANDLE: "PERSON" }, (type) => PERSON_LIKE.has(type)),
        "Gold is the PER annotation only (handles included, as BTC labels them); only person-like predictions (PERSON, USER, HANDLE) are scored.",
      ),
    );
  } else {
    sections.push("(../shared/fixtures is absent: the presidio-research and Broad Twitter Corpus sets were skipped.)");
  }
  for (const [file, title, about] of GENERATED_SETS) {
    const path = join(root, "test", "eval", "pii", file);
    if (!existsSync(path)) continue;
    const texts = await loadPresidio(path);
    blindSets.add(title);
    sections.push(report(title, predictStandalone(analyzer, texts, PIPPA_TO_PRESIDIO), `${about}; types mapped as for presidio-research's sample, each text analysed alone.`));
  }
  for (const [file, title, about] of ROLE_PLAY_SETS) {
    const path = join(root, "test", "eval", "pii", file);
    if (!existsSync(path)) continue;
    const gold = await loadRoleplayGold(path);
    if (file.startsWith("blind/")) blindSets.add(title);
    const documents = predictConversations(analyzer, gold);
    sections.push(report(`${title} (${gold.length} messages)`, documents, `${about}; each conversation is analysed whole, as \`pippa redact\` does. \`[[TYPE|…]]\` spans are PII, \`<<…>>\` story names that must stay.`, title));
    const keyRecall = KEY_TYPES.map((type) => {
      const score = typeScores(documents).get(type);
      return `${type} ${score ? pct(score.recall) : "–"}%`;
    });
    sections.push(`Recall on the validated types (${title}): ${keyRecall.join(", ")}.`);
  }
  const untouchedPath = join(root, "test", "eval", "pii", "untouched.json");
  const untouched = existsSync(untouchedPath) ? (JSON.parse(await readFile(untouchedPath, "utf8")) as Record<string, Headline>) : {};
  if (process.argv.includes("--record-untouched")) {
    // Only sets never recorded: an untouched figure is measured once, before tuning on the set.
    for (const [name, figures] of headlines) if (blindSets.has(name)) untouched[name] ??= figures;
    await writeFile(untouchedPath, `${JSON.stringify(untouched, null, 2)}\n`);
  }
  sections.unshift(summaryTable(headlines, untouched));
  const markdown = sections.join("\n\n");
  process.stdout.write(`${markdown}\n`);
  if (process.argv.includes("--readme")) {
    await writeReadmeSection(root, "pii-eval", markdown);
    // The held-out figures the dataset card quotes, measured again for these rules.
    const measuredPath = join(root, "src", "stages", "redact", "measured-quality.ts");
    const module = await readFile(measuredPath, "utf8");
    const list = JSON.stringify(await measureHeldOutSets(analyzer, root), null, 2);
    await writeFile(measuredPath, module.replace(/export const MEASURED_REDACTION: readonly MeasuredSet\[\] = [\s\S]*;\n$/, `export const MEASURED_REDACTION: readonly MeasuredSet[] = ${list};\n`));
    process.stderr.write(`${measuredPath} updated\n`);
  }
}

await main();
