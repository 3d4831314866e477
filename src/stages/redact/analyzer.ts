/**
 * Runs every detector over a text and scores the candidates; for a whole conversation, first
 * learns the contributor's disclosed names (so they are redacted everywhere, even when the bot
 * repeats them) and the story's names (so they are left alone).
 */
import { detectAddresses } from "./detectors/address.js";
import { detectBirthDates } from "./detectors/dates.js";
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
import { scoreCandidates } from "./scoring.js";
import { DEFAULT_THRESHOLD, type Candidate, type DetectionContext, type Detector, type Span } from "./types.js";

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
};

export interface AnalyzerOptions {
  /** Spans scoring below this are dropped [0.5]. */
  threshold?: number;
}

/** What an episode-like record offers the analyzer. */
export interface ConversationInput {
  bot_name: string;
  bot_greeting: string;
  bot_description: string | null;
  bot_definitions: string | null;
  conversation: readonly { message: string; is_human: boolean }[];
  /** Names the importer knows the contributor by. */
  user_names?: readonly string[];
}

/** Spans found in one field of a record; `field` is a JSON path like `conversation[3].message`. */
export interface FieldSpans {
  field: string;
  text: string;
  spans: Span[];
}

export class PiiAnalyzer {
  private readonly threshold: number;

  private constructor(
    private readonly names: NameSets,
    options: AnalyzerOptions,
  ) {
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
  }

  /** Loads the name lists once (lazily imported) and returns a ready analyzer. */
  static async create(options: AnalyzerOptions = {}): Promise<PiiAnalyzer> {
    return new PiiAnalyzer(await loadNameSets(), options);
  }

  /**
   * Spans in one text. Without more context the text is treated as written by a person (human
   * turn) with no story names known.
   */
  analyzeText(text: string, context: Partial<Omit<DetectionContext, "names">> = {}): Span[] {
    const full: DetectionContext = { allowNames: context.allowNames ?? new Set(), userNames: context.userNames ?? [], isHuman: context.isHuman ?? true, names: this.names };
    const candidates: Candidate[] = [];
    for (const detect of Object.values(DETECTORS)) candidates.push(...detect(text, full));
    return scoreCandidates(text, candidates, this.threshold);
  }

  /** Spans in every text field of a conversation record. */
  analyzeConversation(record: ConversationInput): FieldSpans[] {
    const userNames = new Set(record.user_names ?? []);
    // Pass one: names the contributor disclosed, anywhere in the human turns.
    const noStory = new Set<string>();
    for (const turn of record.conversation) {
      if (!turn.is_human) continue;
      const context: DetectionContext = { allowNames: noStory, userNames: [], isHuman: true, names: this.names };
      for (const span of detectSelfDisclosure(turn.message, context)) {
        if (span.type === "USER" && span.score >= this.threshold) userNames.add(turn.message.slice(span.start, span.end));
      }
    }
    const knownUserNames = [...userNames];
    const allowNames = buildAllowNames(
      { ...record, botTurns: record.conversation.filter((turn) => !turn.is_human).map((turn) => turn.message) },
      knownUserNames,
    );
    const fields: FieldSpans[] = [];
    const scan = (field: string, text: string | null, isHuman: boolean) => {
      if (!text) return;
      const spans = this.analyzeText(text, { allowNames, userNames: knownUserNames, isHuman });
      fields.push({ field, text, spans });
    };
    scan("bot_greeting", record.bot_greeting, false);
    scan("bot_description", record.bot_description, false);
    scan("bot_definitions", record.bot_definitions, false);
    record.conversation.forEach((turn, i) => scan(`conversation[${i}].message`, turn.message, turn.is_human));
    return fields;
  }
}
