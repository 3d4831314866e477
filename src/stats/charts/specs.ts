/**
 * The report's figures as Vega-Lite specifications, built from the corpus figures (pure data in,
 * plain JSON out): conversation length (the paper's Figure 2), message length with the fitted
 * power laws (Figure 3) and the categories as a Pareto chart (Figure 4).
 */
import type { IntSeriesState } from "../describe.js";
import { powerLawTail, type PowerLawFit } from "../powerlaw/fit.js";
import type { ValueCounts } from "../powerlaw/value-counts.js";
import { hurwitzZeta } from "../powerlaw/zeta.js";
import { logAxis, logAxisCovering, type LogAxis } from "./log-axis.js";

/** A Vega-Lite specification (kept loose: the renderer validates it). */
export type ChartSpec = Record<string, unknown>;

const WIDTH = 640;
const LOG_FLOOR = 0.7;
const HEIGHT = 300;
const FONT = "DejaVu Sans, Verdana, sans-serif";
/** Colours for human and bot, distinguishable in colour-blind palettes (Okabe–Ito). */
export const SERIES_COLOURS = { human: "#0072B2", bot: "#D55E00" } as const;

const CONFIG = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridColor: "#e6e6e6", domainColor: "#888", tickColor: "#888" },
  legend: { labelFontSize: 11, titleFontSize: 12, orient: "top" },
  title: { fontSize: 14, anchor: "start", offset: 12 },
};

/** A log scale and axis on whole decades, every tick written 10ⁿ (see log-axis.ts). */
function logScaleAxis(axis: LogAxis, domain: readonly number[] = axis.domain): { scale: ChartSpec; axis: ChartSpec } {
  return { scale: { type: "log", domain }, axis: { values: axis.values, labelExpr: axis.labelExpr } };
}

/** A count axis: whole numbers with thousands separators, never a tick between two integers. */
const COUNT_AXIS = { format: ",d", tickMinStep: 1 };

function chart(body: ChartSpec): ChartSpec {
  return { $schema: "https://vega.github.io/schema/vega-lite/v6.json", background: "white", padding: 12, config: CONFIG, ...body };
}

export interface TurnsChart {
  spec: ChartSpec;
  /** Conversations longer than the chart's range. */
  beyond: number;
  shown: number;
}

/** Figure 2: conversations by number of turns, 1 to `maxTurns`, count on a log axis. */
export function turnsChart(turns: IntSeriesState, maxTurns = 250): TurnsChart {
  const values: { turns: number; next: number; conversations: number }[] = [];
  let beyond = turns.large.length;
  let shown = 0;
  let most = 1;
  for (let t = 0; t < turns.counts.length; t++) {
    const count = turns.counts[t];
    if (count === 0) continue;
    if (t > maxTurns) beyond += count;
    else {
      values.push({ turns: t, next: t + 1, conversations: count });
      shown += count;
      most = Math.max(most, count);
    }
  }
  const counts = logAxis(1, most);
  const spec = chart({
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    mark: { type: "bar", color: "#4C78A8", tooltip: true },
    encoding: {
      x: { field: "turns", bin: "binned", type: "quantitative", title: "turns in the conversation", scale: { domain: [0, maxTurns + 1] }, axis: COUNT_AXIS },
      x2: { field: "next" },
      // A log axis has no zero: bars rise from just under one, so a single conversation shows.
      y: { field: "conversations", type: "quantitative", title: "conversations (log scale)", ...logScaleAxis(counts, [LOG_FLOOR, counts.domain[1]]) },
      y2: { datum: LOG_FLOOR },
    },
  });
  return { spec, beyond, shown };
}

/** Log-spaced integer bin edges from 1 past `max`. */
function logEdges(max: number, factor = 1.25): number[] {
  const edges = [1];
  while (edges[edges.length - 1] <= max) edges.push(Math.max(edges[edges.length - 1] + 1, Math.round(edges[edges.length - 1] * factor)));
  return edges;
}

export interface LengthSeries {
  name: "human" | "bot";
  data: ValueCounts;
  fit: PowerLawFit | null;
}

/** At most this many CCDF points per series: enough for the eye, small enough for the page. */
const CCDF_POINTS = 240;

/**
 * Figure 3: message length for human and bot messages, log-log: (a) the log-binned distribution
 * with the fitted power law's probability above x_min; (b) the share of messages at least x long,
 * where a power law is a straight line.
 */
