/**
 * US Social Security numbers, with the ranges the SSA never issues rejected: area 000, 666 and
 * 900-999, group 00, serial 0000, and numbers made of one repeated digit or published as examples.
 */
import type { Candidate, Detector } from "../types.js";
import { allMatches } from "../text-utils.js";

const SSN = /(?<![\d-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\d-])/g;
const EXAMPLES = new Set(["078051120", "219099999", "123456789", "111223333"]);

export function ssnValid(area: string, group: string, serial: string): boolean {
  const digits = area + group + serial;
  if (area === "000" || area === "666" || area[0] === "9") return false;
  if (group === "00" || serial === "0000") return false;
  if (/^(\d)\1{8}$/.test(digits) || EXAMPLES.has(digits)) return false;
  return true;
}

export const detectSsns: Detector = (text) => {
  const found: Candidate[] = [];
  if (!/\d{2}/.test(text)) return found;
  for (const match of allMatches(SSN, text)) {
    const [, area, separator, group, serial] = match;
    if (!ssnValid(area, group, serial)) continue;
    found.push({
      start: match.index!,
      end: match.index! + match[0].length,
      type: "SSN",
      score: separator === "-" ? 0.5 : 0.3,
      rule: "ssn/valid-range",
      context: ["ssn", "social", "security", "ss#", "ssn#", "ss"],
    });
  }
  return found;
};
