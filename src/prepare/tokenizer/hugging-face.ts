/**
 * Any tokenizer saved as a Hugging Face `tokenizer.json` (with its `tokenizer_config.json` when at
 * hand), through Hugging Face's own JavaScript implementation. Slower than the bundled Llama 3
 * counter, exact for whatever model the file belongs to.
 */
import { Tokenizer } from "@huggingface/tokenizers";
import { prefixWithin, type TokenCounter } from "./token-counter.js";

export class HuggingFaceCounter implements TokenCounter {
  private readonly tokenizer: Tokenizer;
  /** What the tokenizer's post-processor adds to a sequence (BOS, EOS), from encoding nothing. */
  readonly addedTokens: number;

  constructor(
    readonly name: string,
    tokenizerJson: object,
    tokenizerConfig: object = {},
  ) {
    this.tokenizer = new Tokenizer(tokenizerJson as never, tokenizerConfig as never);
    this.addedTokens = this.tokenizer.encode("", { add_special_tokens: true }).ids.length;
  }

  count(text: string): number {
    return this.ids(text).length;
  }

  truncate(text: string, maxTokens: number): string {
    const ids = this.ids(text);
    if (ids.length <= maxTokens) return text;
    return prefixWithin(text, ids, maxTokens, (prefix) => this.tokenizer.decode(prefix, { skip_special_tokens: false }));
  }

  private ids(text: string): number[] {
    return this.tokenizer.encode(text, { add_special_tokens: false }).ids;
  }
}
