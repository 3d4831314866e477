/**
 * PNG chunks, as character cards use them: walk a PNG's chunks with checks that name what is
 * wrong and where (signature, truncation, checksum, size), decode and encode the text chunks
 * (`tEXt`, `zTXt`, `iTXt`) that carry card JSON, and put a PNG back together. Compressed text is
 * inflated only when asked for, under a cap per chunk and a cap for the whole file, so a few
 * hundred kilobytes of zlib cannot turn into gigabytes of work. Runs in a browser.
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
  /** Largest text chunk accepted, compressed or inflated [16 MiB]. */
  maxTextBytes?: number;
  /**
   * Most bytes the compressed text chunks of one file may inflate to, all together [32 MiB]: many
   * chunks each under `maxTextBytes` still add up to a refusal.
   */
  maxInflatedBytes?: number;
}

export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const DEFAULT_MAX_TEXT_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MAX_INFLATED_BYTES = 32 * 1024 * 1024;
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
  const { source, maxTextBytes = DEFAULT_MAX_TEXT_BYTES } = options;
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
 * What the compressed text chunks of one file may still inflate to. One budget is shared by the
 * chunks of a file, so the cap holds for the file, not for each chunk.
 */
export class InflateBudget {
  used = 0;
  constructor(readonly limit: number = DEFAULT_MAX_INFLATED_BYTES) {}
}

export interface TextChunkOptions extends PngReadOptions {
  /** The file's budget; without one, the chunk gets a budget of its own. */
  budget?: InflateBudget;
  /** The chunk's position among the file's chunks, for messages. */
  index?: number;
}

/**
 * The keyword of a `tEXt`, `zTXt` or `iTXt` chunk, read without inflating anything; null for other
 * chunks and for a text chunk without a valid keyword.
 */
export function textChunkKeyword(chunk: PngChunk): string | null {
  if (!TEXT_TYPES.has(chunk.type)) return null;
  const nul = chunk.data.indexOf(0);
  return nul < 1 || nul > 79 ? null : latin1.decode(chunk.data.subarray(0, nul));
}

/**
 * The keyword and text of a `tEXt`, `zTXt` or `iTXt` chunk (null for other chunks). Compressed
 * text is inflated up to `maxTextBytes` for the chunk and what is left of the file's budget
 * (`maxInflatedBytes` [32 MiB] when none is given); past either, PIPPA_E_TOO_LARGE.
 */
export function decodeTextChunk(chunk: PngChunk, options: TextChunkOptions = {}): PngText | null {
  if (!TEXT_TYPES.has(chunk.type)) return null;
  // Defaults in the pattern, not spread first: options passed along may hold an explicit undefined.
  const { source, index, maxTextBytes = DEFAULT_MAX_TEXT_BYTES, maxInflatedBytes, budget = new InflateBudget(maxInflatedBytes) } = options;
  const keyword = textChunkKeyword(chunk);
  const named = keyword === null ? "" : ` "${keyword}"`;
  const label = index === undefined ? `${chunk.type} chunk${named}` : `chunk ${index} (${chunk.type}${named})`;
  const fail = (detail: string) => new PippaError(ERROR_CODES.png, `${label}: ${detail}`, { source });
  if (keyword === null) throw fail("no keyword (a PNG text chunk starts with a 1-79 byte keyword and a NUL)");
  const data = chunk.data;
  const nul = data.indexOf(0);
  const inflate = (compressed: Uint8Array) => {
    const before = budget.used;
    const fileRoom = budget.limit - before;
    const outcome = inflateLimited(compressed, Math.min(maxTextBytes, fileRoom));
    budget.used += outcome.inflated;
    if (outcome.problem === "too-large") {
      throw new PippaError(
        ERROR_CODES.tooLarge,
        maxTextBytes <= fileRoom
          ? `${label} inflates past the limit of ${maxTextBytes} bytes per text chunk`
          : `${label} inflates past the limit of ${budget.limit} bytes for all compressed text chunks of a file (${before} inflated before it)`,
        { source },
      );
    }
    if (outcome.problem === "invalid") throw fail("not valid zlib data");
    return outcome.bytes;
  };
  if (chunk.type === "tEXt") return { keyword, text: latin1.decode(data.subarray(nul + 1)) };
  if (chunk.type === "zTXt") {
    if (data[nul + 1] !== 0) throw fail("uses an unknown compression method");
    return { keyword, text: latin1.decode(inflate(data.subarray(nul + 2))) };
  }
  // iTXt: keyword NUL, compression flag, method, language tag NUL, translated keyword NUL, text (UTF-8).
  const compressed = data[nul + 1] === 1;
  const languageEnd = data.indexOf(0, nul + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (languageEnd < 0 || translatedEnd < 0) throw fail("is cut off");
  const body = data.subarray(translatedEnd + 1);
  const bytes = compressed ? inflate(body) : body;
  try {
    return { keyword, text: utf8.decode(bytes) };
  } catch {
    throw fail("is not valid UTF-8");
  }
}

/** Inflated bytes, or why not; `inflated` is how many bytes the inflater produced either way. */
export type InflateOutcome =
  | { problem: null; bytes: Uint8Array; inflated: number }
  | { problem: "too-large"; inflated: number }
  | { problem: "invalid"; inflated: number };

/** Deflate's largest expansion: a 258-byte match from two bits. */
const MAX_DEFLATE_RATIO = 1032;
const MIN_SLICE = 1024;
const MAX_SLICE = 64 * 1024;

/**
 * Inflates zlib data, stopping as soon as the output passes `limit`. The input goes in slices
 * small enough that even at deflate's largest expansion a slice cannot carry the output far past
 * the limit (at most about 1 MiB), so a bomb costs about `limit` bytes of work, never its size.
 * `inflated` counts what was produced, also when it was refused.
 */
export function inflateLimited(compressed: Uint8Array, limit: number): InflateOutcome {
  const parts: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflater = new Unzlib((part, final) => {
    parts.push(part);
    size += part.length;
    done ||= final;
  });
  try {
    for (let offset = 0; offset < compressed.length; ) {
      const slice = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.floor((limit - size) / MAX_DEFLATE_RATIO)));
      const end = Math.min(compressed.length, offset + slice);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
      offset = end;
      if (size > limit) return { problem: "too-large", inflated: size };
    }
  } catch {
    return { problem: "invalid", inflated: size };
  }
  if (!done) return { problem: "invalid", inflated: size };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { problem: null, bytes, inflated: size };
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
