import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderSvg } from "../../src/stats/charts/render.js";
import { logAxis, logAxisCovering, powerOfTenLabel } from "../../src/stats/charts/log-axis.js";
import { categoriesChart, lengthChart, turnsChart } from "../../src/stats/charts/specs.js";
import { IntSeries } from "../../src/stats/describe.js";
import { fitPowerLaw, valueCountsOf } from "../../src/stats/powerlaw/index.js";

type Rows = { values: Record<string, unknown>[] };

/** Every axis of a rendered chart: its title and its tick labels, as Vega writes them in the SVG. */
function axesOf(svg: string): { title: string; labels: string[] }[] {
  const texts = (part: string) => [...part.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
  return svg
    .split('class="mark-group role-axis"')
    .slice(1)
    .filter((axis) => axis.includes("role-axis-label")) // grid lines are axes of their own, without labels
    .map((axis) => {
      const labels = axis.slice(axis.indexOf("role-axis-label"));
      const title = axis.slice(axis.indexOf("role-axis-title"));
      return { labels: texts(labels.slice(0, labels.indexOf("</g>"))), title: texts(title.slice(0, title.indexOf("</g>")))[0] };
    });
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** The exponent of a "10ⁿ" label, or NaN for any other format. */
function exponentOf(label: string): number {
  const match = /^10(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(label);
  if (!match) return Number.NaN;
  const digits = [...match[2]].map((char) => SUPERSCRIPT_DIGITS.indexOf(char)).join("");
  return (match[1] ? -1 : 1) * Number(digits);
}

/** Asserts a log axis labels every tick 10ⁿ, one decade apart, and returns its exponents. */
function assertPowersOfTen(labels: readonly string[], axis: string): number[] {
  const exponents = labels.map(exponentOf);
  assert.ok(labels.length >= 2 && exponents.every(Number.isInteger), `${axis}: ${labels.join(" ")}`);
  for (let i = 1; i < exponents.length; i++) assert.equal(exponents[i], exponents[i - 1] + 1, `${axis}: ${labels.join(" ")}`);
  return exponents;
}

const COUNT_LABEL = /^(0|[1-9]\d{0,2}(,\d{3})*)$/;

describe("report figures", () => {
  it("draws conversation length up to the limit and counts the rest", async () => {
    const turns = new IntSeries();
    for (const t of [2, 2, 3, 10, 250, 251, 70_000]) turns.push(t);
    const chart = turnsChart(turns.toState(), 250);
    assert.equal(chart.beyond, 2);
    assert.equal(chart.shown, 5);
    assert.deepEqual((chart.spec.data as Rows).values.map((row) => [row.turns, row.conversations]), [[2, 2], [3, 1], [10, 1], [250, 1]]);
    const svg = await renderSvg(chart.spec);
    assert.match(svg, /^<svg/);
    assert.ok(svg.includes("turns in the conversation"));
  });

  it("draws categories most common first with a cumulative share ending at 100%", async () => {
    const categories = [{ name: "Anime", count: 6 }, { name: "Fantasy", count: 3 }, { name: "<b>x</b>", count: 1 }];
    const spec = categoriesChart(categories, 8);
    const rows = (spec.data as Rows).values;
    assert.deepEqual(rows.map((row) => row.name), ["Anime", "Fantasy", "<b>x</b>"]);
    assert.deepEqual(rows.map((row) => row.cumulative), [0.6, 0.9, 1]);
    const svg = await renderSvg(spec);
    assert.ok(svg.includes("&lt;b&gt;x&lt;/b&gt;") && !svg.includes("<b>"), "category names are escaped in the SVG");
  });

  it("draws every label whole, and the conversations without a category as a bar of their own", async () => {
    const categories = [{ name: "Image Generating", count: 6 }, { name: "Role-Playing Adventures", count: 3 }];
    const spec = categoriesChart(categories, 12, 30, 4);
    const rows = (spec.data as Rows).values;
    assert.deepEqual(rows.map((row) => [row.name, row.conversations, row.cumulative]), [
      ["Image Generating", 6, 6 / 9],
      ["Role-Playing Adventures", 3, 1],
      ["(uncategorised)", 4, null],
    ]);
    const svg = await renderSvg(spec);
    for (const label of ["Image Generating", "Role-Playing Adventures", "(uncategorised)"]) assert.ok(svg.includes(label), label);
    assert.ok(!svg.includes("…"), "no label cut");
  });

  it("draws message lengths with the fitted law only above x_min", () => {
    const values = Array.from({ length: 2_000 }, (_, i) => Math.max(1, Math.round(2_000 / (i + 1))));
    const data = valueCountsOf(values);
    const fit = fitPowerLaw(data, { kind: "discrete" })!;
    const spec = lengthChart([{ name: "human", data, fit }, { name: "bot", data, fit: null }], "words");
    const [density, tail] = (spec.hconcat as { data: Rows }[]).map((panel) => panel.data.values);
    const fitted = tail.filter((row) => row.kind === "fit");
    assert.ok(fitted.length > 3 && fitted.every((row) => row.series === "human" && (row.x as number) >= fit.xmin));
    assert.ok(density.some((row) => row.series === "bot" && row.kind === "data"));
    assert.ok(!density.some((row) => row.series === "bot" && row.kind === "fit"));
    // The tail starts at 1 (every message is at least as long as the shortest).
    assert.equal(tail.find((row) => row.series === "human" && row.kind === "data")!.y, 1);
  });

  it("writes every tick of Figure 3's log axes as a power of ten, and the ticks span the data", async () => {
    const values = Array.from({ length: 5_000 }, (_, i) => Math.max(1, Math.round(30_000 / (i + 1) ** 1.2)));
    const data = valueCountsOf(values);
    const fit = fitPowerLaw(data, { kind: "discrete" })!;
    const spec = lengthChart([{ name: "human", data, fit }, { name: "bot", data: valueCountsOf(values.map((v) => v * 3)), fit: null }], "words");
    const axes = axesOf(await renderSvg(spec));
    assert.deepEqual(axes.map((axis) => axis.title), ["message length (words)", "share of messages per unit length", "message length (words)", "P(length ≥ x)"]);
    const panels = (spec.hconcat as { data: Rows }[]).map((panel) => panel.data.values);
    for (const [i, { title, labels }] of axes.entries()) {
      const exponents = assertPowersOfTen(labels, title);
      // The ticks run from at or below the smallest value drawn to at or above the largest.
      const key = i % 2 === 0 ? "x" : "y";
      const shown = panels[i >> 1].map((row) => row[key] as number);
      assert.ok(10 ** exponents[0] <= Math.min(...shown) && 10 ** exponents[exponents.length - 1] >= Math.max(...shown), `${title}: ${labels.join(" ")}`);
    }
    // Both panels measure length on the same ticks.
    assert.deepEqual(axes[0].labels, axes[2].labels);
  });

  it("writes Figure 2's log count axis as powers of ten and its turns as whole numbers", async () => {
    const turns = new IntSeries();
    for (let t = 1; t <= 400; t++) for (let k = 0; k < Math.round(3_000 / t ** 1.5); k++) turns.push(t);
    const axes = axesOf(await renderSvg(turnsChart(turns.toState(), 300).spec));
    const x = axes.find((axis) => axis.title === "turns in the conversation")!.labels;
    assert.ok(x.length >= 2 && x.every((label) => COUNT_LABEL.test(label)), x.join(" "));
    const exponents = assertPowersOfTen(axes.find((axis) => axis.title === "conversations (log scale)")!.labels, "conversations");
    assert.equal(exponents[0], 0, "from one conversation");
    assert.equal(exponents[exponents.length - 1], Math.ceil(Math.log10(3_000)), "to the decade above the most");
  });

  it("counts conversations in whole numbers, even when there are only a few", async () => {
    const spec = categoriesChart([{ name: "Anime", count: 3 }, { name: "Fantasy", count: 1 }], 4);
    const counts = axesOf(await renderSvg(spec)).find((axis) => axis.title === "conversations")!.labels;
    assert.ok(counts.length >= 2 && counts.every((label) => COUNT_LABEL.test(label)), counts.join(" "));
  });
});

describe("log axes", () => {
  it("write powers of ten with superscript exponents", () => {
    assert.equal(powerOfTenLabel(0), "10⁰");
    assert.equal(powerOfTenLabel(3), "10³");
    assert.equal(powerOfTenLabel(-12), "10⁻¹²");
    for (let k = -20; k <= 20; k++) assert.equal(exponentOf(powerOfTenLabel(k)), k);
  });

  it("cover the values with whole decades, at least one", () => {
    const axis = logAxis(0.003, 450);
    assert.deepEqual(axis.domain, [0.001, 1_000]);
    assert.deepEqual(axis.values, [0.001, 0.01, 0.1, 1, 10, 100, 1_000]);
    assert.deepEqual(axis.labels, ["10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹", "10²", "10³"]);
    // A value on a power of ten is its own bound, not a decade further.
    assert.deepEqual(logAxis(1, 1_000).domain, [1, 1_000]);
    assert.deepEqual(logAxis(1e-7, 1).domain, [1e-7, 1]);
    assert.deepEqual(logAxis(5, 5).values, [1, 10]);
    assert.deepEqual(logAxisCovering("x", [{ x: 0 }, { x: 40 }], [{ x: 7 }]).domain, [1, 100], "zeros have no place on a log axis");
    assert.deepEqual(logAxisCovering("x", []).values, [1, 10]);
  });
});
