import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { writePippaLine } from "../../src/formats/pippa/pippa-jsonl.js";
import { validatePippaRecord } from "../../src/model/validate.js";
import { CorpusStats } from "../../src/stats/corpus-stats.js";
import { corpusSize, synthesizeCorpus } from "../../src/synth/corpus.js";

describe("synthesizeCorpus", () => {
  const records = [...synthesizeCorpus({ scale: 0.1, seed: 11 })];
  const stats = new CorpusStats();
  for (const record of records) stats.addRecord(record);
  const summary = stats.summarise();

  it("is deterministic for a seed and differs between seeds", () => {
    const again = [...synthesizeCorpus({ scale: 0.01, seed: 11 })].map((record) => writePippaLine(record)).join("\n");
    const same = [...synthesizeCorpus({ scale: 0.01, seed: 11 })].map((record) => writePippaLine(record)).join("\n");
    const other = [...synthesizeCorpus({ scale: 0.01, seed: 12 })].map((record) => writePippaLine(record)).join("\n");
    assert.equal(again, same);
    assert.notEqual(again, other);
  });

  it("writes valid PIPPA records", () => {
    for (const record of records.slice(0, 200)) assert.ok(validatePippaRecord(JSON.parse(writePippaLine(record))).ok);
  });

  it("has PIPPA's counts at its scale", () => {
    assert.deepEqual(corpusSize(1), { conversations: 25_940, personas: 1_254 });
    assert.equal(summary.conversations, 2_594);
    assert.equal(summary.personas, 125);
  });

  it("has PIPPA's shape of turns: median about 10, mean about 40, a long tail", () => {
    assert.ok(summary.turns.median >= 8 && summary.turns.median <= 12, `median ${summary.turns.median}`);
    assert.ok(summary.turns.mean >= 28 && summary.turns.mean <= 55, `mean ${summary.turns.mean}`);
    assert.ok(summary.turns.max >= 1_000, `max ${summary.turns.max}`);
  });

  it("makes bot turns longer than human ones", () => {
    assert.ok(summary.message_chars.bot.median > 2 * summary.message_chars.human.median);
    assert.ok(summary.message_words.bot.mean > 2 * summary.message_words.human.mean);
    assert.ok(summary.message_chars.bot.max > 10 * summary.message_chars.bot.median, "heavy tail");
  });

  it("leads categories with Anime, Fantasy, Action and leaves many uncategorised", () => {
    assert.deepEqual(new Set(summary.categories.slice(0, 3).map((c) => c.name)), new Set(["Anime", "Fantasy", "Action"]));
    assert.ok(summary.uncategorised > 0.1 * summary.conversations);
  });

  it("holds example chats, placeholders and readable text", () => {
    const definitions = records.map((r) => r.bot_definitions ?? "").join("\n");
    assert.match(definitions, /END_OF_DIALOG/);
    assert.match(definitions, /\{\{char\}\}: /);
    assert.match(definitions, /\{\{random_user_\d\}\}: /);
    const messages = records.flatMap((r) => r.conversation.map((t) => t.message)).join(" ");
    assert.match(messages, /\{\{user\}\}/);
    const words = messages.split(/\s+/).slice(0, 2000);
    const readable = words.filter((w) => /^[*"(]?[A-Za-z{}'.,!?*:…-]+$/.test(w));
    assert.ok(readable.length > 0.9 * words.length, "mostly ordinary words");
    assert.ok(records.every((r) => !r.conversation[0].is_human && r.conversation[0].message === r.bot_greeting), "greeting first");
  });

  it("refuses a scale that is not positive", () => {
    assert.throws(() => synthesizeCorpus({ scale: 0 }).next(), RangeError);
  });
});
