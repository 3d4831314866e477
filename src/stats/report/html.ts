/**
 * The report as ONE self-contained HTML page: styles inline, figures as inline SVG, no script, no
 * font or image to fetch. Every text that comes from the data (names, categories, file names) is
 * escaped. Pure: the same model gives the same bytes.
 */
import { escapeHtml } from "../../base/escape-html.js";
import { CONTENT_TAGS } from "../../stages/content/types.js";
import type { CorpusSummary } from "../corpus-stats.js";
import type { SeriesSummary } from "../describe.js";
import { formatBytes, formatCount, formatNumber, formatPercent } from "../format-number.js";
import type { LengthAnalysis } from "../length-analysis.js";
import { PAPER_FIGURES } from "../paper-figures.js";
import type { PersonaSummary } from "../persona-stats.js";
import { FAVOUR_P, formatBootstrapP, lognormalCell, MIN_EVIDENCE, PLAUSIBLE_P, type PowerLawAnalysis } from "../powerlaw/index.js";
import { DEFAULT_MIN_TAIL } from "../powerlaw/fit.js";
import { REPORT_STYLE } from "./style.js";

export interface ReportSource {
  name: string;
  bytes: number;
  records: number;
  rejected: number;
}

export interface ReportFigures {
  turns: { svg: string; maxTurns: number; beyond: number };
  lengths: { svg: string };
  categories: { svg: string; shown: number };
}

export interface ReportModel {
  title: string;
  version: string;
  sources: ReportSource[];
  summary: CorpusSummary;
  lengths: LengthAnalysis;
  personas: PersonaSummary[];
  figures: ReportFigures;
  seed: number;
}

type Cell = string | { html: string };

/** A table; string cells are escaped, `{ html }` cells are trusted markup built here. */
function table(head: readonly string[], rows: readonly (readonly Cell[])[], options: { caption?: string; numericFrom?: number } = {}): string {
  const numericFrom = options.numericFrom ?? 1;
  const cell = (value: Cell, i: number, tag: "td" | "th") => {
    const content = typeof value === "string" ? escapeHtml(value) : value.html;
    return `<${tag}${i >= numericFrom ? ' class="num"' : ""}>${content}</${tag}>`;
  };
  const caption = options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : "";
  return `<div class="table-wrap"><table>${caption}<thead><tr>${head.map((h, i) => cell(h, i, "th")).join("")}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((value, i) => cell(value, i, "td")).join("")}</tr>`)
    .join("")}</tbody></table></div>`;
}

function figure(id: string, number: number, svg: string, caption: string, label: string): string {
  // The SVG gets an accessible name; the caption is trusted markup built here.
  const labelled = svg.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(label)}"`);
  return `<figure id="${id}"><div class="chart">${labelled}</div><figcaption><strong>Figure ${number}.</strong> ${caption}</figcaption></figure>`;
}

function headline(summary: CorpusSummary): string {
  const { turns } = summary;
  const row = (label: string, ours: string, paper: string): Cell[] => [label, ours, paper];
  return table(
    ["", "this corpus", "PIPPA paper"],
    [
      row("conversations", formatCount(summary.conversations), formatCount(PAPER_FIGURES.conversations)),
      row("personas (distinct bot_id)", formatCount(summary.personas), formatCount(PAPER_FIGURES.personas)),
      row("messages", formatCount(summary.messages), formatCount(PAPER_FIGURES.messages)),
      row("turns per conversation: median", formatNumber(turns.median, 1), formatCount(PAPER_FIGURES.turnsMedian)),
      row("turns: mean", formatNumber(turns.mean), formatNumber(PAPER_FIGURES.turnsMean)),
      row("turns: standard deviation", formatNumber(turns.std), formatCount(PAPER_FIGURES.turnsStd)),
      row("turns: maximum", formatCount(turns.max), formatCount(PAPER_FIGURES.turnsMax)),
    ],
    { caption: "Table 1. The headline figures of §3 of the paper, for this corpus and for PIPPA as published." },
  );
}

function lengthRows(summary: CorpusSummary): string {
  const cells = (label: string, series: SeriesSummary): Cell[] => [label, formatCount(series.count), formatNumber(series.median, 1), formatNumber(series.mean), formatNumber(series.p90, 1), formatNumber(series.p99, 1), formatCount(series.max)];
  return table(
    ["messages", "count", "median", "mean", "p90", "p99", "max"],
    [
      cells("human, words", summary.message_words.human),
      cells("bot, words", summary.message_words.bot),
      cells("human, characters", summary.message_chars.human),
      cells("bot, characters", summary.message_chars.bot),
    ],
    { caption: "Table 3. Message length. Words are runs of non-space characters (as Python's str.split counts them); characters are Unicode code points." },
  );
}

