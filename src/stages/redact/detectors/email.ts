/** E-mail addresses; the domain must end in a real public suffix (tldts), so `a@b.c` is not enough. */
import { parse } from "tldts";
import type { Candidate, Detector } from "../types.js";
import { allMatches } from "../text-utils.js";

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.)+[\p{L}]{2,24}(?![\p{L}\p{N}-])/gu;
/** "name at gmail dot com", written to dodge filters. */
const SPELLED = /(?<![\p{L}\p{N}])[\p{L}\p{N}._-]{2,40}\s*(?:\(at\)|\[at\]|\sat\s)\s*[\p{L}\p{N}-]{2,40}\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*(?:com|net|org|co|io|edu|gov|me|uk|de|fr)(?![\p{L}\p{N}])/giu;

export const detectEmails: Detector = (text) => {
  const spelled = /\bdot\b/i.test(text) && /(?:\(at\)|\[at\]|\sat\s)/i.test(text);
  if (!text.includes("@") && !spelled) return [];
  const found: Candidate[] = [];
  for (const match of allMatches(EMAIL, text)) {
    let value = match[0];
    const start = match.index!;
    value = value.replace(/\.+$/, "");
    const domain = value.slice(value.indexOf("@") + 1);
    const parsed = parse(domain);
    const valid = parsed.isIcann === true && parsed.domainWithoutSuffix !== "" && parsed.domainWithoutSuffix !== null;
    found.push({ start, end: start + value.length, type: "EMAIL", score: valid ? 1 : 0.4, rule: valid ? "email/public-suffix" : "email/pattern", context: ["email", "mail", "e-mail", "contact", "address"] });
  }
  if (spelled) for (const match of allMatches(SPELLED, text)) {
    found.push({ start: match.index!, end: match.index! + match[0].length, type: "EMAIL", score: 0.6, rule: "email/spelled-out", context: ["email", "mail", "contact"] });
  }
  return found;
};
