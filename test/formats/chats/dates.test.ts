import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseChatDate, timestampFromFileName } from "../../../src/formats/chats/dates.js";

describe("parseChatDate", () => {
  const cases: [unknown, number | null][] = [
    [1674563371558, 1674563371558],
    ["1674563371558", 1674563371558],
    [1674563371, 1674563371000],
    ["2025-11-24T10:00:30.000Z", Date.UTC(2025, 10, 24, 10, 0, 30)],
    ["2025-11-24T12:00:30+02:00", Date.UTC(2025, 10, 24, 10, 0, 30)],
    ["2025-11-24 10:00:30", Date.UTC(2025, 10, 24, 10, 0, 30)],
    ["June 19, 2023 2:20pm", Date.UTC(2023, 5, 19, 14, 20)],
    ["June 19, 2023 12:05am", Date.UTC(2023, 5, 19, 0, 5)],
    ["Jan 2, 2024 9:07 AM", Date.UTC(2024, 0, 2, 9, 7)],
    ["2024-9-28 @14h 05m 12s 345ms", Date.UTC(2024, 8, 28, 14, 5, 12, 345)],
    ["2023-5-12 @21h 32m 29s 224ms", Date.UTC(2023, 4, 12, 21, 32, 29, 224)],
    ["2024-2-30 @14h 05m", null],
    ["Smarch 3, 2023 1:00pm", null],
    ["yesterday", null],
    [null, null],
    [-5, null],
    // A corrupt number is no date: it would make a timestamp no JSON reader can hold exactly.
    [1683927151e100, null],
    ["1683927151000000000", null],
    [Number.POSITIVE_INFINITY, null],
    ["10000-01-01T00:00:00Z", null],
  ];
  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)}`, () => assert.equal(parseChatDate(input), expected));
  }
});

describe("timestampFromFileName", () => {
  it("reads the {epoch_ms}_ prefix the PIPPA server gave uploads", () => {
    assert.equal(timestampFromFileName("public/1675002668639_chat.json"), 1675002668639);
    assert.equal(timestampFromFileName("chat_1675002668639.json"), null);
    assert.equal(timestampFromFileName("12_chat.json"), null);
  });
});
