/**
 * Figures per persona (bot_id) for the report's persona table: its name, how many conversations,
 * and exact medians of turns and of message lengths in words. Each persona keeps small exact
 * histograms (see `IntSeries`), so memory follows the number of personas, not of messages, and
 * merging across shards is addition.
 */
import { IntSeries, type IntSeriesState } from "./describe.js";

export interface PersonaTallyState {
  name: string;
  conversations: number;
  turns: IntSeriesState;
  humanWords: IntSeriesState;
  botWords: IntSeriesState;
}

class PersonaTally {
  conversations = 0;
  readonly turns = new IntSeries();
  readonly humanWords = new IntSeries();
  readonly botWords = new IntSeries();

  constructor(public name: string) {}
}

/** One row of the persona table. */
export interface PersonaSummary {
  botId: string;
  name: string;
  conversations: number;
  medianTurns: number;
  /** Median message length in words (NaN when the persona has no such message). */
  medianWords: { human: number; bot: number };
}

export class PersonaStats {
  private readonly tallies = new Map<string, PersonaTally>();
  private current: PersonaTally | null = null;

  get size(): number {
    return this.tallies.size;
  }

  /** Whether the persona has been seen (its name is only kept from its first conversation). */
  has(botId: string): boolean {
    return this.tallies.has(botId);
  }

  /** Starts a conversation; the messages that follow (`addMessage`) are counted for this persona. */
  addConversation(botId: string, name: string, turns: number): void {
    let tally = this.tallies.get(botId);
    if (!tally) this.tallies.set(botId, (tally = new PersonaTally(name)));
    tally.conversations++;
    tally.turns.push(turns);
    this.current = tally;
  }

  addMessage(isHuman: boolean, words: number): void {
    this.current?.[isHuman ? "humanWords" : "botWords"].push(words);
  }

  merge(state: [string, PersonaTallyState][]): void {
    for (const [botId, incoming] of state) {
      let tally = this.tallies.get(botId);
      if (!tally) this.tallies.set(botId, (tally = new PersonaTally(incoming.name)));
      tally.conversations += incoming.conversations;
      tally.turns.merge(incoming.turns);
      tally.humanWords.merge(incoming.humanWords);
      tally.botWords.merge(incoming.botWords);
    }
  }

  toState(): [string, PersonaTallyState][] {
    return [...this.tallies].map(([botId, tally]) => [
      botId,
      { name: tally.name, conversations: tally.conversations, turns: tally.turns.toState(), humanWords: tally.humanWords.toState(), botWords: tally.botWords.toState() },
    ]);
  }

  /** The personas with the most conversations (ties by id), summarised. */
  top(count: number): PersonaSummary[] {
    return [...this.tallies]
      .sort((a, b) => b[1].conversations - a[1].conversations || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, count)
      .map(([botId, tally]) => ({
        botId,
        name: tally.name,
        conversations: tally.conversations,
        medianTurns: tally.turns.quantile(0.5),
        medianWords: { human: tally.humanWords.quantile(0.5), bot: tally.botWords.quantile(0.5) },
      }));
  }
}
