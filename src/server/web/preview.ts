/**
 * The preview of files before they are sent, computed in the browser: each file read the way the
 * server will read it (the same importer), and the personal information pippa would redact found
 * by the same detectors. Nothing leaves the browser here; the name lists come from the server once.
 */
import { importDocuments, type ImportDocument } from "../../formats/import-documents.js";
import type { Episode, EpisodeTurn } from "../../model/pippa-record.js";
import { PiiAnalyzer } from "../../stages/redact/analyzer.js";
import { namesFromData } from "../../stages/redact/name-data.js";
import type { Span } from "../../stages/redact/types.js";
import { previewCard, type CardPreview } from "./card-preview.js";

/** A text as it would be sent, with the personal information pippa would redact. */
export interface PreviewText {
  text: string;
  spans: Span[];
}

/** A swipe (alternative generation) sent with its message; `index` is its place in the turn's `swipes`. */
export interface PreviewSwipe extends PreviewText {
  index: number;
}

export interface PreviewMessage extends PreviewText {
  isHuman: boolean;
  /** The turn's swipes other than the one shown as the message itself. */
  swipes: PreviewSwipe[];
}

export interface ConversationPreview {
  botName: string;
  messages: PreviewMessage[];
  total: number;
  /** The character card read with the chat, its fields marked; null without one. */
  card: CardPreview | null;
}

export interface FilePreview {
  name: string;
  format: string | null;
  conversations: ConversationPreview[];
  messages: number;
  pii: number;
  /** Records that could not be read. */
  problems: string[];
  /** What the reader noticed (a card used for the chat beside it). */
  notes: string[];
}

/** A picked file as a document to import. */
export function fileDocument(file: File): ImportDocument {
  return {
    source: file.name,
    size: async () => file.size,
    modified: async () => file.lastModified,
    chunks: () => streamChunks(file),
    whole: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

async function* streamChunks(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Bytes already in memory (a chat built from SillyTavern's state) as a document to import. */
export function bytesDocument(source: string, bytes: Uint8Array, modified = Date.now()): ImportDocument {
  return {
    source,
    size: async () => bytes.length,
    modified: async () => modified,
    chunks: async function* () {
      yield bytes;
    },
    whole: async () => bytes,
  };
}

let analyzer: Promise<PiiAnalyzer> | null = null;

/** The analyzer, its name lists and dictionary fetched once (~1 MB compressed) from `nameDataUrl`. */
export function loadAnalyzer(nameDataUrl = "/assets/name-data.json"): Promise<PiiAnalyzer> {
  analyzer ??= fetch(nameDataUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`name lists: ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((data) => {
      const sets = namesFromData(data);
      if (!sets) throw new Error("name lists: not the expected document");
      return PiiAnalyzer.withNames(sets.names, { dictionary: sets.dictionary });
    });
  return analyzer;
}

/** Previews of the files (read together, so a card pairs with its chat as on the server). */
export function previewFiles(files: readonly File[]): Promise<FilePreview[]> {
  return previewDocuments(files.map(fileDocument));
}

/**
 * Previews of documents (read together), with the personal information found: every message, every
 * swipe and the card's fields, since what is sent must be what can be seen.
 */
export async function previewDocuments(documents: readonly ImportDocument[], nameDataUrl?: string): Promise<FilePreview[]> {
  const pii = await loadAnalyzer(nameDataUrl);
  const previews = new Map<string, FilePreview>(documents.map((document) => [document.source, { name: document.source, format: null, conversations: [], messages: 0, pii: 0, problems: [], notes: [] }]));
  for await (const event of importDocuments(documents)) {
    if (event.kind === "episode") {
      const preview = previews.get(event.episode.source?.file ?? "");
      if (preview) addEpisode(preview, event.episode, pii);
    } else if (event.kind === "reject") {
      previews.get(event.source)?.problems.push(event.reject.error.message);
    } else if (event.kind === "file") {
      const preview = previews.get(event.report.source);
      if (preview) {
        preview.format = event.report.format;
        preview.notes.push(...event.report.warnings);
      }
    }
  }
  return [...previews.values()];
}

function addEpisode(preview: FilePreview, episode: Episode, pii: PiiAnalyzer): void {
  const fields = pii.analyzeConversation({ ...episode, user_names: episode.user_names ?? [] });
  const spansOf = new Map(fields.map((field) => [field.field, field.spans]));
  let found = 0;
  for (const field of fields) found += field.spans.length;
  preview.pii += found;
  preview.messages += episode.conversation.length;
  preview.conversations.push({
    botName: episode.bot_name,
    total: episode.conversation.length,
    messages: episode.conversation.map((turn, i) => ({
      text: turn.message,
      isHuman: turn.is_human,
      spans: spansOf.get(`conversation[${i}].message`) ?? [],
      swipes: (turn.swipes ?? []).flatMap((swipe, k) => (isShownAsMessage(turn, k) ? [] : [{ index: k, text: swipe, spans: spansOf.get(`conversation[${i}].swipes[${k}]`) ?? [] }])),
    })),
    card: previewCard(episode, spansOf, pii),
  });
}

/** The chosen swipe is the message itself when it reads the same: shown once, as the message. */
function isShownAsMessage(turn: EpisodeTurn, index: number): boolean {
  const chosen = turn.swipe_id ?? turn.swipes!.indexOf(turn.message);
  return index === chosen && turn.swipes![index] === turn.message;
}
