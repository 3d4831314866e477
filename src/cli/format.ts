/** Plain-text rendering helpers for human output: numbers with separators, aligned tables. */

import { formatCount } from "../stats/format-number.js";

export { formatBytes, formatCount, formatNumber } from "../stats/format-number.js";

/** Rows of cells as aligned columns: the first left-aligned, the rest right-aligned (numbers) or left-aligned. */
export function renderTable(rows: readonly (readonly string[])[], indent = "  ", numeric = true): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => indent + row.map((cell, i) => (i === 0 || !numeric ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("   ").trimEnd())
    .join("\n");
}

/** The end of a command's summary line when input was refused: how much, and where it is listed ("" when none). */
export function refusedNote(rejects: { count: number; path: string }): string {
  return rejects.count > 0 ? `; ${formatCount(rejects.count)} input(s) refused, listed in ${rejects.path}` : "";
}
