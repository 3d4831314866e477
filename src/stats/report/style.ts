/** The report's style sheet: system fonts only (nothing to download), readable on screen and paper. */
export const REPORT_STYLE = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0072b2; --paper: #ffffff; --tint: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
header, main, footer, nav { max-width: 1080px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 32px; }
h1 { font-size: 1.9rem; margin: 0 0 8px; }
h2 { font-size: 1.35rem; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
.lead { color: var(--muted); margin: 0 0 20px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin-bottom: 8px; }
.card { background: var(--tint); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.card .value { font-size: 1.6rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .label { color: var(--muted); font-size: 0.9rem; }
nav { position: sticky; top: 0; background: var(--paper); border-bottom: 1px solid var(--line); padding-top: 8px; padding-bottom: 8px; z-index: 1; }
nav a { color: var(--accent); text-decoration: none; margin-right: 18px; font-size: 0.95rem; }
nav a:hover { text-decoration: underline; }
table { border-collapse: collapse; margin: 16px 0 24px; width: 100%; font-size: 0.93rem; }
caption { text-align: left; color: var(--muted); font-size: 0.88rem; caption-side: bottom; padding-top: 6px; }
th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--tint); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.table-wrap { overflow-x: auto; }
code { font: 0.85em ui-monospace, "DejaVu Sans Mono", monospace; word-break: break-all; }
figure { margin: 16px 0 24px; }
/* A figure keeps its drawn size (11 px labels stay 11 px) and scrolls sideways in a narrow window,
   rather than shrinking its text to a few pixels. */
.chart { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; padding: 8px; background: #fff; }
.chart svg { display: block; max-width: none; height: auto; margin: 0 auto; }
figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 8px; }
.verdicts { background: var(--tint); border-left: 4px solid var(--accent); padding: 12px 16px 12px 32px; border-radius: 4px; }
#method li { margin-bottom: 6px; }
footer { color: var(--muted); font-size: 0.85rem; padding-top: 24px; padding-bottom: 40px; }
@media print { nav { display: none; } .chart { border: none; overflow: visible; } .chart svg { max-width: 100%; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
`;
