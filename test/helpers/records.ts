/** fast-check arbitraries for PIPPA records, with the text real chats hold. */
import fc from "fast-check";
import type { PippaRecord } from "../../src/model/pippa-record.js";

/** Text mixing plain words, whitespace of every kind, escapes-to-be, non-ASCII and astral characters. */
export const chatText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("hello", "{{user}}", "*smiles*", "END_OF_DIALOG", "Ayaka", "ok.", "\"quoted\"", "back\\slash", "a/b") },
      { weight: 4, arbitrary: fc.constantFrom(" ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u2003", "\u3000", "\u0085", "\u001c", "\u000b", "\f", "\ufeff", "\u200b") },
      { weight: 2, arbitrary: fc.constantFrom("é", "ñ", "日本語", "😀", "👍🏽", "\u0000", "\u007f", "\u2028", "\ud800", "\udfff", "\ud83d") },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

export const pippaRecord: fc.Arbitrary<PippaRecord> = fc.record({
  submission_timestamp: fc.integer({ min: 0, max: 2_000_000_000_000 }),
  categories: fc.option(fc.array(fc.constantFrom("Anime", "Fantasy", "Action", "Movies & TV", "Ünïcode"), { maxLength: 3 }), { nil: null }),
  bot_id: fc.string({ minLength: 1, maxLength: 43 }),
  bot_name: chatText,
  bot_greeting: chatText,
  bot_definitions: fc.option(chatText, { nil: null }),
  bot_description: fc.option(chatText, { nil: null }),
  conversation: fc.array(fc.record({ message: chatText, is_human: fc.boolean() }, { noNullPrototype: true }), { maxLength: 8 }),
}, { noNullPrototype: true });

/** A minimal valid record for hand-written cases. */
export function sampleRecord(overrides: Partial<PippaRecord> = {}): PippaRecord {
  return {
    submission_timestamp: 1_675_002_668_639,
    categories: null,
    bot_id: "1lYx-3u21uWsKPI1ghqWrOTdIvU6T-CEXTXy0arv46A",
    bot_name: "Kamisato Ayaka",
    bot_greeting: "Fufu get used to this new Ayaka.",
    bot_definitions: "{{char}}: Hello.\nEND_OF_DIALOG\n{{char}}: Bye.",
    bot_description: null,
    conversation: [
      { message: "Fufu get used to this new Ayaka.", is_human: false },
      { message: "Who are you?", is_human: true },
      { message: "I am your new Mistress! *laugh*", is_human: false },
    ],
    ...overrides,
  };
}
