export { decodeBase64, decodeBase64Utf8, encodeBase64Utf8 } from "./base64.js";
export { detectCardShape, parseCard, toCardV2, toCardV3 } from "./card.js";
export type { CardData, CardShape, CharacterCard, ParsedCard } from "./card.js";
export {
  END_OF_DIALOG,
  botFieldsToCard,
  cardBotId,
  cardForEpisode,
  cardToBotFields,
  definitionsToStartBlocks,
  foldDescription,
  sourcedDefinitions,
  sourcedDescription,
  splitEndOfDialogBlocks,
  splitStartBlocks,
  startBlocksToDefinitions,
} from "./card-fields.js";
export type { BotFields, FieldSource, SourcedText } from "./card-fields.js";
export { readCardPng, writeCardPng } from "./card-png.js";
export type { PngCard } from "./card-png.js";
export {
  DEFAULT_MAX_INFLATED_BYTES,
  DEFAULT_MAX_TEXT_BYTES,
  InflateBudget,
  blankPng,
  decodeTextChunk,
  encodeCompressedTextChunk,
  encodeTextChunk,
  isPng,
  readPngChunks,
  textChunkKeyword,
  writePng,
} from "./png-chunks.js";
export type { PngChunk, PngReadOptions, PngText, TextChunkOptions } from "./png-chunks.js";
