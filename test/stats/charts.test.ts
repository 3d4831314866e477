import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderSvg } from "../../src/stats/charts/render.js";
import { categoriesChart, lengthChart, turnsChart } from "../../src/stats/charts/specs.js";
import { IntSeries } from "../../src/stats/describe.js";
import { fitPowerLaw, valueCountsOf } from "../../src/stats/powerlaw/index.js";

type Rows = { values: Record<string, unknown>[] };

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
});
