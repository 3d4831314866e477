/**
 * Phone numbers: phone-shaped digit groups, checked with libphonenumber-js against several
 * regions (valid scores higher than merely possible), and a permissive path for odd local formats
 * that needs a context word ("call", "phone", "text me", ...). Dates, times, IP addresses and
 * timestamps are phone-shaped too; they are ruled out first.
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";
import type { Candidate, Detector } from "../types.js";
import { digitsOf, allMatches } from "../text-utils.js";

const PHONE_SHAPED = /(?<![\p{L}\p{N}+/.:-])(?:(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{1,6}){0,5}|\+?\d{7,15})(?:\s?(?:x|ext\.?|#)\s?\d{1,6})?(?![\p{L}\p{N}]|[.-]\d)/gu;
const REGIONS: CountryCode[] = ["US", "GB", "CA", "AU", "IN", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "PH", "ID", "JP", "KR", "RU", "PL", "SE", "ZA", "NZ", "IE"];
const CONTEXT = ["phone", "call", "calls", "number", "text", "txt", "mobile", "cell", "tel", "telephone", "whatsapp", "signal", "telegram", "fax", "desk", "contact", "reach", "dial", "sms", "ring", "digits"];
/** The least a phone number has: seven digits, at most two separators ("(", ") ", "-") between any two. */
const SEVEN_DIGITS = /\d(?:[ ().-]{0,2}\d){6}/;
/** A date, also with the hour after it ("2025-01-16 14" of "2025-01-16 14:20"). */
const DATE_LIKE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4})(?:[ T]\d{1,2})?$/;
const EPOCH = /^1\d{9}(?:\d{3})?$/;

function stripExtension(value: string): string {
  return value.replace(/\s?(?:x|ext\.?|#)\s?\d{1,6}$/i, "");
}

/** The best libphonenumber verdict for a candidate: 2 valid somewhere, 1 possible, 0 neither. */
function phoneVerdict(value: string): number {
  const core = stripExtension(value);
  let best = 0;
  if (core.trim().startsWith("+")) {
    const parsed = parsePhoneNumberFromString(core);
    return parsed?.isValid() ? 2 : parsed?.isPossible() ? 1 : 0;
  }
  for (const region of REGIONS) {
    const parsed = parsePhoneNumberFromString(core, region);
    if (!parsed) continue;
    if (parsed.isValid()) return 2;
    if (parsed.isPossible()) best = 1;
  }
  return best;
}

export const detectPhones: Detector = (text) => {
  const found: Candidate[] = [];
  if (!SEVEN_DIGITS.test(text)) return found;
  for (const match of allMatches(PHONE_SHAPED, text)) {
    let value = match[0].replace(/[\s.-]+$/, "");
    const start = match.index! + (match[0].length - match[0].trimStart().length);
    value = value.trim();
    const digits = digitsOf(stripExtension(value));
    if (digits.length < 7 || digits.length > 15) continue;
    if (DATE_LIKE.test(value) || EPOCH.test(value) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) continue;
    // 3-2-4 is the shape of a US Social Security number, not of a phone number (settled before the costly parse).
    // 5-4 is a US ZIP+4 code ("ships to 50016-0761"), found by the address detector.
    if (/^\d{5}-\d{4}$/.test(value)) continue;
    if (/^\d{3}-\d{2}-\d{4}$/.test(value)) {
      found.push({ start, end: start + value.length, type: "PHONE", score: 0.3, rule: "phone/ssn-shaped", context: CONTEXT });
      continue;
    }
    // A long unbroken digit run without "+" is more likely an id or a card than a phone.
    const separated = /[\s().-]/.test(value) || value.startsWith("+");
    const verdict = phoneVerdict(value);
    let score: number;
    let rule: string;
    const international = value.startsWith("+") && digits.length >= 8;
    if (verdict === 2) [score, rule] = [separated ? 0.75 : 0.5, "phone/valid"];
    else if (verdict === 1) [score, rule] = [separated || international ? 0.6 : 0.3, "phone/possible"];
    else if (international) [score, rule] = [0.55, "phone/international"];
    else if (separated || digits.length === 10 || digits.length === 11) [score, rule] = [0.3, "phone/digit-groups"];
    else continue;
    found.push({ start, end: start + value.length, type: "PHONE", score, rule, context: CONTEXT });
  }
  return found;
};
