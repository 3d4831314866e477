/**
 * Worker thread of `pippa build`: parses PIPPA lines (or takes imported episodes), then cleans,
 * redacts, measures dedup features and applies the quality filters, and returns the published
 * line with what the parent needs to finish the release. Pure stage code; only this shell is Node.
 */
import { parentPort } from "node:worker_threads";
import { parsePippaLine, writePippaLine } from "../../formats/pippa-jsonl.js";
import { toPippa, type Consent, type Episode } from "../../model/pippa-record.js";
import { cleanEpisode, type CleanOptions } from "../../stages/clean.js";
import { dedupFeatures, type DedupFeatures, type DedupOptions } from "../../stages/dedup/dedup-index.js";
import { loadLanguageDetector, qualityFilter, type FilterOptions } from "../../stages/filter.js";
import type { PiiAnalyzer } from "../../stages/redact/analyzer.js";
import { loadFakeValues, maskOperator, placeholderOperator, surrogateOperator, type Operator, type OperatorName } from "../../stages/redact/operators.js";
import { redactConversation, type AuditEntry } from "../../stages/redact/redact-record.js";
import type { Verdict } from "../../stages/stage.js";
import { createPiiAnalyzer } from "../pii-analyzer.js";
import { rejectEntryOf, type RejectEntry } from "../rejects.js";

export interface BuildWorkerInit {
  clean: CleanOptions | null;
  redact: { operator: OperatorName; threshold: number; secret: string | null } | null;
  dedup: Partial<DedupOptions> | null;
  filter: Partial<FilterOptions> | null;
}

export type BuildItem =
  | { kind: "line"; source: string; line: number; text: string; consent: Consent }
  | { kind: "episode"; episode: Episode; consent: Consent };

export type BuildResult =
  | {
      kind: "record";
      source: string;
      line: number | null;
      consent: Consent;
      botId: string;
      /** The record after clean and redact, in the published style. */
      published: string;
      features: DedupFeatures | null;
      /** Why the quality filters drop it, or null. */
      drop: string | null;
      cleaned: boolean;
      audit: AuditEntry[];
    }
  | { kind: "reject"; reject: RejectEntry };

interface Tools {
  operator: Operator | null;
  analyzer: PiiAnalyzer | null;
  filter: ((episode: Episode) => Verdict) | null;
}

async function prepare(init: BuildWorkerInit): Promise<Tools> {
  let operator: Operator | null = null;
  let analyzer: PiiAnalyzer | null = null;
  if (init.redact) {
    analyzer = await createPiiAnalyzer({ threshold: init.redact.threshold });
    if (init.redact.operator === "surrogate") operator = surrogateOperator(init.redact.secret ?? "", await loadFakeValues());
    else operator = init.redact.operator === "mask" ? maskOperator() : placeholderOperator();
  }
  const languageOf = init.filter?.languages ? await loadLanguageDetector() : undefined;
  return { operator, analyzer, filter: init.filter ? qualityFilter(init.filter, languageOf) : null };
}

export function processItem(item: BuildItem, init: BuildWorkerInit, tools: Tools): BuildResult {
  let episode: Episode;
  if (item.kind === "line") {
    const parsed = parsePippaLine(item.text, { source: item.source, line: item.line }, { episodes: true });
    if (!parsed.ok) return { kind: "reject", reject: rejectEntryOf(parsed.error, parsed.raw) };
    episode = parsed.record;
  } else {
    episode = item.episode;
  }
  const cleanedEpisode = init.clean ? cleanEpisode(episode, init.clean) : episode;
  let audit: AuditEntry[] = [];
  let final = cleanedEpisode;
  if (tools.analyzer && tools.operator) {
    const redacted = redactConversation(cleanedEpisode, tools.analyzer, tools.operator);
    final = redacted.record;
    audit = redacted.audit;
  }
  const record = toPippa(final);
  const verdict = tools.filter ? tools.filter(final) : true;
  return {
    kind: "record",
    source: item.kind === "line" ? item.source : (episode.source?.file ?? ""),
    line: item.kind === "line" ? item.line : (episode.source?.line ?? null),
    consent: item.consent,
    botId: record.bot_id,
    published: writePippaLine(record),
    features: init.dedup ? dedupFeatures(record.conversation, record.bot_greeting, init.dedup) : null,
    drop: verdict === true ? null : verdict.drop,
    cleaned: cleanedEpisode !== episode,
    audit,
  };
}

if (parentPort) {
  const port = parentPort;
  let ready: Promise<{ init: BuildWorkerInit; tools: Tools }> | null = null;
  port.on("message", async (message: { type: "init"; init: BuildWorkerInit } | { type: "task"; seq: number; task: BuildItem[] }) => {
    if (message.type === "init") {
      const init = message.init;
      ready = prepare(init).then((tools) => ({ init, tools }));
      return;
    }
    try {
      const { init, tools } = await ready!;
      port.postMessage({ seq: message.seq, result: message.task.map((item) => processItem(item, init, tools)) });
    } catch (error) {
      port.postMessage({ seq: message.seq, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
    }
  });
}
