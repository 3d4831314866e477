/**
 * Character cards inside PNG images: read the `chara` (V2) and `ccv3` (V3) text chunks, in
 * `tEXt`, `zTXt` or `iTXt`, preferring `ccv3`; write a card into an image by replacing those
 * chunks with a `chara` V2 chunk and a true V3 `ccv3` chunk, every other chunk kept as it was.
 */
import { ERROR_CODES, PippaError } from "../../model/errors.js";
import { decodeBase64Utf8, encodeBase64Utf8 } from "./base64.js";
import { parseCard, toCardV2, toCardV3, type CharacterCard, type ParsedCard } from "./card.js";
import { InflateBudget, blankPng, decodeTextChunk, encodeTextChunk, readPngChunks, textChunkKeyword, writePng, type PngChunk, type PngReadOptions } from "./png-chunks.js";

export interface PngCard extends ParsedCard {
  /** Which chunk the card came from. */
  chunk: "ccv3" | "chara";
  /** Problems survived, e.g. a broken `ccv3` chunk when `chara` was fine. */
  warnings: string[];
}

/** In the order they are tried: SillyTavern reads `ccv3` when present, else `chara`. */
const CARD_KEYWORDS = ["ccv3", "chara"] as const;
type CardKeyword = (typeof CARD_KEYWORDS)[number];

/** The chunk's card keyword, matched as SillyTavern does (case aside), or null. */
function cardKeywordOf(chunk: PngChunk): CardKeyword | null {
  const keyword = textChunkKeyword(chunk)?.toLowerCase();
  return keyword === "ccv3" || keyword === "chara" ? keyword : null;
}

/**
 * Reads the embedded card: the first `ccv3` chunk that holds a card, else the first `chara` one.
 * Only card chunks are decoded, one at a time and only until one parses, so other text chunks are
 * never inflated and compressed card chunks count against one budget for the file
 * (`maxInflatedBytes` [32 MiB]; `maxTextBytes` [16 MiB] per chunk). Throws PIPPA_E_PNG for a
 * damaged image, PIPPA_E_TOO_LARGE past a cap, PIPPA_E_CARD when no card chunk exists or none
 * holds base64 of a card's JSON, naming the chunk. Card chunks that fail before the one used are
 * listed in `warnings`.
 */
export function readCardPng(bytes: Uint8Array, options: PngReadOptions = {}): PngCard {
  const where = { source: options.source };
  const chunks = readPngChunks(bytes, options);
  const found: Record<CardKeyword, number[]> = { ccv3: [], chara: [] };
  chunks.forEach((chunk, index) => {
    const keyword = cardKeywordOf(chunk);
    if (keyword) found[keyword].push(index);
  });
  if (found.ccv3.length + found.chara.length === 0) throw new PippaError(ERROR_CODES.card, "the PNG holds no character card (no `chara` or `ccv3` text chunk)", where);
  const budget = new InflateBudget(options.maxInflatedBytes);
  const warnings: string[] = [];
  let firstError: PippaError | undefined;
  for (const keyword of CARD_KEYWORDS) {
    for (const index of found[keyword]) {
      try {
        const text = decodeTextChunk(chunks[index], { ...options, budget, index })!;
        return { ...parseCardChunk(keyword, text.text, where), chunk: keyword, warnings };
      } catch (error) {
        // Past a cap the file is refused whole: what follows could only cost more.
        if (!(error instanceof PippaError) || error.code === ERROR_CODES.tooLarge) throw error;
        firstError ??= error;
        warnings.push(`${error.toString()} (using the next card chunk)`);
      }
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
  const chunks = readPngChunks(image, options).filter((chunk) => cardKeywordOf(chunk) === null);
  const end = chunks.findIndex((chunk) => chunk.type === "IEND");
  chunks.splice(
    end,
    0,
    encodeTextChunk("chara", encodeBase64Utf8(JSON.stringify(toCardV2(card)))),
    encodeTextChunk("ccv3", encodeBase64Utf8(JSON.stringify(toCardV3(card)))),
  );
  return writePng(chunks);
}