function powerLawTable(lengths: LengthAnalysis): string {
  const rows: Cell[][] = [];
  for (const speaker of ["human", "bot"] as const) {
    const analysis: PowerLawAnalysis | null = lengths[speaker];
    if (!analysis) {
      rows.push([speaker, "too few messages to fit", "", "", "", "", ""]);
      continue;
    }
    const { fit, lognormal, bootstrap } = analysis;
    rows.push([
      speaker,
      `${formatNumber(fit.alpha, 3)} ± ${formatNumber(fit.alphaSe, 3)}`,
      formatCount(fit.xmin),
      `${formatCount(fit.nTail)} (${formatPercent(fit.nTail, fit.n)})`,
      formatNumber(fit.ks, 4),
      bootstrap ? `${formatBootstrapP(bootstrap).replace(/^p = /, "")} (${formatCount(bootstrap.iterations)})` : "not run",
      lognormalCell(lognormal),
    ]);
  }
  return table(["messages", "α ± s.e.", `x_min (${lengths.unit})`, "tail: messages (share)", "KS distance", "bootstrap p (replicates)", "log-likelihood ratio R vs lognormal (R > 0 favours the power law)"], rows, {
    caption: `Table 2. Power-law fits of message length in ${lengths.unit}, by the method of Clauset, Shalizi & Newman (2009).`,
  });
}

function verdicts(lengths: LengthAnalysis): string {
  return `<ul class="verdicts">${(["human", "bot"] as const)
    .map((speaker) => `<li><strong>${speaker === "human" ? "Human" : "Bot"} messages:</strong> ${escapeHtml(lengths[speaker]?.verdict ?? "too few messages to fit a power law.")}</li>`)
    .join("")}</ul>`;
}

function personaTable(personas: readonly PersonaSummary[], total: number): string {
  const median = (value: number) => (Number.isNaN(value) ? "–" : formatNumber(value, 1));
  return table(
    ["persona", "bot_id", "conversations", "median turns", "median human words", "median bot words"],
    personas.map((persona) => [persona.name || "(no name)", { html: `<code>${escapeHtml(persona.botId)}</code>` }, formatCount(persona.conversations), median(persona.medianTurns), median(persona.medianWords.human), median(persona.medianWords.bot)]),
    { caption: `Table 5. The ${formatCount(personas.length)} personas with the most conversations, of ${formatCount(total)}.`, numericFrom: 2 },
  );
}

function categoryTable(summary: CorpusSummary, shown: number): string {
  const rows: Cell[][] = summary.categories.slice(0, shown).map(({ name, count }) => [name, formatCount(count), formatPercent(count, summary.conversations)]);
  rows.push(["(uncategorised)", formatCount(summary.uncategorised), formatPercent(summary.uncategorised, summary.conversations)]);
  return table(["category", "conversations", "share of conversations"], rows, {
    caption: "Table 4. Categories. A conversation may carry several, so shares add up to more than 100%.",
  });
}

