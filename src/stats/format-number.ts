/** Numbers as people read them in tables and reports: thousands separators, fixed decimals. */

export function formatCount(value: number): string {
  // `+ 0` turns a rounded -0 into 0: "-0" is no count.
  return (Math.round(value) + 0).toLocaleString("en-US");
}

/** Integers as counts, other numbers with `digits` decimals; a value that rounds to zero has no sign ("0.0", not "-0.0"). */
export function formatNumber(value: number, digits = 2): string {
  if (Number.isInteger(value)) return formatCount(value);
  const rounded = Number(value.toFixed(digits)) + 0;
  return rounded.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
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

/** A share as a percentage with one decimal ("12.5%"); a share too small to show is "<0.1%", never "0.0%" for something that is there. */
export function formatPercent(part: number, whole: number): string {
  if (whole <= 0) return "0.0%";
  const percent = (100 * part) / whole;
  return percent > 0 && percent < 0.05 ? "<0.1%" : `${percent.toFixed(1)}%`;
}
