/**
 * The PIPPA paper's section 3 figures for a corpus, gathered record by record and mergeable
 * across shards: counts, distinct personas, turns per conversation, message lengths in characters
 * and words for human and bot, categories.
 */
import type { PippaRecord } from "../model/pippa-record.js";
import { IntSeries, summariseSeries, type IntSeriesState, type SeriesSummary } from "./describe.js";
import { measureText, type TextMeasure } from "../base/measure-text.js";
import { PersonaStats, type PersonaTallyState } from "./persona-stats.js";

/** Plain form of `CorpusStats` for crossing worker boundaries. */
export interface CorpusStatsState {
  conversations: number;
  messages: number;
  personas: string[];
  categories: [string, number][];
  uncategorised: number;
  turns: IntSeriesState;
  humanChars: IntSeriesState;
  humanWords: IntSeriesState;
  botChars: IntSeriesState;
  botWords: IntSeriesState;
  /** Per-persona figures, when they were asked for. */
  personaDetails?: [string, PersonaTallyState][];
  /** Content tags, when conversations were classified. */
  content?: { classified: number; tags: [string, number][] };
}

export interface CorpusStatsOptions {
  /** Also keep figures per persona (the report's persona table) [false]. */
  personas?: boolean;
}

/** What `pippa stats --json` prints. */
export interface CorpusSummary {
  conversations: number;
  personas: number;
  messages: number;
  turns: SeriesSummary;
  message_chars: { human: SeriesSummary; bot: SeriesSummary };
  message_words: { human: SeriesSummary; bot: SeriesSummary };
  categories: { name: string; count: number }[];
  uncategorised: number;
  /** Conversations classified, and how many carry each content tag (only when asked for). */
  content?: { classified: number; tags: Record<string, number> };
}

export class CorpusStats {
  conversations = 0;
  messages = 0;
  readonly personas = new Set<string>();
  readonly categories = new Map<string, number>();
  uncategorised = 0;
  readonly turns = new IntSeries();
  readonly humanChars = new IntSeries();
  readonly humanWords = new IntSeries();
  readonly botChars = new IntSeries();
  readonly botWords = new IntSeries();
  /** Per-persona figures, or null when not asked for. */
  readonly personaStats: PersonaStats | null;
  private readonly measure: TextMeasure = { chars: 0, words: 0 };
  private contentClassified = 0;
  private readonly contentTags = new Map<string, number>();

  constructor(options: CorpusStatsOptions = {}) {
    this.personaStats = options.personas ? new PersonaStats() : null;
  }

  /** Counts one conversation's metadata; its messages arrive through `addMessage`. */
  addConversation(botId: string, categories: readonly string[] | null, turns: number, botName = ""): void {
    this.conversations++;
    this.personas.add(botId);
    this.turns.push(turns);
    this.personaStats?.addConversation(botId, botName, turns);
    if (!categories || categories.length === 0) {
      this.uncategorised++;
      return;
    }
    const counted = categories.length === 1 ? categories : new Set(categories);
    for (const name of counted) this.categories.set(name, (this.categories.get(name) ?? 0) + 1);
  }

  addMessage(isHuman: boolean, chars: number, words: number): void {
    this.messages++;
    this.personaStats?.addMessage(isHuman, words);
    if (isHuman) {
      this.humanChars.push(chars);
      this.humanWords.push(words);
    } else {
      this.botChars.push(chars);
      this.botWords.push(words);
    }
  }

  /** Counts one classified conversation's content tags. */
  addContentTags(tags: readonly string[]): void {
    this.contentClassified++;
    for (const tag of tags) this.contentTags.set(tag, (this.contentTags.get(tag) ?? 0) + 1);
  }

  /** Counts a whole parsed record. */
  addRecord(record: PippaRecord): void {
    this.addConversation(record.bot_id, record.categories, record.conversation.length, record.bot_name);
    for (const turn of record.conversation) {
      measureText(turn.message, this.measure);
      this.addMessage(turn.is_human, this.measure.chars, this.measure.words);
    }
  }

  merge(other: CorpusStatsState): void {
    this.conversations += other.conversations;
    this.messages += other.messages;
    for (const id of other.personas) this.personas.add(id);
    for (const [name, count] of other.categories) this.categories.set(name, (this.categories.get(name) ?? 0) + count);
    this.uncategorised += other.uncategorised;
    this.turns.merge(other.turns);
    this.humanChars.merge(other.humanChars);
    this.humanWords.merge(other.humanWords);
    this.botChars.merge(other.botChars);
    this.botWords.merge(other.botWords);
    if (other.personaDetails) this.personaStats?.merge(other.personaDetails);
    if (other.content) {
      this.contentClassified += other.content.classified;
      for (const [tag, count] of other.content.tags) this.contentTags.set(tag, (this.contentTags.get(tag) ?? 0) + count);
    }
  }

  toState(): CorpusStatsState {
    return {
      conversations: this.conversations,
      messages: this.messages,
      personas: [...this.personas],
      categories: [...this.categories],
      uncategorised: this.uncategorised,
      turns: this.turns.toState(),
      humanChars: this.humanChars.toState(),
      humanWords: this.humanWords.toState(),
      botChars: this.botChars.toState(),
      botWords: this.botWords.toState(),
      ...(this.personaStats ? { personaDetails: this.personaStats.toState() } : {}),
      ...(this.contentClassified > 0 ? { content: { classified: this.contentClassified, tags: [...this.contentTags] } } : {}),
    };
  }

  /** The typed-array buffers of a state, to transfer rather than copy. */
  static transferList(state: CorpusStatsState): ArrayBuffer[] {
    return [state.turns, state.humanChars, state.humanWords, state.botChars, state.botWords].map(
      (series) => series.counts.buffer as ArrayBuffer,
    );
  }

  summarise(): CorpusSummary {
    const categories = [...this.categories]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
      conversations: this.conversations,
      personas: this.personas.size,
      messages: this.messages,
      turns: summariseSeries(this.turns),
      message_chars: { human: summariseSeries(this.humanChars), bot: summariseSeries(this.botChars) },
      message_words: { human: summariseSeries(this.humanWords), bot: summariseSeries(this.botWords) },
      categories,
      uncategorised: this.uncategorised,
      ...(this.contentClassified > 0 ? { content: { classified: this.contentClassified, tags: Object.fromEntries([...this.contentTags].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) } } : {}),
    };
  }
}
