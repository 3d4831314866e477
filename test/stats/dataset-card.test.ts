import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse as parseYaml } from "yaml";
import { renderDatasetCard, type DatasetCardInput } from "../../src/stats/dataset-card.js";
import { CorpusStats } from "../../src/stats/corpus-stats.js";
import type { MeasuredSet } from "../../src/stages/redact/measured-quality.js";
import { sampleRecord } from "../helpers/records.js";
import { assertGolden } from "../helpers/golden.js";

const MEASURED: MeasuredSet[] = [
  { set: "role-play set C (held out)", kind: "role-play", texts: 196, precision: 0.958, recall: 0.884, f2: 0.898, leakRate: 0.5, storyKept: 0.985, redactions: 143 },
  { set: "role-play set K2, no personal information (held out)", kind: "role-play", texts: 120, precision: null, recall: null, f2: null, leakRate: 0, storyKept: 0.983, redactions: 4 },
];

function cardInput(overrides: Partial<DatasetCardInput> = {}): DatasetCardInput {
  const stats = new CorpusStats();
  for (const [i, categories] of [["Anime", "Fantasy"], ["Fantasy"], null].entries()) {
    stats.addRecord(sampleRecord({ bot_id: `bot-${i}`, categories }));
  }
  return {
    name: "pippa",
    prettyName: "Lighthouse role-play",
    license: "apache-2.0",
    description: "Chats with lighthouse keepers.",
    summary: stats.summarise(),
    allRecords: 5,
    counts: { clean: { changed: 2, unchanged: 3 }, dedup: { kept: 3, "duplicate-exact": 1 }, filter: { kept: 3, "too-few-turns": 1 } },
    hasParquet: true,
    metharme: { examples: 3, notWritten: {} },
    method: {
      pippaVersion: "1.2.3",
      configHash: "ab".repeat(32),
      seed: 1,
      clean: true,
      redact: { operator: "placeholder", threshold: 0.5, corpusNames: true },
      dedup: { threshold: 0.7, near: true, minPrefixMessages: 3, bands: 14, rows: 8 },
      filter: { minTurns: 3, emptyMessages: true, requireHuman: true, degenerate: true, languages: null },
    },
    contact: "data@example.org",
    withdrawalUrl: "https://example.org/withdraw",
    content: null,
    measured: MEASURED,
    ...overrides,
  };
}

/** The card's YAML front matter, parsed. */
function frontMatter(card: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(card);
  assert.ok(match, "front matter");
  return parseYaml(match[1]) as Record<string, unknown>;
}

describe("dataset card", () => {
  it("matches the golden card", async () => {
    await assertGolden("dataset-card.md", renderDatasetCard(cardInput()));
  });

  it("lists each file as a config the Hub reads, the deduplicated one by default", () => {
    const meta = frontMatter(renderDatasetCard(cardInput()));
    assert.deepEqual(meta.configs, [
      { config_name: "pippa_deduped", default: true, data_files: [{ split: "train", path: "pippa_deduped.parquet" }] },
      { config_name: "pippa", data_files: [{ split: "train", path: "pippa.jsonl" }] },
      { config_name: "pippa_metharme", data_files: [{ split: "train", path: "pippa_metharme.jsonl" }] },
    ]);
    const withoutExtras = frontMatter(renderDatasetCard(cardInput({ hasParquet: false, metharme: null })));
    assert.deepEqual((withoutExtras.configs as { data_files: { path: string }[] }[]).map((config) => config.data_files[0].path), ["pippa_deduped.jsonl", "pippa.jsonl"]);
  });

  it("tags adult content and cautions first when the content is unclassified or adult, and not otherwise", () => {
    const tags = (card: string) => frontMatter(card).tags as string[];
    const unclassified = renderDatasetCard(cardInput({ content: null }));
    assert.ok(tags(unclassified).includes("not-for-all-audiences"));
    // The caution comes right under the title, before anything else.
    assert.match(unclassified, /\n# Lighthouse role-play\n\n> \*\*Caution: this release was not classified for content\.\*\*/);
    const adult = renderDatasetCard(cardInput({ content: { tags: { sexual: 2, violence: 1 }, withheld: 1, adultOrGraphic: true } }));
    assert.ok(tags(adult).includes("not-for-all-audiences"));
    assert.match(adult, /\n# Lighthouse role-play\n\n> \*\*Caution: this release holds adult and graphic content\*\*/);
    assert.match(adult, /\| sexual \| 2 \| 66\.7% \|/);
    assert.match(adult, /withheld from every file here:\n1\./);
    assert.match(adult, /consider gating access/);
    const clean = renderDatasetCard(cardInput({ content: { tags: {}, withheld: 0, adultOrGraphic: false } }));
    assert.ok(!tags(clean).includes("not-for-all-audiences"));
    assert.doesNotMatch(clean, /\*\*Caution/);
  });

  it("says how redaction works, with the measured figures, and how to withdraw", () => {
    const card = renderDatasetCard(cardInput());
    assert.match(card, /`<PERSON>`, /);
    assert.match(card, /`\{\{user\}\}`/);
    assert.match(card, /\| role-play set C \(held out\) \| role-play \| 196 \| 95\.8% \| 88\.4% \| 89\.8% \| 50\.0% \| 98\.5% \|/);
    assert.match(card, /\| role-play set K2, no personal information \(held out\) \| role-play \| 120 \| – \| – \| – \| 0\.0% \| 98\.3% \|/);
    assert.match(card, /withdraw a contribution at https:\/\/example\.org\/withdraw/);
    assert.match(card, /Questions and reports: data@example\.org\./);
    const masked = renderDatasetCard(cardInput({ method: { ...cardInput().method, redact: { operator: "mask", threshold: 0.5, corpusNames: true } } }));
    assert.match(masked, /one `\*` per character/);
    assert.doesNotMatch(masked, /`<PERSON>`/);
    const off = renderDatasetCard(cardInput({ method: { ...cardInput().method, redact: false } }));
    assert.match(off, /built with redaction switched off/);
    assert.doesNotMatch(off, /precision \| recall/);
    const noContact = renderDatasetCard(cardInput({ contact: "", withdrawalUrl: "" }));
    assert.match(noContact, /gave no contact address/);
  });

  it("states the method: version, configuration hash, dedup threshold, filters and their counts", () => {
    const card = renderDatasetCard(cardInput());
    assert.match(card, /Built by pippa 1\.2\.3 \(seed 1; configuration SHA-256 `(ab){32}`/);
    assert.match(card, /kept as a duplicate from 0\.7/);
    assert.match(card, /\| filter \| kept 3, too-few-turns 1 \|/);
    const noDedup = renderDatasetCard(cardInput({ method: { ...cardInput().method, dedup: false, filter: { minTurns: 3, emptyMessages: true, requireHuman: true, degenerate: true, languages: ["eng"] } } }));
    assert.match(noDedup, /\*\*Deduplicate\*\*: off/);
    assert.match(noDedup, /a language other than eng/);
  });
});
