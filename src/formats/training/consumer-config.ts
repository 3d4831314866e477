/**
 * What a trainer's config for a prepared output is rendered from. Pure data: the caller (the Node
 * edge) resolves the paths, so a renderer is a function from this to text.
 */
export interface ConsumerConfigInput {
  /** The output's name (the last part of the output prefix), naming dataset entries. */
  name: string;
  /** The written splits, as absolute paths: train always, val when it holds examples. */
  files: { train: string; val?: string };
  /** The Jinja chat template the examples were measured with (--chat-template), or null for ChatML. */
  chatTemplate: string | null;
}
