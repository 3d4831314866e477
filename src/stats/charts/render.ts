/**
 * Renders Vega-Lite specifications to standalone SVG, headless (no browser, no canvas, no
 * network: text widths are estimated). Vega is loaded on first use only.
 */
import type { ChartSpec } from "./specs.js";

type Vega = typeof import("vega");
type VegaLite = typeof import("vega-lite");
let libraries: Promise<[Vega, VegaLite]> | null = null;

/** The SVG text of a chart. */
export async function renderSvg(spec: ChartSpec): Promise<string> {
  libraries ??= Promise.all([import("vega"), import("vega-lite")]);
  const [vega, vegaLite] = await libraries;
  const compiled = vegaLite.compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logLevel: vega.Warn });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