export function lengthChart(series: readonly LengthSeries[], unit: string): ChartSpec {
  const density: Record<string, unknown>[] = [];
  const tail: Record<string, unknown>[] = [];
  for (const { name, data, fit } of series) {
    if (data.total === 0) continue;
    const max = data.values[data.values.length - 1];
    const edges = logEdges(max);
    let i = 0;
    for (let b = 0; b + 1 < edges.length; b++) {
      let count = 0;
      while (i < data.values.length && data.values[i] < edges[b + 1]) count += data.counts[i++];
      if (count > 0) density.push({ series: name, kind: "data", x: Math.sqrt(edges[b] * (edges[b + 1] - 1 || 1)), y: count / (data.total * (edges[b + 1] - edges[b])) });
    }
    // P(X >= x) at distinct values, thinned to about CCDF_POINTS on a log scale.
    let above = data.total;
    let lastX = 0;
    for (let k = 0; k < data.values.length; k++) {
      const x = data.values[k];
      if (k === 0 || x >= lastX * Math.pow(max, 1 / CCDF_POINTS) || k === data.values.length - 1) {
        tail.push({ series: name, kind: "data", x, y: above / data.total });
        lastX = x;
      }
      above -= data.counts[k];
    }
    if (fit) {
      const share = fit.nTail / fit.n;
      const zetaMin = fit.kind === "discrete" ? hurwitzZeta(fit.alpha, fit.xmin).value : 1;
      for (let x = fit.xmin; x <= max * 1.0001; x *= 1.15) {
        const at = fit.kind === "discrete" ? Math.round(x) : x;
        const probability = fit.kind === "discrete" ? Math.pow(at, -fit.alpha) / zetaMin : ((fit.alpha - 1) / fit.xmin) * Math.pow(at / fit.xmin, -fit.alpha);
        density.push({ series: name, kind: "fit", x: at, y: share * probability });
        tail.push({ series: name, kind: "fit", x: at, y: share * powerLawTail(fit, at) });
      }
    }
  }
  const colour = { field: "series", type: "nominal", title: null, scale: { domain: ["human", "bot"], range: [SERIES_COLOURS.human, SERIES_COLOURS.bot] } };
  // Both panels share one length axis, so a length sits at the same place in each.
  const lengths = logScaleAxis(logAxisCovering("x", density, tail));
  const panel = (values: Record<string, unknown>[], title: string, yTitle: string): ChartSpec => {
    const shares = logScaleAxis(logAxisCovering("y", values));
    return {
      width: 330,
      height: HEIGHT,
      title,
      data: { values },
      layer: [
        {
          transform: [{ filter: "datum.kind === 'data'" }],
          mark: { type: "point", filled: true, size: 18, opacity: 0.8, tooltip: true },
          encoding: { x: { field: "x", type: "quantitative", ...lengths, title: `message length (${unit})` }, y: { field: "y", type: "quantitative", ...shares, title: yTitle }, color: colour },
        },
        {
          transform: [{ filter: "datum.kind === 'fit'" }],
          mark: { type: "line", strokeWidth: 2, strokeDash: [6, 3] },
          encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" }, color: colour, detail: { field: "series" } },
        },
      ],
    };
  };
  return chart({
    hconcat: [panel(density, "(a) distribution, log-binned", "share of messages per unit length"), panel(tail, "(b) messages at least this long", "P(length ≥ x)")],
    resolve: { scale: { color: "shared" } },
  });
}

/** The bar of the conversations without a category, after the categories' own. */
export const UNCATEGORISED_LABEL = "(uncategorised)";

/**
 * Figure 4: categories by conversations, most common first, with the cumulative share of the
 * category labels; the conversations without a category as a last bar of their own (off the
 * cumulative line, which counts labels). Every label is drawn whole.
 */
export function categoriesChart(categories: readonly { name: string; count: number }[], conversations: number, maxBars = 30, uncategorised = 0): ChartSpec {
  const shown = categories.slice(0, maxBars);
  const total = categories.reduce((sum, category) => sum + category.count, 0);
  let running = 0;
  const values: { rank: number; name: string; conversations: number; share: number; cumulative: number | null }[] = shown.map(({ name, count }, rank) => {
    running += count;
    return { rank, name, conversations: count, share: conversations > 0 ? count / conversations : 0, cumulative: total > 0 ? running / total : 0 };
  });
  if (uncategorised > 0) values.push({ rank: values.length, name: UNCATEGORISED_LABEL, conversations: uncategorised, share: conversations > 0 ? uncategorised / conversations : 0, cumulative: null });
  // The rows come most common first; `sort: null` keeps that order in both layers. Labels turned
  // steeply and never cut ("Image Generating" whole).
  const x = { field: "name", type: "nominal", sort: null, title: null, axis: { labelAngle: -60, labelLimit: 1000 } };
  return chart({
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    layer: [
      {
        mark: { type: "bar", color: "#4C78A8", tooltip: true },
        encoding: { x, y: { field: "conversations", type: "quantitative", title: "conversations", axis: COUNT_AXIS } },
      },
      {
        mark: { type: "line", color: "#D55E00", point: { filled: true, color: "#D55E00" }, strokeWidth: 2 },
        encoding: { x, y: { field: "cumulative", type: "quantitative", title: "cumulative share of category labels", axis: { format: "%", orient: "right" }, scale: { domain: [0, 1] } } },
      },
    ],
    resolve: { scale: { y: "independent" } },
  });
}
