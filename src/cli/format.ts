/** Plain-text rendering helpers for human output: numbers with separators, aligned tables. */

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/** Integers as counts, other numbers with `digits` decimals. */
export function formatNumber(value: number, digits = 2): string {
  if (Number.isInteger(value)) return formatCount(value);
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** Rows of cells as aligned columns: the first left-aligned, the rest right-aligned (numbers) or left-aligned. */
export function renderTable(rows: readonly (readonly string[])[], indent = "  ", numeric = true): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) => indent + row.map((cell, i) => (i === 0 || !numeric ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("   ").trimEnd())
    .join("\n");
}
