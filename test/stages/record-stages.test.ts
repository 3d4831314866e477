import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_CLEAN_OPTIONS } from "../../src/stages/clean.js";
import { qualityFilter } from "../../src/stages/filter.js";
import { placeholderOperator } from "../../src/stages/redact/operators.js";
import { buildRecordStages, runRecordStages, type RecordStage } from "../../src/stages/record-stages.js";
import { StageCounters } from "../../src/stages/stage.js";
import { createPiiAnalyzer } from "../../src/runner/pii-analyzer.js";
import { sampleRecord } from "../helpers/records.js";

const turns = (human: string) => sampleRecord({
  conversation: [
    { message: "The lamp turns.....", is_human: false },
    { message: human, is_human: true },
    { message: "Mind the rocks.", is_human: false },
  ],
});

describe("the build's per-record stages", () => {
  it("run in order, each changing the record or deciding about it, and say what they did", async () => {
    const stages = buildRecordStages({
      clean: DEFAULT_CLEAN_OPTIONS,
      content: { threshold: 0.5, policy: { exclude: [] } },
      redact: { analyzer: await createPiiAnalyzer(), operator: placeholderOperator() },
      filter: qualityFilter(),
    });
    assert.deepEqual(stages.map((stage) => stage.name), ["clean", "content", "redact", "filter"]);
    const done = runRecordStages(stages, turns("im 14, write to me at kit.one@example.org"));
    assert.equal(done.episode.conversation[0].message, "The lamp turns...", "cleaned");
    assert.match(done.episode.conversation[1].message, /<EMAIL>/, "redacted after the content stage read it");
    assert.deepEqual(done.content.tags, ["minor"], "the age was read before redaction replaced it");
    assert.equal(done.drop, null);
    assert.deepEqual(done.outcomes.slice(0, 3), [["clean", "changed"], ["content", "minor"], ["redact", "records-with-pii"]]);
    const counters = new StageCounters();
    for (const [stage, outcome] of done.outcomes) counters.count(stage, outcome);
    assert.equal(counters.toJSON().redact.EMAIL, 1);
  });

  it("take a stage of one's own as one more entry in the list", async () => {
    const shouting: RecordStage = {
      name: "shouting",
      apply(record) {
        const loud = record.episode.conversation.some((turn) => turn.is_human && turn.message === turn.message.toUpperCase() && /[A-Z]/.test(turn.message));
        record.outcomes.push(["shouting", loud ? "loud" : "calm"]);
      },
    };
    const stages = [...buildRecordStages({ clean: null, content: { threshold: 0.5, policy: { exclude: [] } }, redact: null, filter: null }), shouting];
    assert.deepEqual(runRecordStages(stages, turns("OPEN THE GATE")).outcomes, [["content", "untagged"], ["shouting", "loud"]]);
  });

  it("leave a record nothing changed as the very same object, so its input line can be published as it is", () => {
    const input = sampleRecord();
    const stages = buildRecordStages({ clean: DEFAULT_CLEAN_OPTIONS, content: { threshold: 0.5, policy: { exclude: [] } }, redact: null, filter: qualityFilter() });
    assert.equal(runRecordStages(stages, input).episode, input);
  });
});
