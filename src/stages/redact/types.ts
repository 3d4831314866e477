/**
 * What the detectors find: typed spans with a score and the rule that fired, Presidio-style.
 * Offsets are UTF-16 code units of the text they were found in (JavaScript string indices).
 */

export const PII_TYPES = [
  "EMAIL",
  "URL",
  "IP",
  "MAC",
  "CREDIT_CARD",
  "IBAN",
  "PHONE",
  "SSN",
  "ADDRESS",
  "HANDLE",
  "PERSON",
  "USER",
  "LOCATION",
  "AGE",
  "ORG",
  "DATE",
] as const;
/** `USER` is the contributor's own name: it becomes `{{user}}`, not `<PERSON>`. */
export type PiiType = (typeof PII_TYPES)[number];

export interface Span {
  start: number;
  end: number;
  type: PiiType;
  /** 0..1; spans below the threshold are dropped. */
  score: number;
  /** Which detector rule found it, e.g. `email/public-suffix`. */
  rule: string;
}

/** A candidate before context words are considered. */
export interface Candidate extends Span {
  /** Words that, near the span, make it more likely (lower case). */
  context?: readonly string[];
}

/** Lower-case names: asked whether it holds one, and walked to find one misspelt. */
export interface NameSet extends Iterable<string> {
  has(name: string): boolean;
}

/** What detection knows beyond the text itself. */
export interface DetectionContext {
  /** Names never to redact: the bot's, its story's (lower case). */
  allowNames: NameSet;
  /** The contributor's known names (from the importer or found disclosed), redacted everywhere. */
  userNames: readonly string[];
  /** True for a human turn (self-disclosure is about the contributor). */
  isHuman: boolean;
  /** Values found in the person's turns (an e-mail, a handle, a city), looked for again in the bot's. */
  knownValues: readonly { value: string; type: PiiType }[];
  /** Other real people's names learnt from the conversation ("my brother Tyler"), redacted everywhere. */
  realNames: readonly string[];
  /** English words (lower case): a lower-case word that is one is no name without strong context. */
  dictionary: ReadonlySet<string>;
  /** First names, surnames and places (lower case). */
  names: { first: ReadonlySet<string>; last: ReadonlySet<string>; places: ReadonlySet<string>; wordNames: ReadonlySet<string> };
  /**
   * What self-disclosure found in a text that no context changes, by text, kept while one
   * conversation is analysed (its human turns are read twice: to learn names, then to find PII).
   * Absent: nothing is kept.
   */
  memo?: Map<string, unknown>;
  /**
   * Names the corpus shows to be the story's: written by people chatting with many unrelated bots
   * (a fandom's characters and places), lower case. They no longer count as names on their own
   * (a list's first name, an unknown capitalised word); with a cue ("my name is …") they still do.
   */
  storyNames?: ReadonlySet<string>;
  /**
   * The text is a person's turn in a role-play with a character: a capitalised word no list knows
   * is then far more often the story's than a real person's, and needs a cue to count.
   */
  rolePlay?: boolean;
}

export interface DetectorOptions {
  /** Drop spans scoring below this [0.5]. */
  threshold: number;
}

/** Spans scoring below this are dropped, unless a caller chooses another threshold (the one place it is written). */
export const DEFAULT_THRESHOLD = 0.5;

/** A detector looks at one text and proposes candidates. */
export type Detector = (text: string, context: DetectionContext) => Candidate[];
