/** Base64 of UTF-8 text, as card PNG chunks hold it; runtime-neutral (atob/btoa) and strict. */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const utf8 = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

/** Decoded bytes, or null when `text` is not base64 (whitespace is ignored, as decoders do). */
export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/[\t\n\f\r ]+/g, "");
  if (!BASE64.test(compact) || compact.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(compact);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** UTF-8 text from base64, or null when it is not base64 of valid UTF-8. */
export function decodeBase64Utf8(text: string): string | null {
  const bytes = decodeBase64(text);
  if (bytes === null) return null;
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Base64 of the UTF-8 bytes of `text`. */
export function encodeBase64Utf8(text: string): string {
  const bytes = encoder.encode(text);
  let binary = "";
  // In slices: String.fromCharCode(...bigArray) would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
