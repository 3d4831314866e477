/**
 * Credit-card numbers (Luhn; a 13-digit epoch-milliseconds timestamp is not a card) and IBANs
 * (ISO 13616 mod-97).
 */
import type { Candidate, Detector } from "../types.js";
import { digitsOf, allMatches } from "../text-utils.js";

const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g;
/** Known issuer prefixes: Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro. */
const ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|6011|65|64[4-9]|3(?:0[0-5]|[68])|35|62|50|5[6-9]|6[37])/;
const CARD_CONTEXT = ["card", "credit", "debit", "visa", "mastercard", "amex", "number", "cc", "cvv", "expires", "expiry", "pay", "payment"];
/** 2001-09-09 .. 2033-05-18 in epoch milliseconds: 13 digits that are almost certainly a timestamp. */
const EPOCH_MS = /^1\d{12}$/;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= "A" ? (char.charCodeAt(0) - 55).toString() : char;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

export const detectPaymentNumbers: Detector = (text) => {
  const found: Candidate[] = [];
  if (/\d[\d -]{11,}\d/.test(text)) {
    for (const match of allMatches(CARD, text)) {
      const digits = digitsOf(match[0]);
      if (digits.length < 13 || digits.length > 19 || !luhnValid(digits) || /^(\d)\1+$/.test(digits)) continue;
      if (EPOCH_MS.test(match[0])) continue;
      const grouped = /[ -]/.test(match[0]);
      const issuer = ISSUER.test(digits);
      const score = issuer && (grouped || digits.length === 16 || digits.length === 15) ? 0.9 : issuer ? 0.6 : 0.4;
      found.push({ start: match.index!, end: match.index! + match[0].length, type: "CREDIT_CARD", score, rule: "credit-card/luhn", context: CARD_CONTEXT });
    }
  }
  if (/[A-Z]{2}\d{2}/.test(text)) {
    for (const match of allMatches(IBAN, text)) {
      let value = match[0];
      // The pattern may run into a following word; back off to the longest valid prefix.
      while (value.length > 15 && !ibanValid(value)) value = value.slice(0, -1).trimEnd();
      if (!ibanValid(value)) continue;
      found.push({ start: match.index!, end: match.index! + value.length, type: "IBAN", score: 1, rule: "iban/mod97", context: ["iban", "bank", "account", "transfer"] });
    }
  }
  return found;
};
