import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadEnglishDictionary } from "../../../src/runner/dictionary.js";
import { PiiAnalyzer } from "../../../src/stages/redact/analyzer.js";
import { MEASURED_REDACTION } from "../../../src/stages/redact/measured-quality.js";
import { projectRoot } from "../../helpers/io.js";
import { measureHeldOutSets } from "./sets.js";

describe("the redaction quality a dataset card quotes", () => {
  it("is what the held-out sets measure with today's rules (run `npm run eval:pii -- --readme` after changing them)", async () => {
    const analyzer = await PiiAnalyzer.create({ dictionary: await loadEnglishDictionary() });
    const measured = await measureHeldOutSets(analyzer, projectRoot());
    assert.ok(measured.length >= 5, "the held-out sets are there");
    assert.deepEqual(MEASURED_REDACTION, measured);
  });
});
