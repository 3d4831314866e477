import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import fc from "fast-check";
import { createPiiAnalyzer } from "../../../src/runner/pii-analyzer.js";
import type { PiiAnalyzer } from "../../../src/stages/redact/analyzer.js";
import { applyOperator } from "../../../src/stages/redact/apply.js";
import { loadFakeValues, maskOperator, placeholderOperator, surrogateOperator } from "../../../src/stages/redact/operators.js";
import { redactConversation } from "../../../src/stages/redact/redact-record.js";
import { resolveConflicts, scoreCandidates } from "../../../src/stages/redact/scoring.js";
import type { Span } from "../../../src/stages/redact/types.js";

let analyzer: PiiAnalyzer;
before(async () => {
  analyzer = await createPiiAnalyzer();
});

const conversation = {
  bot_name: "Seraphina",
  bot_greeting: "*Seraphina smiles* Welcome to Eldoria, traveler.",
  bot_description: "A healer who guards the Whispering Woods with her wolf Kael.",
  bot_definitions: null,
  conversation: [
    { message: "*Seraphina smiles* Welcome to Eldoria, traveler.", is_human: false },
    { message: "hi! (ooc my name is Dana btw, my discord is vexx#2231)", is_human: true, swipes: ["hi!", "hello (ooc im Dana, email dana.k@gmail.com)"] },
    { message: "*Kael growls softly* Rest now, Dana. The Whispering Woods are safe.", is_human: false },
    { message: "*pets Kael* thank u seraphina", is_human: true },
  ],
};

describe("conversations", () => {
  it("redacts a bot's alternative replies as its chosen one, with what the person revealed", () => {
    const record = {
      bot_name: "Seraphina",
      bot_greeting: "Welcome.",
      bot_description: null,
      bot_definitions: null,
      conversation: [
        { message: "Welcome.", is_human: false },
        { message: "hi, i am from leeds", is_human: true },
        { message: "oh, leeds is lovely.", is_human: false, swipes: ["oh, leeds is lovely.", "ah, leeds! so cold.", "Tell me more."] },
      ],
    };
    const { record: redacted, audit } = redactConversation(record, analyzer, placeholderOperator());
    assert.ok(!redacted.conversation[2].message.includes("leeds"), redacted.conversation[2].message);
    const swipes = (redacted.conversation[2] as { swipes?: string[] }).swipes!;
    assert.ok(swipes.every((swipe) => !swipe.includes("leeds")), swipes.join(" | "));
    assert.equal(swipes[2], "Tell me more.");
    assert.ok(audit.some((entry) => entry.field === "conversation[2].swipes[1]"));
    assert.equal(record.conversation[2].swipes?.[1], "ah, leeds! so cold.", "the input is left as it was");
  });

  it("finds in a bot's fields what each conversation learnt, though the fields' detections are remembered", () => {
    const persona = { bot_name: "Nurse Joy", bot_greeting: "Hello! Write to joy@pokecenter.org.", bot_description: "A nurse who always asks after tyler.", bot_definitions: null };
    const plain = { ...persona, conversation: [{ message: "Hello!", is_human: false }, { message: "hi there", is_human: true }] };
    const introduced = { ...persona, conversation: [{ message: "Hello!", is_human: false }, { message: "hi, my brother tyler is sick", is_human: true }] };
    const descriptionSpans = (record: typeof plain) => analyzer.analyzeConversation(record).find((field) => field.field === "bot_description")!.spans;
    const greetingTypes = (record: typeof plain) => analyzer.analyzeConversation(record).find((field) => field.field === "bot_greeting")!.spans.map((span) => span.type);
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(descriptionSpans(plain), []);
      assert.deepEqual(descriptionSpans(introduced).map((span) => [span.type, persona.bot_description.slice(span.start, span.end)]), [["PERSON", "tyler"]]);
      assert.deepEqual(greetingTypes(plain), ["EMAIL"]);
      assert.deepEqual(greetingTypes(introduced), ["EMAIL"]);
    }
  });

  it("learns the contributor's name and redacts it everywhere, the story's names stay", () => {
    const { record, audit } = redactConversation(conversation, analyzer, placeholderOperator());
    assert.equal(record.conversation[1].message, "hi! (ooc my name is {{user}} btw, my discord is <HANDLE>)");
    assert.equal(record.conversation[2].message, "*Kael growls softly* Rest now, {{user}}. The Whispering Woods are safe.");
    assert.equal(record.conversation[3].message, "*pets Kael* thank u seraphina");
    assert.equal(record.bot_greeting, conversation.bot_greeting);
    assert.deepEqual(record.conversation[1].swipes, ["hi!", "hello (ooc im {{user}}, email <EMAIL>)"]);
    assert.ok(audit.every((entry) => entry.value === undefined), "no values in the audit unless asked");
    assert.ok(audit.some((entry) => entry.field === "conversation[2].message" && entry.type === "USER" && entry.rule === "user/known-name"));
    assert.equal(conversation.conversation[1].message.includes("Dana"), true, "the input is not modified");
    assert.notEqual(record, conversation, "a copy when something was redacted");
    const clean = { ...conversation, conversation: [{ message: "the woods are quiet tonight", is_human: true }] };
    const untouched = redactConversation(clean, analyzer, placeholderOperator());
    assert.equal(untouched.record, clean, "the record itself when nothing was found");
    assert.deepEqual(untouched.audit, []);
  });

  it("names told by the importer are redacted even when never introduced", () => {
    const { record } = redactConversation({ ...conversation, user_names: ["Seraphina Fan"], conversation: [{ message: "lol seraphina fan here", is_human: true }] }, analyzer, placeholderOperator());
    assert.equal(record.conversation[0].message, "lol {{user}} here");
  });
});

