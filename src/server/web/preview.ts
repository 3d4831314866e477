/**
 * The preview of files before they are sent, computed in the browser: each file read the way the
 * server will read it (the same importer), and the personal information pippa would redact found
 * by the same detectors. Nothing leaves the browser here; the name lists come from the server once.
 */
import { importDocuments, type ImportDocument } from "../../formats/import-documents.js";
import type { Episode } from "../../model/pippa-record.js";
import { PiiAnalyzer } from "../../stages/redact/analyzer.js";
import type { Span } from "../../stages/redact/types.js";

export interface PreviewMessage {
  text: string;
  isHuman: boolean;
  spans: Span[];
}

export interface FilePreview {
  name: string;
  format: string | null;
  conversations: { botName: string; messages: PreviewMessage[]; total: number }[];
  messages: number;
  pii: number;
  /** Records that could not be read. */
  problems: string[];
  /** What the reader noticed (a card used for the chat beside it). */
  notes: string[];
}

const SHOWN_MESSAGES = 60;

function fileDocument(file: File): ImportDocument {
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

let analyzer: Promise<PiiAnalyzer> | null = null;

/** The analyzer, its name lists and dictionary fetched once from the server (~1 MB compressed). */
function loadAnalyzer(): Promise<PiiAnalyzer> {
  analyzer ??= fetch("/assets/name-data.json")
    .then((response) => {
      if (!response.ok) throw new Error(`name lists: ${response.status}`);
      return response.json() as Promise<{ first: string[]; last: string[]; places: string[]; wordNames: string[]; dictionary: string[] }>;
    })
    .then((data) =>
      PiiAnalyzer.withNames({ first: new Set(data.first), last: new Set(data.last), places: new Set(data.places), wordNames: new Set(data.wordNames) }, { dictionary: new Set(data.dictionary) }),
    );
  return analyzer;
}

/** Previews of the files (read together, so a card pairs with its chat as on the server). */
export async function previewFiles(files: readonly File[]): Promise<FilePreview[]> {
  const pii = await loadAnalyzer();
  const previews = new Map<string, FilePreview>(files.map((file) => [file.name, { name: file.name, format: null, conversations: [], messages: 0, pii: 0, problems: [], notes: [] }]));
  const documents = files.map(fileDocument);
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
    messages: episode.conversation.slice(0, SHOWN_MESSAGES).map((turn, i) => ({ text: turn.message, isHuman: turn.is_human, spans: spansOf.get(`conversation[${i}].message`) ?? [] })),
  });
}
