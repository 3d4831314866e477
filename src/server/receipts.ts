/**
 * Receipt codes: what a contributor keeps to withdraw a submission. 100 random bits in Crockford
 * base32 (no I, L, O, U), grouped for reading aloud; the server stores only their SHA-256, so a
 * leaked database does not let anyone withdraw (or find) a contributor's submission.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newReceipt(): string {
  const bytes = randomBytes(13);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = 0; i < 20; i++) {
    code += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `${code.slice(0, 5)}-${code.slice(5, 10)}-${code.slice(10, 15)}-${code.slice(15, 20)}`;
}

/** A receipt as typed: case and separators ignored, the look-alike letters read as digits. */
export function normalizeReceipt(text: string): string | null {
  const compact = text.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (!/^[0-9A-HJKMNP-TV-Z]{20}$/.test(compact)) return null;
  return `${compact.slice(0, 5)}-${compact.slice(5, 10)}-${compact.slice(10, 15)}-${compact.slice(15, 20)}`;
}

export function receiptHash(receipt: string): string {
  return createHash("sha256").update(`pippa-receipt:${receipt}`).digest("hex");
}

/** Compares secrets in constant time (the admin token). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}
