/**
 * Character cards inside PNG images: read the `chara` (V2) and `ccv3` (V3) text chunks, in
 * `tEXt`, `zTXt` or `iTXt`, preferring `ccv3`; write a card into an image by replacing those
 * chunks with a `chara` V2 chunk and a true V3 `ccv3` chunk, every other chunk kept as it was.
 */
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { decodeBase64Utf8, encodeBase64Utf8 } from "./base64.js";
import { parseCard, toCardV2, toCardV3, type CharacterCard, type ParsedCard } from "./card.js";
import { blankPng, decodeTextChunk, encodeTextChunk, readPngChunks, writePng, type PngReadOptions } from "./png-chunks.js";

export interface PngCard extends ParsedCard {
  /** Which chunk the card came from. */
  chunk: "ccv3" | "chara";
  /** Problems survived, e.g. a broken `ccv3` chunk when `chara` was fine. */
  warnings: string[];
}

const CARD_KEYWORDS = ["ccv3", "chara"] as const;

/**
 * Reads the card embedded in a PNG. Throws PIPPA_E_PNG for a damaged image, PIPPA_E_CARD when no
 * card chunk exists or none holds base64 of a card's JSON, naming the chunk.
 */
export function readCardPng(bytes: Uint8Array, options: PngReadOptions = {}): PngCard {
  const where = { source: options.source };
  const texts = new Map<string, string>();
  for (const chunk of readPngChunks(bytes, options)) {
    const text = decodeTextChunk(chunk, options);
    const keyword = text?.keyword.toLowerCase();
    if (text && (keyword === "ccv3" || keyword === "chara") && !texts.has(keyword)) texts.set(keyword, text.text);
  }
  if (texts.size === 0) throw new PippaError(ERROR_CODES.card, "the PNG holds no character card (no `chara` or `ccv3` text chunk)", where);
  const warnings: string[] = [];
  let firstError: PippaError | undefined;
  for (const keyword of CARD_KEYWORDS) {
    const text = texts.get(keyword);
    if (text === undefined) continue;
    try {
      return { ...parseCardChunk(keyword, text, where), chunk: keyword, warnings };
    } catch (error) {
      if (!(error instanceof PippaError)) throw error;
      firstError ??= error;
      warnings.push(`${error.toString()} (using the next card chunk)`);
    }
  }
  throw firstError!;
}

function parseCardChunk(keyword: string, text: string, where: { source?: string }): ParsedCard {
  const json = decodeBase64Utf8(text);
  if (json === null) throw new PippaError(ERROR_CODES.card, `the \`${keyword}\` chunk is not base64 of UTF-8 text`, where);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    throw new PippaError(ERROR_CODES.card, `the \`${keyword}\` chunk is not JSON (${(cause as Error).message})`, where);
  }
  try {
    return parseCard(value, where);
  } catch (error) {
    if (error instanceof PippaError) throw new PippaError(error.code, `\`${keyword}\` chunk: ${error.detail}`, { ...where, path: error.where.path });
    throw error;
  }
}

/**
 * Writes `card` into `image` (or a blank 1x1 PNG): old `chara`/`ccv3` chunks removed, a `chara`
 * chunk with the V2 JSON and a `ccv3` chunk with the V3 JSON added before IEND.
 */
export function writeCardPng(card: CharacterCard, image: Uint8Array = blankPng(), options: PngReadOptions = {}): Uint8Array {
  const chunks = readPngChunks(image, options).filter((chunk) => {
    const keyword = chunk.type === "tEXt" || chunk.type === "zTXt" || chunk.type === "iTXt" ? decodeKeyword(chunk.data) : "";
    return keyword !== "chara" && keyword !== "ccv3";
  });
  const end = chunks.findIndex((chunk) => chunk.type === "IEND");
  chunks.splice(
    end,
    0,
    encodeTextChunk("chara", encodeBase64Utf8(JSON.stringify(toCardV2(card)))),
    encodeTextChunk("ccv3", encodeBase64Utf8(JSON.stringify(toCardV3(card)))),
  );
  return writePng(chunks);
}

function decodeKeyword(data: Uint8Array): string {
  const nul = data.indexOf(0);
  return nul < 0 ? "" : String.fromCharCode(...data.subarray(0, Math.min(nul, 79))).toLowerCase();
}
