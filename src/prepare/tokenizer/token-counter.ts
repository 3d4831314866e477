/** What context fitting needs of a tokenizer. */
export interface TokenCounter {
  /** Shown in summaries: "llama3" or the tokenizer file. */
  readonly name: string;
  /** Tokens of the text, no special tokens added. */
  count(text: string): number;
  /**
   * Special tokens the tokenizer adds to every sequence it encodes for training (Llama 3: its
   * `<|begin_of_text|>`): part of what the model sees, so part of every example's count.
   */
  readonly addedTokens: number;
  /** The longest prefix of the text that is at most `maxTokens` tokens, cut at a token boundary. */
  truncate(text: string, maxTokens: number): string;
}

/**
 * The longest prefix of `text` that `decode` gives for the first k ≤ `maxTokens` `ids`: decoding a
 * prefix of the token ids can end inside a character, so it steps back until the decoded text is a
 * true prefix of the original.
 */
export function prefixWithin(text: string, ids: readonly number[], maxTokens: number, decode: (ids: number[]) => string): string {
  for (let k = Math.min(maxTokens, ids.length); k > 0; k--) {
    const prefix = decode(ids.slice(0, k));
    if (text.startsWith(prefix)) return prefix;
  }
  return "";
}

/**
 * Counts nothing: for files made without a token budget whose counts nobody reads (a build's
 * pippa_metharme.jsonl), where tokenizing every text would be most of the work.
 */
export class UncountedTokens implements TokenCounter {
  readonly name = "none";
  readonly addedTokens = 0;
  count(): number {
    return 0;
  }
  truncate(text: string): string {
    return text;
  }
}
