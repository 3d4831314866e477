import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PIPPA_KEYS, toPippa } from "../../src/model/pippa-record.js";
import { describeProblems, validatePippaRecord } from "../../src/model/validate.js";
import { sampleRecord } from "../helpers/records.js";

function problemsOf(value: unknown) {
  const result = validatePippaRecord(value);
  assert.equal(result.ok, false, "expected the record to be refused");
  return result.ok ? [] : result.problems;
}

describe("validatePippaRecord", () => {
  it("accepts a published record and returns it in published key order", () => {
    const input = sampleRecord();
    const shuffled = Object.fromEntries(Object.entries(input).reverse());
    const result = validatePippaRecord(shuffled);
    assert.ok(result.ok);
    assert.deepEqual(Object.keys(result.record), [...PIPPA_KEYS]);
    assert.deepEqual(result.record, input);
    assert.deepEqual(result.warnings, []);
  });

  it("accepts a timestamp written as a string of digits, as the paper prints it", () => {
    const result = validatePippaRecord({ ...sampleRecord(), submission_timestamp: "1675002668639" });
    assert.ok(result.ok);
    assert.equal(result.record.submission_timestamp, 1675002668639);
  });

  it("treats missing categories, definitions and description as null", () => {
    const { categories, bot_definitions, bot_description, ...rest } = sampleRecord({ categories: ["Anime"], bot_description: "x" });
    void categories, bot_definitions, bot_description;
    const result = validatePippaRecord(rest);
    assert.ok(result.ok);
    assert.equal(result.record.categories, null);
    assert.equal(result.record.bot_definitions, null);
    assert.equal(result.record.bot_description, null);
  });

  it("names the JSON path, what was expected and what was found", () => {
    const record = sampleRecord();
    (record.conversation[1] as unknown as Record<string, unknown>).is_human = "yes";
    const problems = problemsOf(record);
    assert.deepEqual(problems, [{ path: "conversation[1].is_human", expected: "boolean", got: '"yes"' }]);
    assert.equal(describeProblems(problems), 'expected boolean, got "yes"');
  });

  const badFields: [string, unknown, string][] = [
    ["submission_timestamp", 1.5, "submission_timestamp"],
    ["submission_timestamp", "12a", "submission_timestamp"],
    ["submission_timestamp", -4, "submission_timestamp"],
    ["submission_timestamp", undefined, "submission_timestamp"],
    ["categories", "Anime", "categories"],
    ["categories", ["Anime", 3], "categories[1]"],
    ["bot_id", "", "bot_id"],
    ["bot_id", 17, "bot_id"],
    ["bot_name", null, "bot_name"],
    ["bot_greeting", undefined, "bot_greeting"],
    ["bot_definitions", 5, "bot_definitions"],
    ["bot_description", ["x"], "bot_description"],
    ["conversation", {}, "conversation"],
    ["conversation", [null], "conversation[0]"],
    ["conversation", [{ message: 1, is_human: true }], "conversation[0].message"],
  ];
  for (const [key, value, path] of badFields) {
    it(`refuses ${key} = ${JSON.stringify(value) ?? "missing"} at ${path}`, () => {
      const record: Record<string, unknown> = { ...sampleRecord() };
      if (value === undefined) delete record[key];
      else record[key] = value;
      assert.equal(problemsOf(record)[0].path, path);
    });
  }

  it("refuses what is not an object", () => {
    for (const value of [null, [], "x", 3]) assert.equal(problemsOf(value)[0].path, "(record)");
  });

  it("lists several problems and says how many more there were", () => {
    const problems = problemsOf({ ...sampleRecord(), bot_name: 1, bot_greeting: 2, conversation: 3 });
    assert.equal(problems.length, 3);
    assert.match(describeProblems(problems), /\(and 2 more problems\)$/);
  });

  it("warns about unknown keys and drops them", () => {
    const result = validatePippaRecord({ ...sampleRecord(), extra: 1, conversation: [{ message: "hi", is_human: true, swipes: [] }] });
    assert.ok(result.ok);
    assert.equal(result.warnings.length, 2);
    assert.ok(!("extra" in result.record));
    assert.deepEqual(result.record.conversation, [{ message: "hi", is_human: true }]);
  });

  it("toPippa drops episode extras and keeps the published fields", () => {
    const episode = { ...sampleRecord(), consent: "public" as const, conversation: [{ message: "a", is_human: true, swipes: ["a", "b"] }] };
    assert.deepEqual(toPippa(episode), { ...sampleRecord(), conversation: [{ message: "a", is_human: true }] });
  });
});
