import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseMarkup } from "./datasets.js";
import { characterScores, fScore, leakRate, protectedKept, tokenScores, typeScores, type Document } from "./metrics.js";

describe("PII evaluation metrics", () => {
  it("reads the gold markup into text, PII spans and story names", () => {
    const parsed = parseMarkup("hi <<Kael>>, im [[PERSON|dana]] ([[EMAIL|d@x.io]])");
    assert.equal(parsed.text, "hi Kael, im dana (d@x.io)");
    assert.deepEqual(parsed.gold, [
      { start: 12, end: 16, type: "PERSON" },
      { start: 18, end: 24, type: "EMAIL" },
    ]);
    assert.deepEqual(parsed.protected, [{ start: 3, end: 7, type: "STORY" }]);
  });

  const document: Document = {
    id: "1",
    conversation: "c1",
    text: "im dana from ohio, mail d@x.io",
    gold: [
      { start: 3, end: 7, type: "PERSON" },
      { start: 13, end: 17, type: "LOCATION" },
      { start: 24, end: 30, type: "EMAIL" },
    ],
    predicted: [
      { start: 3, end: 7, type: "PERSON" },
      { start: 24, end: 30, type: "URL" },
      { start: 0, end: 2, type: "PERSON" },
    ],
    protected: [{ start: 19, end: 23, type: "STORY" }],
  };

  it("scores characters regardless of labels, F2 weighing recall", () => {
    const scores = characterScores([document]);
    assert.deepEqual([scores.truePositives, scores.falsePositives, scores.falseNegatives], [10, 2, 4]);
    assert.ok(Math.abs(scores.f - fScore(10, 2, 4, 2).f) < 1e-12);
    assert.ok(Math.abs(fScore(10, 2, 4, 2).f - (5 * (10 / 12) * (10 / 14)) / (4 * (10 / 12) + 10 / 14)) < 1e-12);
  });

  it("scores each type by overlap, counts leaking conversations and kept story names", () => {
    const types = typeScores([document]);
    assert.equal(types.get("PERSON")!.recall, 1);
    assert.equal(types.get("PERSON")!.precision, 0.5);
    assert.equal(types.get("EMAIL")!.recall, 0);
    assert.deepEqual(leakRate([document]), { conversations: 1, leaking: 1, rate: 1 });
    assert.deepEqual(protectedKept([document]), { total: 1, kept: 1, rate: 1 });
  });

  it("scores tokens as presidio-research does: a token is PII when any span covers part of it", () => {
    const text = "Call Ana Ruiz at 221 W 5th St now.";
    const tokens: Document = {
      id: "t",
      conversation: "t",
      text,
      gold: [
        { start: 5, end: 13, type: "PERSON", rawType: "PERSON" },
        { start: 17, end: 29, type: "LOCATION", rawType: "STREET_ADDRESS" },
      ],
      predicted: [
        { start: 5, end: 8, type: "PERSON" },
        { start: 17, end: 22, type: "PERSON" },
        { start: 30, end: 33, type: "PERSON" },
      ],
    };
    const { overall, recallByType } = tokenScores([tokens]);
    // Tokens: Call Ana Ruiz at 221 W 5th St now . — gold 6 (Ana Ruiz 221 W 5th St), predicted Ana 221 W now.
    assert.deepEqual([overall.truePositives, overall.falsePositives, overall.falseNegatives], [3, 1, 3]);
    assert.deepEqual(recallByType.get("PERSON"), { tokens: 2, recall: 0.5 });
    // Found, but as the wrong type: the street's tokens do not count for its recall.
    assert.deepEqual(recallByType.get("STREET_ADDRESS"), { tokens: 4, recall: 0 });
  });
});
