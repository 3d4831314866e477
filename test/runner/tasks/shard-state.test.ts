import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultBuildConfig } from "../../../src/runner/release/config.js";
import { BuildState } from "../../../src/runner/release/build-state.js";
import { importShardState, restoreImportState } from "../../../src/runner/tasks/shard-state.js";

describe("a shard's saved build state", () => {
  it("comes back whole, for shards of hundreds of thousands of records", () => {
    const options = { sources: [], output: "/nowhere/release", config: defaultBuildConfig() };
    const state = new BuildState("/nowhere/work", options, []);
    const records = 300_000;
    for (let i = 0; i < records; i++) {
      const isPublic = i % 3 !== 0;
      state.consents.push(isPublic ? "public" : "private");
      state.drops.push(i % 7 === 0 ? "too-few-turns" : null);
      state.sources.push("a.jsonl");
      state.sourceLines.push(i + 1);
      const lines = isPublic ? state.publicLines : state.privateLines;
      state.lineOf.push(lines.length);
      lines.add(100 + (i % 50));
      if (isPublic) {
        state.publicBots.push(`bot-${i % 10}`);
        state.publicCategories.push(null);
        state.publicCounts.push(Uint32Array.of(i % 5, 7));
        state.publicTags.push([]);
      }
    }
    state.imported = records;
    state.counters.count("import", "records", records);
    const saved = JSON.parse(JSON.stringify(importShardState(state)));
    const restored = new BuildState("/nowhere/work", options, []);
    restoreImportState(restored, saved);
    assert.equal(restored.imported, records);
    assert.deepEqual(restored.consents, state.consents);
    assert.deepEqual(restored.lineOf, state.lineOf);
    assert.equal(restored.publicLines.length, state.publicLines.length);
    assert.equal(restored.publicLines.end(restored.publicLines.length - 1), state.publicLines.end(state.publicLines.length - 1));
    assert.deepEqual(restored.publicCounts.get(12345), state.publicCounts.get(12345));
  });
});
