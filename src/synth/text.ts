/**
 * English-like role-play text from templates: narrated actions between asterisks, speech that
 * addresses `{{user}}`, short human replies. Readable enough for demos and realistic in shape
 * (lengths, punctuation, the odd non-ASCII character) for tests and benchmarks.
 */
import type { Rng } from "../base/rng.js";
import * as V from "./vocabulary.js";

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function countWords(text: string): number {
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20) words++;
  return words;
}

export class TextGenerator {
  constructor(private readonly rng: Rng) {}

  /** One spoken sentence; `address` is how the speaker calls the listener. */
  sentence(address: string): string {
    const r = this.rng;
    switch (r.below(10)) {
      case 0:
        return `I ${r.pick(V.VERBS_PAST)} ${r.pick(V.DETERMINERS)} ${r.pick(V.ADJECTIVES)} ${r.pick(V.NOUNS)} ${r.pick(V.PREPOSITIONS)} ${r.pick(V.PLACES)}.`;
      case 1:
        return `Do you want to ${r.pick(V.VERBS)} ${r.pick(V.DETERMINERS)} ${r.pick(V.NOUNS)} ${r.pick(V.TIMES)}?`;
      case 2:
        return `${r.pick(V.INTERJECTIONS)}, ${address}, ${r.pick(V.ADVERBS)} ${r.pick(V.FEELINGS)} to see you.`;
      case 3:
        return `The ${r.pick(V.NOUNS)} ${r.pick(V.VERBS_PAST)} ${r.pick(V.ADVERBS)}, and nobody noticed.`;
      case 4:
        return `We should ${r.pick(V.VERBS)} the ${r.pick(V.NOUNS)} ${r.pick(V.PREPOSITIONS)} ${r.pick(V.PLACES)} ${r.pick(V.TIMES)}.`;
      case 5:
        return `I am ${r.pick(V.ADVERBS)} ${r.pick(V.FEELINGS)} that you ${r.pick(V.VERBS_PAST)} ${r.pick(V.DETERMINERS)} ${r.pick(V.NOUNS)}.`;
      case 6:
        return `You ${r.pick(V.VERBS_PAST)} ${r.pick(V.DETERMINERS)} ${r.pick(V.ADJECTIVES)} ${r.pick(V.NOUNS)}, didn't you?`;
      case 7:
        return `If you ${r.pick(V.VERBS)} ${r.pick(V.DETERMINERS)} ${r.pick(V.NOUNS)}, I will ${r.pick(V.VERBS)} ${r.pick(V.DETERMINERS)} ${r.pick(V.ADJECTIVES)} ${r.pick(V.NOUNS)}.`;
      case 8:
        return `Tell me about ${r.pick(V.DETERMINERS)} ${r.pick(V.NOUNS)} ${r.pick(V.PREPOSITIONS)} ${r.pick(V.PLACES)}.`;
      default:
        return `${r.pick(V.INTERJECTIONS)}... ${capitalise(r.pick(V.DETERMINERS))} ${r.pick(V.NOUNS)} is ${r.pick(V.ADVERBS)} ${r.pick(V.ADJECTIVES)}.`;
    }
  }

  /** A narrated action, `*Name smiles softly.*`. */
  action(name: string): string {
    const r = this.rng;
    return r.chance(0.5) ? `*${name} ${r.pick(V.ACTIONS)}.*` : `*${r.pick(V.ACTIONS)} ${r.pick(V.PREPOSITIONS)} ${r.pick(V.PLACES)}*`;
  }

  /** A bot turn of about `targetWords` words: actions and speech, in paragraphs when long. */
  botMessage(targetWords: number, charName: string): string {
    const r = this.rng;
    const address = r.chance(0.35) ? "{{user}}" : r.pick(["dear", "you", "friend", "traveler"]);
    const parts: string[] = [];
    let words = 0;
    let paragraphWords = 0;
    if (r.chance(0.6)) {
      const action = this.action(charName);
      parts.push(action);
      words += countWords(action);
    }
    while (words < targetWords) {
      let piece = r.chance(0.15) ? this.action(charName) : this.sentence(address);
      if (r.chance(0.02)) piece += r.pick(V.FLOURISHES);
      const pieceWords = countWords(piece);
      if (parts.length > 0) parts.push(paragraphWords > 60 && r.chance(0.3) ? "\n\n" : " ");
      if (parts[parts.length - 1] === "\n\n") paragraphWords = 0;
      parts.push(piece);
      words += pieceWords;
      paragraphWords += pieceWords;
    }
    return parts.join("");
  }

  /** A human turn of about `targetWords` words: short replies, questions, the odd action. */
  humanMessage(targetWords: number, charName: string): string {
    const r = this.rng;
    if (targetWords <= 2) {
      const opener = r.pick(V.HUMAN_OPENERS);
      return r.chance(0.3) ? `${opener} ${charName}` : opener;
    }
    const parts: string[] = [];
    let words = 0;
    if (r.chance(0.25)) {
      const action = `*${r.pick(V.ACTIONS).replace(/\b(her|his)\b/g, "my")}*`;
      parts.push(action);
      words += countWords(action);
    }
    while (words < targetWords) {
      const piece = this.sentence(charName);
      parts.push(piece);
      words += countWords(piece);
    }
    return parts.join(" ");
  }
}
