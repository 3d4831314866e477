import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { loadEnglishDictionary } from "../../src/runner/dictionary.js";
import { createPiiAnalyzer } from "../../src/runner/pii-analyzer.js";
import { loadNameSets, namesFromData } from "../../src/stages/redact/name-data.js";

describe("the analyzer's name lists", () => {
  it("load from the built document exactly as they are built from their sources", async (t) => {
    const text = await readFile(new URL("../../web/name-data.json", import.meta.url), "utf8").catch(() => null);
    if (text === null) return t.skip("no built name-data.json beside the compiled code (run npm run build)");
    const sets = namesFromData(JSON.parse(text));
    assert.ok(sets);
    const names = await loadNameSets();
    for (const key of ["first", "last", "places", "wordNames"] as const) assert.deepEqual([...sets.names[key]].sort(), [...names[key]].sort(), key);
    assert.deepEqual([...sets.dictionary].sort(), [...(await loadEnglishDictionary())].sort());
    const analyzer = await createPiiAnalyzer();
    assert.deepEqual(analyzer.analyzeText("my name is Priya and I live in Leeds").map((span) => span.type).sort(), ["LOCATION", "USER"]);
  });

  it("refuses a document that is not the lists", () => {
    assert.equal(namesFromData(null), null);
    assert.equal(namesFromData({ first: [], last: [] }), null);
    assert.equal(namesFromData({ first: [], last: [], places: [], wordNames: [], dictionary: "x" }), null);
  });
});
