import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createPiiAnalyzer } from "../../../src/runner/pii-analyzer.js";
import type { PiiAnalyzer } from "../../../src/stages/redact/analyzer.js";
import { CorpusNameCounter } from "../../../src/stages/redact/corpus-names.js";

describe("story names the corpus shows", () => {
  let plain: PiiAnalyzer;
  let informed: PiiAnalyzer;
  before(async () => {
    const counter = new CorpusNameCounter(3);
    // A fandom's name written to three unrelated bots; a person's name to one, many times.
    for (const bot of ["bot-a", "bot-b", "bot-c"]) counter.addConversation(bot, ["Zephyrine would never do that", "ok"]);
    for (let i = 0; i < 10; i++) counter.addConversation("bot-a", ["tell Kestrin i said hi"]);
    assert.deepEqual([...counter.storyNames()], ["zephyrine"]);
    plain = await createPiiAnalyzer();
    informed = await createPiiAnalyzer({ storyNames: counter.storyNames() });
  });

  const names = (analyzer: PiiAnalyzer, text: string) => analyzer.analyzeText(text, { isHuman: true }).map((span) => text.slice(span.start, span.end));

  it("leaves a name common across unrelated bots alone, where alone it would be taken", () => {
    assert.deepEqual(names(plain, "Zephyrine would never do that"), ["Zephyrine"]);
    assert.deepEqual(names(informed, "Zephyrine would never do that"), []);
  });

  it("still takes the same name with a cue, and a name seen with one bot only", () => {
    assert.ok(names(informed, "ooc my name is Zephyrine lol").includes("Zephyrine"));
    assert.ok(names(informed, "Kestrin would never do that").includes("Kestrin"));
  });
});
