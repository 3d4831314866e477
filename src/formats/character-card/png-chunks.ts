/**
 * PNG chunks, as character cards use them: walk a PNG's chunks with checks that name what is
 * wrong and where (signature, truncation, checksum, size), decode and encode the text chunks
 * (`tEXt`, `zTXt`, `iTXt`) that carry card JSON, and put a PNG back together. Runs in a browser.
 */
import CRC32 from "crc-32";
import { Unzlib, zlibSync } from "fflate";
import { ERROR_CODES, PippaError } from "../../model/errors.js";

export interface PngChunk {
  /** Four ASCII letters: IHDR, IDAT, tEXt, ... */
  type: string;
  data: Uint8Array;
}

export interface PngReadOptions {
  /** File name for error messages. */
  source?: string;
  /** Largest text chunk accepted, compressed or not [16 MiB]. */
  maxTextBytes?: number;
}

export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const DEFAULT_MAX_TEXT_BYTES = 16 * 1024 * 1024;
const TEXT_TYPES = new Set(["tEXt", "zTXt", "iTXt"]);
const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder("utf-8", { fatal: true });

export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < PNG_SIGNATURE.length) return false;
  for (let i = 0; i < PNG_SIGNATURE.length; i++) if (bytes[i] !== PNG_SIGNATURE[i]) return false;
  return true;
}

function crcOf(type: Uint8Array, data: Uint8Array): number {
  return CRC32.buf(data, CRC32.buf(type)) >>> 0;
}

/**
 * The chunks of a PNG, checked: signature, lengths inside the file, checksums, IEND last.
 * Text chunks larger than `maxTextBytes` are refused (PIPPA_E_TOO_LARGE), other chunks are kept.
 */
export function readPngChunks(bytes: Uint8Array, options: PngReadOptions = {}): PngChunk[] {
  const { source, maxTextBytes } = { maxTextBytes: DEFAULT_MAX_TEXT_BYTES, ...options };
  const fail = (detail: string, code: (typeof ERROR_CODES)[keyof typeof ERROR_CODES] = ERROR_CODES.png) => new PippaError(code, detail, { source });
  if (!isPng(bytes)) throw fail("not a PNG file (the 8-byte PNG signature is missing)");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset < bytes.length) {
    if (offset + 8 > bytes.length) throw fail(`truncated: chunk header at byte ${offset} is cut off`);
    const length = view.getUint32(offset);
    const typeBytes = bytes.subarray(offset + 4, offset + 8);
    const type = latin1.decode(typeBytes);
    if (!/^[A-Za-z]{4}$/.test(type)) throw fail(`damaged: chunk at byte ${offset} has no valid type`);
    const where = `chunk ${chunks.length} (${type}) at byte ${offset}`;
    if (TEXT_TYPES.has(type) && length > maxTextBytes) {
      throw fail(`${where} holds ${length} bytes of text, over the limit of ${maxTextBytes}`, ERROR_CODES.tooLarge);
    }
    const end = offset + 12 + length;
    if (end > bytes.length) throw fail(`truncated: ${where} needs ${length} bytes, the file ends ${end - bytes.length} bytes short`);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const stored = view.getUint32(offset + 8 + length);
    if (crcOf(typeBytes, data) !== stored) throw fail(`damaged: ${where} fails its CRC check`);
    chunks.push({ type, data });
    offset = end;
    if (type === "IEND") break;
  }
  if (chunks.length === 0 || chunks[0].type !== "IHDR") throw fail("damaged: the first chunk is not IHDR");
  if (chunks[chunks.length - 1].type !== "IEND") throw fail("truncated: the file ends before its IEND chunk");
  return chunks;
}