describe("operators", () => {
  const text = "mail lily.b@gmail.com, call 555-201-3344";
  const spans: Span[] = [
    { start: 5, end: 21, type: "EMAIL", score: 1, rule: "t" },
    { start: 28, end: 40, type: "PHONE", score: 1, rule: "t" },
  ];

  it("placeholder and mask", () => {
    assert.equal(applyOperator(text, spans, placeholderOperator()), "mail <EMAIL>, call <PHONE>");
    assert.equal(applyOperator(text, spans, maskOperator()), "mail ****************, call ************");
    assert.equal(applyOperator("i am Dana", [{ start: 5, end: 9, type: "USER", score: 1, rule: "t" }], maskOperator()), "i am {{user}}");
  });

  it("surrogate: one value, one fake, under one secret", async () => {
    const fakes = await loadFakeValues();
    const a = surrogateOperator("secret-1", fakes);
    const b = surrogateOperator("secret-2", fakes);
    assert.equal(a("lily.b@gmail.com", "EMAIL"), a("Lily.B@gmail.com ", "EMAIL"));
    assert.notEqual(a("lily.b@gmail.com", "EMAIL"), a("other@gmail.com", "EMAIL"));
    assert.notEqual(a("lily.b@gmail.com", "EMAIL"), b("lily.b@gmail.com", "EMAIL"));
    assert.match(a("lily.b@gmail.com", "EMAIL"), /^[^@\s]+@[^@\s]+\.[a-z]+$/);
    assert.equal(a("Dana", "USER"), "{{user}}");
  });

  it("keeps every character outside the spans (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.array(fc.tuple(fc.nat(60), fc.nat(8))), (value, cuts) => {
        const spans: Span[] = [];
        let last = 0;
        for (const [at, length] of cuts.sort((x, y) => x[0] - y[0])) {
          const start = Math.max(last, Math.min(at, value.length));
          const end = Math.min(value.length, start + length);
          if (end > start) spans.push({ start, end, type: "PERSON", score: 1, rule: "t" });
          last = end;
        }
        const out = applyOperator(value, spans, () => "\u0000");
        const kept = value.split("").filter((_, i) => !spans.some((s) => i >= s.start && i < s.end)).join("");
        assert.equal(out.replace(/\u0000/g, ""), kept);
      }),
    );
  });
});

describe("scoring", () => {
  it("context lifts a weak candidate over the threshold; without it the candidate is dropped", () => {
    const candidate = { start: 4, end: 14, type: "PHONE" as const, score: 0.3, rule: "phone/digit-groups", context: ["call"] };
    assert.equal(scoreCandidates("ref 1234 56789 ok", [{ ...candidate, start: 4, end: 14 }], 0.5).length, 0);
    const [span] = scoreCandidates("call 1234 56789", [{ ...candidate, start: 5, end: 15 }], 0.5);
    assert.equal(span.rule, "phone/digit-groups+context");
    assert.ok(Math.abs(span.score - 0.65) < 1e-9);
  });

  it("overlaps: the better span wins, one type merges, a URL beats the name inside it", () => {
    const spans: Span[] = [
      { start: 0, end: 10, type: "PERSON", score: 0.6, rule: "a" },
      { start: 5, end: 12, type: "LOCATION", score: 0.9, rule: "b" },
      { start: 20, end: 25, type: "PERSON", score: 0.6, rule: "c" },
      { start: 24, end: 30, type: "USER", score: 0.7, rule: "d" },
      { start: 40, end: 60, type: "URL", score: 0.6, rule: "e" },
      { start: 45, end: 50, type: "USER", score: 1, rule: "f" },
    ];
    assert.deepEqual(resolveConflicts(spans).map((s) => [s.start, s.end, s.type]), [
      [5, 12, "LOCATION"],
      [20, 30, "USER"],
      [40, 60, "URL"],
    ]);
  });
});
