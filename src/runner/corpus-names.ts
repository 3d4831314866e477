/** A pass over input files that counts the names of their human turns across bots (see stages/redact/corpus-names). */
import type { PiiAnalyzer } from "../stages/redact/analyzer.js";
import { CorpusNameCounter, DEFAULT_MIN_BOTS } from "../stages/redact/corpus-names.js";
import { expandInputs, importFilesAndPieces, type FilePiece } from "./import-files.js";
import { createPiiAnalyzer } from "./pii-analyzer.js";

/**
 * The story names of a corpus: capitalised words its people wrote to at least `minBots` distinct
 * bots. Unreadable input is skipped here (the pass that follows reports it).
 */
export async function countCorpusNames(files: readonly string[], minBots = DEFAULT_MIN_BOTS): Promise<ReadonlySet<string>> {
  return (await corpusNameCounter(await expandInputs(files), minBots)).storyNames();
}

/** The counts behind `countCorpusNames`, over files or parts of files (a build's shard), to be merged. */
export async function corpusNameCounter(files: readonly (string | FilePiece)[], minBots = DEFAULT_MIN_BOTS): Promise<CorpusNameCounter> {
  const counter = new CorpusNameCounter(minBots);
  for await (const event of importFilesAndPieces(files)) {
    if (event.kind !== "episode") continue;
    const { episode } = event;
    counter.addConversation(episode.bot_id, episode.conversation.filter((turn) => turn.is_human).map((turn) => turn.message));
  }
  return counter;
}

/**
 * The analyzer for a pass over `files`, as redact and pii scan use it: with their story names
 * counted first (a pass of its own) when `corpusNames`.
 */
export async function createCorpusAnalyzer(files: readonly string[], options: { threshold?: number; corpusNames: boolean }): Promise<PiiAnalyzer> {
  const storyNames = options.corpusNames ? await countCorpusNames(files) : undefined;
  return createPiiAnalyzer({ threshold: options.threshold, storyNames });
}
