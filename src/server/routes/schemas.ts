/**
 * JSON schemas of the API's answers. Fastify writes an answer through its schema, which sends only
 * the properties listed (nothing a route did not mean to send leaks out) and describes it in
 * /api/openapi.json. So every property a client reads is listed here; shapes that grow (corpus
 * statistics, a build's summary) are left open. A value that may be fractional is a "number": as
 * an "integer" it would be truncated, and a `null` where none is declared would be written as 0 or
 * "".
 */
import { CONSENTS } from "../../model/consent.js";

const STRING = { type: "string" } as const;
const INTEGER = { type: "integer" } as const;
const NUMBER = { type: "number" } as const;
const BOOLEAN = { type: "boolean" } as const;
const NULLABLE_STRING = { type: ["string", "null"] } as const;
const COUNTS_BY_NAME = { type: "object", additionalProperties: INTEGER } as const;
const CONSENT = { type: "string", enum: [...CONSENTS] } as const;
const list = <T extends object>(items: T) => ({ type: "array", items }) as const;

/** An object of these properties, every one required but the `optional` ones. */
function object(properties: Record<string, object>, { optional = [], ...rest }: { optional?: readonly string[]; description?: string } = {}) {
  return { ...rest, type: "object", required: Object.keys(properties).filter((name) => !optional.includes(name)), properties } as const;
}

/**
 * An error answer: `error` says what was wrong; `code` is set for bad input (PIPPA_E_*) and for a
 * refused origin (PIPPA_E_ORIGIN, with the `origin` refused).
 */
export function errorAnswer(description: string) {
  return object({ error: STRING, code: STRING, origin: STRING }, { description, optional: ["code", "origin"] });
}

/** The answer of a browser post refused by the origin check (plugins/origins.ts). */
export const BROWSER_POST_REFUSED = errorAnswer("A browser post without this site's CSRF token, or from an origin not allowed (code PIPPA_E_ORIGIN, readable by that page).");

/** What /api/config tells a front-end: the consent choices and the upload limits. */
export const UPLOAD_FORM = object(
  {
    version: STRING,
    consent: list(object({ value: CONSENT, label: STRING })),
    limits: object({ fileBytes: INTEGER, requestBytes: INTEGER, files: INTEGER }),
  },
  { description: "The consent choices (value and the label to show) and the upload limits, in bytes and files." },
);

/** What was made of one file of an upload (intake.ts `FileResult`). */
const FILE_RESULT = object(
  {
    name: STRING,
    bytes: INTEGER,
    sha256: STRING,
    format: NULLABLE_STRING,
    accepted: BOOLEAN,
    role: { type: "string", enum: ["chat", "card", "definitions"] },
    conversations: INTEGER,
    messages: INTEGER,
    refused: { ...INTEGER, description: "records in the file that could not be read" },
    reason: { ...STRING, description: "why the file was refused" },
    warnings: list(STRING),
  },
  { optional: ["role", "reason"] },
);

export const UPLOAD_TAKEN = object(
  { receipt: STRING, submission: STRING, withdraw: { ...STRING, description: "the page to withdraw on" }, consent: CONSENT, files: list(FILE_RESULT) },
  { description: "Taken: the receipt code to withdraw with (shown once, stored only as a hash) and what was made of each file." },
);

export const UPLOAD_UNREADABLE = object({ error: STRING, files: list(FILE_RESULT) }, { description: "Nothing in the upload could be read as a conversation; each file says why." });

export const WITHDRAWN = object(
  { withdrawn: BOOLEAN, releasesRemoved: INTEGER, already: BOOLEAN },
  { description: "Withdrawn (`already` when it was before); `releasesRemoved` counts the stored releases deleted with it.", optional: ["releasesRemoved", "already"] },
);

/** A stored file of a submission (store.ts `StoredFile`). */
const STORED_FILE = object({
  id: STRING,
  submissionId: STRING,
  sha256: STRING,
  name: STRING,
  bytes: INTEGER,
  format: STRING,
  status: { type: "string", enum: ["ok", "card", "definitions"] },
  conversations: INTEGER,
  messages: INTEGER,
});

/** A submission's properties (store.ts `Submission`), shared by the list and the detail. */
const SUBMISSION_PROPERTIES = {
  id: STRING,
  createdMs: INTEGER,
  consent: CONSENT,
  channel: { ...STRING, description: "web, api or extension" },
  files: list(STORED_FILE),
  lastBuildMs: { type: ["integer", "null"], description: "when a finished release last held it; null: in none yet" },
} as const;

export const SUBMISSION_PAGE = object({ total: INTEGER, submissions: list(object(SUBMISSION_PROPERTIES)) }, { description: "The submissions that match, newest first, and how many match in all." });

/** One conversation as the curator reads it (curation.ts `describeSubmission`). */
const CONVERSATION_VIEW = object(
  {
    fileId: STRING,
    botName: STRING,
    botDescription: NULLABLE_STRING,
    messages: list(
      object({
        text: STRING,
        isHuman: BOOLEAN,
        spans: list(object({ start: INTEGER, end: INTEGER, type: STRING, score: NUMBER }, { description: "personal information found, as offsets into text" })),
      }),
    ),
    truncated: { ...BOOLEAN, description: "more messages than shown" },
    content: object({
      tags: { type: "object", description: "each content tag that holds, with its score", additionalProperties: NUMBER },
      evidence: list(object({ tag: STRING, field: STRING, rule: STRING, score: NUMBER, text: STRING })),
    }),
  },
  { optional: ["botDescription"] },
);

export const SUBMISSION_DETAIL = object(
  { ...SUBMISSION_PROPERTIES, conversationCount: INTEGER, conversations: list(CONVERSATION_VIEW) },
  { description: "The submission, how many conversations it holds, and the first of them with the personal information and content tags found." },
);

/** Quantiles and moments of a series (stats/describe.ts `SeriesSummary`). */
const SERIES = object({ count: INTEGER, median: NUMBER, mean: NUMBER, std: NUMBER, min: NUMBER, max: NUMBER, p90: NUMBER, p99: NUMBER });

export const STATISTICS = object(
  {
    counts: object({ submissions: INTEGER, files: INTEGER, withdrawn: INTEGER, byConsent: COUNTS_BY_NAME, byFormat: COUNTS_BY_NAME }),
    corpus: {
      type: "object",
      description: "stats/corpus-stats.ts `CorpusSummary`: message lengths, categories and more besides these",
      additionalProperties: true,
      properties: { conversations: INTEGER, personas: INTEGER, messages: INTEGER, turns: SERIES },
    },
  },
  { description: "Counts of the store, and the PIPPA paper's statistics over every current submission." },
);

export const BUILD = object(
  {
    id: STRING,
    createdMs: INTEGER,
    status: { type: "string", enum: ["running", "done", "failed", "removed"] },
    stage: STRING,
    records: INTEGER,
    error: NULLABLE_STRING,
    summary: { type: ["object", "null"], description: "the record counts of a finished build", additionalProperties: true },
  },
  { description: "A build: its status, the stage it is at, records so far, why it failed or was removed." },
);

export const BUILDS = { ...list(BUILD), description: "Builds, newest first." } as const;

export const RELEASE_ZIP = {
  description: "The public release as a zip file (its private part is never in it).",
  content: { "application/zip": { schema: { type: "string", format: "binary" } } },
} as const;