/** The content tags, when the corpus was classified (`pippa report --content`). */
function contentSection(summary: CorpusSummary): string {
  if (!summary.content) return "";
  const { classified, tags } = summary.content;
  const rows: Cell[][] = CONTENT_TAGS.map((tag) => [tag, formatCount(tags[tag] ?? 0), formatPercent(tags[tag] ?? 0, classified)]);
  return `<section id="content">
<h2>Content</h2>
${table(["content tag", "conversations", "share of conversations"], rows, { caption: `Table 6. Content tags of the ${formatCount(classified)} conversations, as pippa's content stage gives them (rules, not judgement: read the tagged conversations before relying on them). A conversation may carry several.` })}
</section>`;
}

export function renderReportHtml(model: ReportModel): string {
  const { summary, lengths, figures } = model;
  const rejected = model.sources.reduce((total, source) => total + source.rejected, 0);
  const sourceList = model.sources
    .map((source) => `<li><code>${escapeHtml(source.name)}</code>: ${formatBytes(source.bytes)}, ${formatCount(source.records)} records${source.rejected ? `, ${formatCount(source.rejected)} refused` : ""}</li>`)
    .join("");
  const beyond = figures.turns.beyond;
  const cards = [
    ["conversations", formatCount(summary.conversations)],
    ["personas", formatCount(summary.personas)],
    ["messages", formatCount(summary.messages)],
    ["median turns", formatNumber(summary.turns.median, 1)],
  ]
    .map(([label, value]) => `<div class="card"><div class="value">${value}</div><div class="label">${label}</div></div>`)
    .join("");
  const unit = lengths.unit;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="pippa ${escapeHtml(model.version)}">
<title>${escapeHtml(model.title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(model.title)}</h1>
<p class="lead">The analysis of §3 of <em>PIPPA: A Partially Synthetic Conversational Dataset</em> (Gosling, Dale &amp; Zheng, 2023), for ${formatCount(summary.conversations)} conversations in ${model.sources.length === 1 ? "one file" : `${model.sources.length} files`}.</p>
<div class="cards">${cards}</div>
</header>
<nav><a href="#overview">Overview</a><a href="#turns">Conversation length</a><a href="#lengths">Message length</a><a href="#categories">Categories</a><a href="#personas">Personas</a>${summary.content ? '<a href="#content">Content</a>' : ""}<a href="#method">Method</a></nav>
<main>
<section id="overview">
<h2>Overview</h2>
${headline(summary)}
</section>
<section id="turns">
<h2>Conversation length</h2>
${figure("figure-2", 2, figures.turns.svg, `Conversations by number of turns (messages), 0 to ${figures.turns.maxTurns}, on a log scale. ${beyond > 0 ? `${formatCount(beyond)} conversations (${formatPercent(beyond, summary.conversations)}) are longer and not drawn; the longest has ${formatCount(summary.turns.max)} turns.` : "No conversation is longer."}`, "Bar chart of conversations by number of turns")}
</section>
<section id="lengths">
<h2>Message length</h2>
${figure("figure-3", 3, figures.lengths.svg, `Message length in ${unit} for human and bot messages, log-log: (a) the distribution in logarithmic bins, (b) the share of messages at least <em>x</em> long. Dashed lines: the fitted power laws above x_min, scaled to the share of messages they describe; a power law is a straight line in both panels.`, "Log-log plots of message length with fitted power laws")}
${verdicts(lengths)}
${powerLawTable(lengths)}
${lengthRows(summary)}
</section>
<section id="categories">
<h2>Categories</h2>
${figure("figure-4", 4, figures.categories.svg, `Conversations per category, most common first${summary.categories.length > figures.categories.shown ? ` (the ${figures.categories.shown} most common of ${summary.categories.length})` : ""}, and the cumulative share of all category labels (right axis).`, "Pareto chart of categories")}
${categoryTable(summary, figures.categories.shown)}
</section>
<section id="personas">
<h2>Personas</h2>
${personaTable(model.personas, summary.personas)}
</section>
${contentSection(summary)}
<section id="method">
<h2>Method</h2>
<ul>
<li><strong>Inputs.</strong><ul>${sourceList}</ul>${rejected > 0 ? `<p>${formatCount(rejected)} lines were refused as invalid records and are not counted (<code>pippa validate</code> lists them).</p>` : ""}</li>
<li><strong>Turns</strong> are the messages of a conversation (the length of <code>conversation</code>, the bot's greeting included). Standard deviations use n − 1. Medians and percentiles are exact.</li>
<li><strong>Power laws</strong> follow Clauset, Shalizi &amp; Newman (2009): for each candidate x_min, the discrete maximum-likelihood exponent α (normalised by the Hurwitz zeta function); x_min is the candidate whose fit has the smallest Kolmogorov–Smirnov distance to the data. The standard error of α comes from the likelihood's curvature. The tail must hold at least ${DEFAULT_MIN_TAIL} messages and ${formatPercent(lengths.minTailShare, 1)} of them: without that floor, the search drifts to a few hundred of the longest messages, where any smooth heavy tail looks straight.</li>
<li><strong>Goodness of fit</strong>: synthetic data sets like the data (below x_min resampled from the data, above it drawn from the fitted law) are fitted again from scratch; p is the share whose KS distance is at least the data's. p &lt; ${PLAUSIBLE_P} rules the power law out. Seed ${formatCount(model.seed)}.</li>
<li><strong>Alternative</strong>: a lognormal fitted to the same tail by maximum likelihood. R is the log-likelihood ratio over the tail, ln L(power law) − ln L(lognormal): R &gt; 0 favours the power law, R &lt; 0 the lognormal; p is Vuong's two-sided p-value for its sign (from R normalised by its standard deviation). One model is favoured only when p &lt; ${FAVOUR_P} and |R| ≥ ${MIN_EVIDENCE}; otherwise neither is, whatever R's sign.</li>
</ul>
</section>
</main>
<footer>Made with pippa ${escapeHtml(model.version)}. This page is self-contained: it loads nothing from the network.</footer>
</body>
</html>
`;
}