/** A PNG file from chunks (checksums computed). */
export function writePng(chunks: readonly PngChunk[]): Uint8Array {
  const size = PNG_SIGNATURE.length + chunks.reduce((total, chunk) => total + 12 + chunk.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(PNG_SIGNATURE, 0);
  let offset = PNG_SIGNATURE.length;
  for (const chunk of chunks) {
    const typeBytes = new Uint8Array([...chunk.type].map((c) => c.charCodeAt(0)));
    view.setUint32(offset, chunk.data.length);
    out.set(typeBytes, offset + 4);
    out.set(chunk.data, offset + 8);
    view.setUint32(offset + 8 + chunk.data.length, crcOf(typeBytes, chunk.data));
    offset += 12 + chunk.data.length;
  }
  return out;
}

export interface PngText {
  keyword: string;
  text: string;
}

/**
 * The keyword and text of a `tEXt`, `zTXt` or `iTXt` chunk (null for other chunks). Compressed
 * text is inflated up to `maxTextBytes`.
 */
export function decodeTextChunk(chunk: PngChunk, options: PngReadOptions = {}): PngText | null {
  if (!TEXT_TYPES.has(chunk.type)) return null;
  const { source, maxTextBytes } = { maxTextBytes: DEFAULT_MAX_TEXT_BYTES, ...options };
  const fail = (detail: string) => new PippaError(ERROR_CODES.png, `${chunk.type} chunk: ${detail}`, { source });
  const data = chunk.data;
  const nul = data.indexOf(0);
  if (nul < 1 || nul > 79) throw fail("no keyword (a PNG text chunk starts with a 1-79 byte keyword and a NUL)");
  const keyword = latin1.decode(data.subarray(0, nul));
  const inflate = (compressed: Uint8Array) => {
    const inflated = inflateLimited(compressed, maxTextBytes);
    if (inflated === "too-large") {
      throw new PippaError(ERROR_CODES.tooLarge, `${chunk.type} chunk "${keyword}" inflates past the limit of ${maxTextBytes} bytes`, { source });
    }
    if (inflated === "invalid") throw fail(`"${keyword}" is not valid zlib data`);
    return inflated;
  };
  if (chunk.type === "tEXt") return { keyword, text: latin1.decode(data.subarray(nul + 1)) };
  if (chunk.type === "zTXt") {
    if (data[nul + 1] !== 0) throw fail(`"${keyword}" uses an unknown compression method`);
    return { keyword, text: latin1.decode(inflate(data.subarray(nul + 2))) };
  }
  // iTXt: keyword NUL, compression flag, method, language tag NUL, translated keyword NUL, text (UTF-8).
  const compressed = data[nul + 1] === 1;
  const languageEnd = data.indexOf(0, nul + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (languageEnd < 0 || translatedEnd < 0) throw fail(`"${keyword}" is cut off`);
  const body = data.subarray(translatedEnd + 1);
  try {
    return { keyword, text: utf8.decode(compressed ? inflate(body) : body) };
  } catch (error) {
    if (error instanceof PippaError) throw error;
    throw fail(`"${keyword}" is not valid UTF-8`);
  }
}

/** Inflates zlib data in slices, stopping as soon as the output passes `limit` (no zip bombs). */
function inflateLimited(compressed: Uint8Array, limit: number): Uint8Array | "too-large" | "invalid" {
  const parts: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflater = new Unzlib((part, final) => {
    parts.push(part);
    size += part.length;
    done ||= final;
  });
  const SLICE = 16 * 1024;
  try {
    for (let offset = 0; offset < compressed.length && size <= limit; offset += SLICE) {
      const end = Math.min(compressed.length, offset + SLICE);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
    }
  } catch {
    return "invalid";
  }
  if (size > limit) return "too-large";
  if (!done) return "invalid";
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A `tEXt` chunk (Latin-1 text; card payloads are base64, so ASCII). */
export function encodeTextChunk(keyword: string, text: string): PngChunk {
  const data = new Uint8Array(keyword.length + 1 + text.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i) & 0xff;
  for (let i = 0; i < text.length; i++) data[keyword.length + 1 + i] = text.charCodeAt(i) & 0xff;
  return { type: "tEXt", data };
}

/** A `zTXt` chunk, for tests and for tools that compress their cards. */
export function encodeCompressedTextChunk(keyword: string, text: string): PngChunk {
  const body = zlibSync(Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff));
  const data = new Uint8Array(keyword.length + 2 + body.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i);
  data.set(body, keyword.length + 2);
  return { type: "zTXt", data };
}

/** A minimal valid PNG image (1x1, grey), for cards written without an image of their own. */
export function blankPng(): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, 1);
  view.setUint32(4, 1);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const pixels = zlibSync(new Uint8Array([0, 0x80])); // filter byte, one grey pixel
  return writePng([{ type: "IHDR", data: header }, { type: "IDAT", data: pixels }, { type: "IEND", data: new Uint8Array(0) }]);
}
