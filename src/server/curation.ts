/**
 * What the curator sees: a submission's conversations with the personal information the redaction
 * stage would take out and the content tags the content stage gives (with the words that gave
 * them), and the PIPPA statistics over every current submission. Files are read
 * back from their blobs the way `pippa import` reads them, a submission's card with its chats, on
 * a worker thread (see parse-worker), so re-reading stored files never stalls other requests.
 */
import type { CorpusSummary } from "../stats/corpus-stats.js";
import { createPiiAnalyzer } from "../runner/pii-analyzer.js";
import type { PiiAnalyzer } from "../stages/redact/analyzer.js";
import { classifyContent, contentFields } from "../stages/content/classify.js";
import type { Storage } from "./intake.js";
import { readCorpusStatistics, sampleEpisodes } from "./parse-worker.js";
import { filesBySubmission, type Submission } from "./store/store.js";

/** Shown at most, so one huge upload cannot make a huge page. */
const MAX_CONVERSATIONS = 20;
const MAX_MESSAGES = 400;
const MAX_EVIDENCE = 50;

let analyzer: Promise<PiiAnalyzer> | null = null;

export async function describeSubmission(storage: Storage, submission: Submission) {
  analyzer ??= createPiiAnalyzer();
  const pii = await analyzer;
  const byPath = new Map(submission.files.map((file) => [storage.blobs.pathOf(file.sha256), file.id]));
  const sample = await sampleEpisodes([...byPath.keys()], MAX_CONVERSATIONS);
  const conversations = [];
  for (const episode of sample.episodes) {
    const fileId = byPath.get(episode.source?.file ?? "") ?? "";
    const fields = pii.analyzeConversation({ ...episode, user_names: episode.user_names ?? [] });
    const content = classifyContent(episode);
    const textOf = new Map(contentFields(episode).map((field) => [field.field, field.text]));
    const tags = Object.keys(content.tags);
    const spansOf = new Map(fields.map((field) => [field.field, field.spans.map(({ start, end, type, score }) => ({ start, end, type, score: Math.round(score * 100) / 100 }))]));
    conversations.push({
      fileId,
      botName: episode.bot_name,
      botDescription: episode.bot_description,
      messages: episode.conversation.slice(0, MAX_MESSAGES).map((turn, i) => ({ text: turn.message, isHuman: turn.is_human, spans: spansOf.get(`conversation[${i}].message`) ?? [] })),
      truncated: episode.conversation.length > MAX_MESSAGES,
      content: {
        tags: content.tags,
        // Only the evidence of tags that hold, each with the words it rests on.
        evidence: content.evidence
          .filter((item) => tags.includes(item.tag))
          .slice(0, MAX_EVIDENCE)
          .map((item) => ({ tag: item.tag, field: item.field, rule: item.rule, score: item.score, text: (textOf.get(item.field) ?? "").slice(item.start, item.end) })),
      },
    });
  }
  return { ...submission, conversationCount: sample.total, conversations };
}

/** The last figures computed per storage, with the files they were computed from. */
const lastStatistics = new WeakMap<Storage, { files: string; summary: Promise<CorpusSummary> }>();

/**
 * The paper's figures over every current submission. Stored files never change, so the figures
 * are read again only when the set of files has (an upload, a withdrawal), not on every request.
 */
export async function corpusStatistics(storage: Storage): Promise<CorpusSummary> {
  const files = await storage.store.allFiles();
  const key = files.map((file) => file.id).join(",");
  const last = lastStatistics.get(storage);
  if (last?.files === key) return last.summary;
  const summary = readCorpusStatistics([...filesBySubmission(files).values()].map((group) => group.map((file) => storage.blobs.pathOf(file.sha256))));
  lastStatistics.set(storage, { files: key, summary });
  summary.catch(() => {
    if (lastStatistics.get(storage)?.summary === summary) lastStatistics.delete(storage);
  });
  return summary;
}
