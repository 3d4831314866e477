/**
 * The bundled default tokenizer: Llama 3's (128,000 byte-level BPE tokens; vocabulary from the
 * llama3-tokenizer-js package, encoding by tiktoken, the library Llama 3's own tokenizer is built
 * on). Counting is fast: the text is cut into pre-tokens by Llama 3's split pattern, and each
 * distinct pre-token is encoded once and remembered; BPE never merges across pre-tokens, so the
 * sum is the count of the whole text. Tests check it against tiktoken on whole texts.
 */
import llama3Tokenizer from "llama3-tokenizer-js";
import { Tiktoken } from "tiktoken/lite";
import { prefixWithin, type TokenCounter } from "./token-counter.js";

/** White space as the tokenizer's regex engine (Rust, Unicode White_Space) sees it: with U+0085, without U+FEFF. */
const WHITE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
/** Llama 3's pre-tokenizer pattern in JavaScript, its case-insensitive group spelt out. */
const PRE_TOKEN = new RegExp(
  [
    "'(?:[sS]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD])",
    "[^\\r\\n\\p{L}\\p{N}]?\\p{L}+",
    "\\p{N}{1,3}",
    ` ?[^${WHITE}\\p{L}\\p{N}]+[\\r\\n]*`,
    `[${WHITE}]*[\\r\\n]+`,
    `[${WHITE}]+(?![^${WHITE}])`,
    `[${WHITE}]+`,
  ].join("|"),
  "gu",
);
/** The same pattern as Llama 3's tokenizer.json holds it, for tiktoken's Rust regex engine. */
const RUST_PATTERN = "(?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+";
const BPE_TOKENS = 128_000;
const PIECE_CACHE_LIMIT = 1 << 20;

/** GPT-2's byte-level alphabet: printable bytes stand for themselves, the others for U+0100 onwards. */
function byteOfCharacter(): Map<string, number> {
  const printable = new Set<number>();
  for (const [from, to] of [[33, 126], [161, 172], [174, 255]]) for (let b = from; b <= to; b++) printable.add(b);
  const map = new Map<string, number>();
  let next = 256;
  for (let b = 0; b < 256; b++) map.set(String.fromCharCode(printable.has(b) ? b : next++), b);
  return map;
}

let encoder: Tiktoken | null = null;

/** Llama 3's BPE as a tiktoken encoder, built once (about a tenth of a second). */
export function llama3Encoder(): Tiktoken {
  if (encoder) return encoder;
  const bytesOf = byteOfCharacter();
  const lines: string[] = [];
  for (let id = 0; id < BPE_TOKENS; id++) {
    const token = llama3Tokenizer.vocabById[id];
    lines.push(`${Buffer.from(Array.from(token, (char) => bytesOf.get(char)!)).toString("base64")} ${id}`);
  }
  return (encoder = new Tiktoken(lines.join("\n"), {}, RUST_PATTERN));
}

const utf8 = new TextDecoder();

export class Llama3Counter implements TokenCounter {
  readonly name = "llama3";
  /** `<|begin_of_text|>`, which Llama 3's tokenizer puts before every sequence. */
  readonly addedTokens = 1;
  private readonly encoder = llama3Encoder();
  private readonly pieces = new Map<string, number>();
  count(text: string): number {
    return this.countPieces(text);
  }

  truncate(text: string, maxTokens: number): string {
    const ids = Array.from(this.encoder.encode_ordinary(text));
    if (ids.length <= maxTokens) return text;
    return prefixWithin(text, ids, maxTokens, (prefix) => utf8.decode(this.encoder.decode(Uint32Array.from(prefix))));
  }

  private countPieces(text: string): number {
    let tokens = 0;
    PRE_TOKEN.lastIndex = 0;
    for (let match = PRE_TOKEN.exec(text); match; match = PRE_TOKEN.exec(text)) {
      const piece = match[0];
      let count = this.pieces.get(piece);
      if (count === undefined) {
        count = this.encoder.encode_ordinary(piece).length;
        if (this.pieces.size >= PIECE_CACHE_LIMIT) this.pieces.clear();
        this.pieces.set(piece, count);
      }
      tokens += count;
    }
    return tokens;
  }
}
