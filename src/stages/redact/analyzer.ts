/**
 * Runs every detector over a text and scores the candidates; for a whole conversation, first
 * learns the contributor's disclosed names (so they are redacted everywhere, even when the bot
 * repeats them) and the story's names (so they are left alone).
 */
import { LRUCache } from "lru-cache";
import { detectAddresses } from "./detectors/address.js";
import { detectBirthDates, detectDateTimes } from "./detectors/dates.js";
import { detectSelfDisclosure } from "./detectors/disclosure.js";
import { detectEmails } from "./detectors/email.js";
import { detectHandles } from "./detectors/handles.js";
import { detectKnownUserNames } from "./detectors/known-names.js";
import { detectPersonNames } from "./detectors/names.js";
import { detectOrganizations } from "./detectors/organizations.js";
import { detectPlaces } from "./detectors/places.js";
import { detectNetworkAddresses } from "./detectors/network.js";
import { detectPaymentNumbers } from "./detectors/payment.js";
import { detectPhones } from "./detectors/phone.js";
import { detectSsns } from "./detectors/ssn.js";
import { detectUrls } from "./detectors/url.js";
import { buildAllowNames } from "./allow-list.js";
import { loadNameSets, type NameSets } from "./name-data.js";
import { ENDS_WITH_HONORIFIC, RELATION_NAME } from "./relation-phrases.js";
import { isForeignFunctionWord } from "./function-words.js";
import { scoreCandidates } from "./scoring.js";
import { insideAsterisks, insideOoc, oocRegions, allMatches } from "./text-utils.js";
import { COMMON_WORDS, FIELD_LABELS } from "./word-lists.js";
import { DEFAULT_THRESHOLD, type Candidate, type DetectionContext, type Detector, type NameSet, type PiiType, type Span } from "./types.js";

