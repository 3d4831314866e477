/**
 * Worker thread of `pippa prepare`: parses each record (a PIPPA line or an imported episode) and
 * prepares it (names, dialogue, examples, fitting, format). Only this shell is Node.
 */
import { compileChatTemplate, type ChatTemplateSource } from "../../formats/training/chat-template.js";
import { parsePippaLineBytes } from "../../formats/pippa/pippa-jsonl.js";
import { loadFirstNames } from "../../prepare/names.js";
import { formatterFor, prepareRecord, type PrepareOptions, type PrepareTools, type PreparedRecord } from "../../prepare/prepare-record.js";
import { HuggingFaceCounter } from "../../prepare/tokenizer/hugging-face.js";
import { Llama3Counter } from "../../prepare/tokenizer/llama3.js";
import { UncountedTokens } from "../../prepare/tokenizer/token-counter.js";
import type { ImportBatch } from "../import-batches.js";
import { rejectEntryOf, type RejectEntry } from "../rejects.js";
import { serveTasks } from "../worker-map.js";

/** "none": no token counts (no budget allowed), for files whose counts nobody reads. */
export type TokenizerSpec = { kind: "llama3" } | { kind: "none" } | { kind: "tokenizer.json"; name: string; json: object; config: object };

export interface PrepareWorkerInit {
  options: PrepareOptions;
  tokenizer: TokenizerSpec;
  chatTemplate: ChatTemplateSource | null;
}

export type PrepareResult = ({ kind: "record"; source: string; line: number | null } & PreparedRecord) | { kind: "reject"; reject: RejectEntry } | { kind: "error"; source: string; line: number | null; message: string };

export interface PrepareTask {
  batch: ImportBatch;
  /** The input position of the batch's first record: record k of the batch is number firstIndex + k (seeds its names). */
  firstIndex: number;
}

async function toolsFor(init: PrepareWorkerInit): Promise<PrepareTools> {
  const counter =
    init.tokenizer.kind === "llama3" ? new Llama3Counter() : init.tokenizer.kind === "none" ? new UncountedTokens() : new HuggingFaceCounter(init.tokenizer.name, init.tokenizer.json, init.tokenizer.config);
  return { firstNames: await loadFirstNames(), counter, chatTemplate: init.chatTemplate ? compileChatTemplate(init.chatTemplate) : null };
}

export function prepareBatch(task: PrepareTask, init: PrepareWorkerInit, tools: PrepareTools, format: ReturnType<typeof formatterFor>): PrepareResult[] {
  return task.batch.items.map((item, position): PrepareResult => {
    const index = task.firstIndex + position;
    const source = item.kind === "line" ? item.source : (item.episode.source?.file ?? "");
    const line = item.kind === "line" ? item.line : (item.episode.source?.line ?? null);
    let record;
    if (item.kind === "line") {
      const parsed = parsePippaLineBytes(task.batch.bytes.subarray(item.start, item.end), { source: item.source, line: item.line }, { episodes: true });
      if (!parsed.ok) return { kind: "reject", reject: rejectEntryOf(parsed.error, parsed.raw) };
      record = parsed.record;
    } else {
      record = item.episode;
    }
    try {
      return { kind: "record", source, line, ...prepareRecord(record, index, init.options, tools, format) };
    } catch (error) {
      // A chat template's raise_exception, say: the record is refused with the template's words.
      return { kind: "error", source, line, message: error instanceof Error ? error.message : String(error) };
    }
  });
}

serveTasks<PrepareWorkerInit, PrepareTask, PrepareResult[], { init: PrepareWorkerInit; tools: PrepareTools; format: ReturnType<typeof formatterFor> }>(
  async (init) => {
    const tools = await toolsFor(init);
    return { init, tools, format: formatterFor(init.options, tools) };
  },
  (task, { init, tools, format }) => ({ result: prepareBatch(task, init, tools, format) }),
);