/** "Dana: hey" at the start of a line of a human turn: the person typing. */
const SPEAKER_LABEL = /^[ \t]*([\p{Lu}][\p{L}'’-]{1,30}):[ \t]/gmu;

/**
 * The parts of an address a bot repeats on their own ("14 Birch Road", "LS6 3HQ" of "14 Birch
 * Road, Leeds, LS6 3HQ"): each part between commas or line breaks that holds a digit, and each
 * postcode-like number ("04109" of "04109 Leipzig").
 */
function addressParts(address: string): string[] {
  return address
    .split(/[,\n]|\.{2,}|…/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 4 && /\d/.test(part))
    .concat(address.match(/(?<![\p{L}\p{N}])\d{4,6}(?:-\d{3,4})?(?![\p{L}\p{N}])/gu) ?? []);
}

/** Words saying what follows is the character's, not the person's ("in the story im from …"). */
const IN_STORY = /\b(?:in (?:the |this )?(?:story|rp|roleplay|role-play|game|verse)|my (?:character|char|oc|persona)|in character|ic:)/i;
/** Words that follow a relation word without being a name ("my mom said", "my dad will"). */
const NOT_AFTER_RELATION = new Set(["im", "i'm", "i’m", "ive", "i", "me", "you", "u", "he", "she", "they", "we", "it", "gonna", "will", "may", "can", "could", "would", "should", "might", "must", "did", "does", "has", "had", "was", "is", "are", "and", "or", "but", "so", "too", "just", "also", "always", "never", "says", "said", "and", "who", "that", "lol", "lmao", "irl", "rn", "then", "when", "if", "to", "in", "at", "on", "of", "for", "with", "its", "it's", "gets", "got", "says", "thinks", "wants", "likes", "loves", "hates", "told", "asked", "made", "makes", "took"]);

export const DETECTORS: Readonly<Record<string, Detector>> = {
  email: detectEmails,
  url: detectUrls,
  network: detectNetworkAddresses,
  payment: detectPaymentNumbers,
  phone: detectPhones,
  ssn: detectSsns,
  address: detectAddresses,
  handle: detectHandles,
  disclosure: detectSelfDisclosure,
  name: detectPersonNames,
  place: detectPlaces,
  organization: detectOrganizations,
  "known-name": detectKnownUserNames,
  "birth-date": detectBirthDates,
  "date-time": detectDateTimes,
};

const ALL_DETECTORS: readonly Detector[] = Object.values(DETECTORS);
/** Detectors that find nothing in a text without an ASCII digit: one test for all instead of one each. */
const NEED_DIGITS = new Set<Detector>([detectPhones, detectSsns, detectAddresses, detectPaymentNumbers]);
const DIGIT = /\d/;

/**
 * What a bot's turn is searched with. Names, places, handles, addresses and self-disclosure come
 * from the person; in the bot's turns they are found as the values learnt from the person's turns
 * (known names and values), so only the patterns that stand on their own run there: five times
 * faster over the four fifths of the text that bots write.
 */
const BOT_TURN_DETECTORS: readonly Detector[] = [detectEmails, detectUrls, detectNetworkAddresses, detectPaymentNumbers, detectPhones, detectSsns, detectKnownUserNames];
/** Learnt values that are words (names, places): matched in a bot's own fields only as written. */
const WORD_LIKE_TYPES = new Set<PiiType>(["USER", "PERSON", "LOCATION", "ORG"]);
/** Types whose values, found in the person's turns, are looked for again in the bot's. */
const PROPAGATED = new Set<PiiType>(["EMAIL", "URL", "IP", "MAC", "CREDIT_CARD", "IBAN", "PHONE", "SSN", "ADDRESS", "HANDLE", "LOCATION", "ORG", "DATE"]);

/**
 * Persona texts whose detections are remembered: a bot's fields recur in all its conversations,
 * and a collection holds a few thousand bots (PIPPA: 1,254, three fields each).
 */
const PERSONA_CACHE_SIZE = 4096;
/** A bot's own fields: every detector but the known names, whose finds depend on the conversation. */
const PERSONA_DETECTORS = ALL_DETECTORS.filter((detect) => detect !== detectKnownUserNames);

export interface AnalyzerOptions {
  /** Spans scoring below this are dropped [0.5]. */
  threshold?: number;
  /** English words (lower case), so "job" or "rune" are not taken for names; none by default. */
  dictionary?: ReadonlySet<string>;
  /** Story names the corpus shows (see `countCorpusNames`); none by default. */
  storyNames?: ReadonlySet<string>;
}

/** What an episode-like record offers the analyzer. */
export interface ConversationInput {
  bot_name: string;
  bot_greeting: string;
  bot_description: string | null;
  bot_definitions: string | null;
  /** Turns; `swipes` (alternative generations) are searched as their turn is. */
  conversation: readonly { message: string; is_human: boolean; swipes?: readonly unknown[] }[];
  /** Names the importer knows the contributor by. */
  user_names?: readonly string[];
}

/** The names a conversation's analysis uses. */
export interface ConversationContext {
  allowNames: NameSet;
  userNames: string[];
  realNames: string[];
  /** The conversation's memo of context-free findings (see `DetectionContext.memo`). */
  memo?: Map<string, unknown>;
}

/**
 * Spans found in one field of a record; `field` is a JSON path like `conversation[3].message` or
 * `conversation[3].swipes[1]`, and `turn` and `swipe` say the same as numbers.
 */
export interface FieldSpans {
  field: string;
  text: string;
  spans: Span[];
  turn?: number;
  swipe?: number;
}

export class PiiAnalyzer {
  private readonly threshold: number;
  private readonly dictionary: ReadonlySet<string>;
  private readonly storyNames: ReadonlySet<string> | undefined;
  /** Candidates in persona fields (greeting, description, definitions) that no conversation changes. */
  private readonly personaCandidates = new LRUCache<string, Candidate[]>({ max: PERSONA_CACHE_SIZE });

  private constructor(
    private readonly names: NameSets,
    options: AnalyzerOptions,
  ) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.dictionary = options.dictionary ?? new Set();
    this.storyNames = options.storyNames;
  }

  /** Loads the name lists once (lazily imported) and returns a ready analyzer. */
  static async create(options: AnalyzerOptions = {}): Promise<PiiAnalyzer> {
    return new PiiAnalyzer(await loadNameSets(), options);
  }

  /** An analyzer over name lists loaded elsewhere (a browser fetches them as one JSON file). */
  static withNames(names: NameSets, options: AnalyzerOptions = {}): PiiAnalyzer {
    return new PiiAnalyzer(names, options);
  }

  /**
   * Spans in one text. Without more context the text is treated as written by a person (human
   * turn) with no story names known.
   */
  analyzeText(text: string, context: Partial<Omit<DetectionContext, "names" | "dictionary">> = {}, detectors: readonly Detector[] = ALL_DETECTORS): Span[] {
    return scoreCandidates(text, this.detect(text, this.context(context), detectors), this.threshold);
  }

  private detect(text: string, context: DetectionContext, detectors: readonly Detector[]): Candidate[] {
    const candidates: Candidate[] = [];
    const hasDigit = DIGIT.test(text);
    for (const detect of detectors) if (hasDigit || !NEED_DIGITS.has(detect)) candidates.push(...detect(text, context));
    return candidates;
  }

  private context(partial: Partial<Omit<DetectionContext, "names" | "dictionary">>): DetectionContext {
    return {
      allowNames: partial.allowNames ?? new Set(),
      userNames: partial.userNames ?? [],
      realNames: partial.realNames ?? [],
      knownValues: partial.knownValues ?? [],
      isHuman: partial.isHuman ?? true,
      names: this.names,
      dictionary: this.dictionary,
      storyNames: this.storyNames,
      memo: partial.memo,
      rolePlay: partial.rolePlay,
    };
  }

  /**
   * Pass one over the human turns: the names the contributor goes by (introductions, speaker
   * labels) and the real people they name ("my brother Tyler", "mrs hannigan"). Both are then
   * redacted everywhere, also where the bot repeats them.
   */
  learnNames(record: ConversationInput, memo?: Map<string, unknown>): { userNames: string[]; realNames: string[]; disclosed: string[] } {
    const userNames = new Set(record.user_names ?? []);
    const realNames = new Set<string>();
    // Places and dates the person says are theirs: the bot repeating them does not make them the story's.
    const disclosed = new Set<string>();
    const persona = buildAllowNames({ bot_name: record.bot_name, bot_greeting: record.bot_greeting, bot_description: record.bot_description, bot_definitions: record.bot_definitions });
    const context = this.context({ allowNames: persona, memo });
    // A place the bot named before the person disclosed it is the story's, even when the person
    // then says they are from it ("in the story im from Frosthollow"); asked only of disclosures.
    const botNamedBefore = (turnIndex: number, value: string) => {
      const lower = value.toLowerCase();
      return record.conversation.slice(0, turnIndex).some((turn) => !turn.is_human && turn.message.toLowerCase().includes(lower));
    };
    for (const [turnIndex, turn] of record.conversation.entries()) {
      if (!turn.is_human) continue;
      const text = turn.message;
      for (const span of detectSelfDisclosure(text, context)) {
        if (span.type === "USER" && span.score >= this.threshold) userNames.add(text.slice(span.start, span.end));
        // Family and friends named in a disclosure ("mi hermano Leo") are real people wherever they recur.
        else if (span.rule === "disclosure/relative" && span.score >= this.threshold) realNames.add(text.slice(span.start, span.end));
        else if (span.rule.startsWith("disclosure/") && span.score >= this.threshold) {
          const value = text.slice(span.start, span.end);
          const before = text.slice(Math.max(0, span.start - 40), span.start);
          if (!IN_STORY.test(before) && !botNamedBefore(turnIndex, value)) disclosed.add(value);
        }
      }
      // Out of character, a first name is a real person's ("ooc brianna would pass out lol").
      for (const region of oocRegions(text)) {
        for (const match of allMatches(/[\p{L}][\p{L}'’-]+/gu, text.slice(region.start, region.end))) {
          const word = match[0].replace(/['’]s$/, "");
          const lower = word.toLowerCase();
          if (persona.has(lower) || COMMON_WORDS.has(lower) || NOT_AFTER_RELATION.has(lower) || isForeignFunctionWord(word) || word.length < 4 || word === word.toUpperCase()) continue;
          if (this.names.first.has(lower) && !this.dictionary.has(lower)) realNames.add(word);
        }
      }
      for (const match of allMatches(SPEAKER_LABEL, text)) {
        const name = match[1];
        const lower = name.toLowerCase();
        if (!persona.has(lower) && !COMMON_WORDS.has(lower) && !FIELD_LABELS.has(lower) && !/^(?:ooc|narrator|system)$/i.test(name)) userNames.add(name);
      }
      for (const match of RELATION_NAME.matches(text)) {
        const name = match[1];
        const lower = name.toLowerCase();
        if (insideAsterisks(text, match.index!) || persona.has(lower) || NOT_AFTER_RELATION.has(lower) || isForeignFunctionWord(name)) continue;
        // Right after a relation word even "rose" or "ray" is a name, if some list knows it as one.
        // A name no list knows is a character's ("my girlfriend Kequing") unless the person is out
        // of character: in a role-play a relation word says nothing about the real world.
        const listed = this.names.first.has(lower) || this.names.last.has(lower) || this.names.wordNames.has(lower);
        // An honorific ("our teacher mr okafor") is a cue of its own: surname lists are never complete.
        const honorific = ENDS_WITH_HONORIFIC.test(match[0].slice(0, match[0].length - name.length));
        if (listed || (!this.dictionary.has(lower) && (honorific || insideOoc(text, match.index!)))) realNames.add(name);
      }
    }
    // A full name's parts are used alone too ("Priya Raman", later just "Priya").
    for (const name of [...userNames]) {
      const parts = name.split(/\s+/);
      if (parts.length > 1) for (const part of parts) if (part.length >= 3 && !this.dictionary.has(part.toLowerCase())) userNames.add(part);
    }
    for (const name of userNames) realNames.delete(name);
    return { userNames: [...userNames], realNames: [...realNames], disclosed: [...disclosed] };
  }

  /** What a conversation teaches about names: the story's to keep, the real ones to redact. */
  conversationContext(record: ConversationInput): ConversationContext {
    const memo = new Map<string, unknown>();
    const { userNames, realNames, disclosed } = this.learnNames(record, memo);
    const allowNames = buildAllowNames(
      { ...record, botTurns: record.conversation.filter((turn) => !turn.is_human).map((turn) => turn.message) },
      [...userNames, ...realNames, ...disclosed],
    );
    return { allowNames, userNames, realNames, memo };
  }

  /** Spans in every text field of a conversation record. */
  analyzeConversation(record: ConversationInput, known: ConversationContext = this.conversationContext(record)): FieldSpans[] {
    const { allowNames, userNames, realNames, memo } = known;
    // The person's turns first: what they reveal is then looked for in the bot's turns too.
    const humanSpans = new Map<number, Span[]>();
    const knownValues = new Map<string, { value: string; type: PiiType }>();
    const botName = record.bot_name.toLowerCase();
    record.conversation.forEach((turn, i) => {
      if (!turn.is_human) return;
      const spans = this.analyzeText(turn.message, { allowNames, userNames, realNames, isHuman: true, memo, rolePlay: true });
      humanSpans.set(i, spans);
      for (const span of spans) {
        if (!PROPAGATED.has(span.type)) continue;
        const value = turn.message.slice(span.start, span.end);
        // A value that is also the bot's name ("March 7th", a character) is not looked for in its turns.
        if (botName.includes(value.toLowerCase())) continue;
        for (const part of span.type === "ADDRESS" ? [value, ...addressParts(value)] : [value]) {
          if (!knownValues.has(part.toLowerCase())) knownValues.set(part.toLowerCase(), { value: part, type: span.type });
        }
      }
    });
    const values = [...knownValues.values()];
    const fields: FieldSpans[] = [];
    // The bot's own fields are its creator's writing: every detector runs there. They are the same
    // in every conversation with the bot, so only what this conversation adds (the names and values
    // learnt from the person) is looked for again; bot fields are read as a bot's (no allow-list).
    const personaContext = this.context({ allowNames, userNames, realNames, knownValues: values, isHuman: false });
    const writtenAsLearnt = new Set([...userNames, ...realNames, ...values.map((known) => known.value)]);
    const scanPersona = (field: string, text: string | null) => {
      if (!text) return;
      let candidates = this.personaCandidates.get(text);
      if (!candidates) this.personaCandidates.set(text, (candidates = this.detect(text, personaContext, PERSONA_DETECTORS)));
      // A learnt name or place rewrites the bot's own writing only as the person wrote it: the
      // Indonesian word "putri" in a description is no trace of a user called Putri.
      const learnt = detectKnownUserNames(text, personaContext).filter((span) => !WORD_LIKE_TYPES.has(span.type) || writtenAsLearnt.has(text.slice(span.start, span.end)));
      fields.push({ field, text, spans: scoreCandidates(text, learnt.length > 0 ? [...candidates, ...learnt] : candidates, this.threshold) });
    };
    scanPersona("bot_greeting", record.bot_greeting);
    scanPersona("bot_description", record.bot_description);
    scanPersona("bot_definitions", record.bot_definitions);
    const humanContext = { allowNames, userNames, realNames, isHuman: true, rolePlay: true };
    const botContext = { allowNames, userNames, realNames, knownValues: values, isHuman: false };
    record.conversation.forEach((turn, i) => {
      const spans = turn.is_human ? humanSpans.get(i)! : this.analyzeText(turn.message, botContext, BOT_TURN_DETECTORS);
      fields.push({ field: `conversation[${i}].message`, text: turn.message, spans, turn: i });
      // A turn's alternatives are searched as the turn itself is.
      turn.swipes?.forEach((swipe, k) => {
        if (typeof swipe !== "string") return;
        const swipeSpans = turn.is_human ? this.analyzeText(swipe, humanContext) : this.analyzeText(swipe, botContext, BOT_TURN_DETECTORS);
        fields.push({ field: `conversation[${i}].swipes[${k}]`, text: swipe, spans: swipeSpans, turn: i, swipe: k });
      });
    });
    return fields;
  }
}
