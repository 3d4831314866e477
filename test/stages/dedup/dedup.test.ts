import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { DedupIndex, comparableMessages, dedupFeatures, jaccard, lshCandidates, minhashSignature, shingleSet } from "../../../src/stages/dedup/index.js";
import type { PippaMessage } from "../../../src/model/pippa-record.js";
import { Rng } from "../../../src/base/rng.js";
import { TextGenerator } from "../../../src/synth/text.js";
import { synthesizeWithDuplicates } from "../../../src/synth/corpus.js";
import { measureText } from "../../../src/base/measure-text.js";
import { fnv1a, fnv1aRange } from "../../../src/base/hashing.js";
import { chatText } from "../../helpers/records.js";

const text = new TextGenerator(new Rng(5));
function chat(turns: number, greeting = "Hello there, traveler."): PippaMessage[] {
  const messages: PippaMessage[] = [{ message: greeting, is_human: false }];
  for (let i = 1; i < turns; i++) messages.push({ message: i % 2 ? text.humanMessage(8, "Mira") : text.botMessage(40, "Mira"), is_human: i % 2 === 1 });
  return messages;
}

function decide(conversations: { messages: PippaMessage[]; greeting?: string }[]) {
  const index = new DedupIndex();
  for (const { messages, greeting } of conversations) index.add(messages, greeting ?? messages[0]?.message ?? "");
  const needed = index.candidates();
  index.verify((i) => shingleSet(conversations[i].messages.slice(1)));
  return { decisions: index.decide(), needed, edges: index.duplicateEdges() };
}

describe("dedup", () => {
  it("finds exact, extended and edited copies and keeps the longest of each cluster", () => {
    const base = chat(12);
    const extended = [...base, ...chat(6).slice(1)];
    const edited = base.map((m, i) => (i === 5 ? { ...m, message: text.botMessage(40, "Mira") } : m));
    const other = chat(12);
    const { decisions } = decide([{ messages: base }, { messages: [...base] }, { messages: extended }, { messages: edited }, { messages: other }]);
    assert.deepEqual(decisions.map((d) => d.keep), [false, false, true, false, true]);
    assert.deepEqual(decisions.map((d) => d.cluster), [2, 2, 2, 2, 4]);
    assert.equal(decisions[1].kind, "exact");
    assert.equal(decisions[3].kind, "near");
  });

  it("never merges chats that differ only in their greeting, nor greeting-only chats of different bots", () => {
    const reply = [{ message: "hi", is_human: true }, { message: "Hello!", is_human: false }];
    const { decisions } = decide([
      { messages: [{ message: "I am Ann.", is_human: false }, ...reply] },
      { messages: [{ message: "I am Bo.", is_human: false }, ...reply] },
      { messages: [{ message: "Greetings from Ann.", is_human: false }] },
      { messages: [{ message: "Greetings from Bo.", is_human: false }] },
    ]);
    assert.ok(decisions.every((d) => d.keep));
  });

  it("measures each message as measureText does, in the same scan, without changing the features", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ message: chatText, is_human: fc.boolean() }), { maxLength: 8 }), (conversation) => {
        const seen: { chars: number; words: number }[] = [];
        const features = dedupFeatures(conversation, "", {}, (index, measure) => (seen[index] = { ...measure }));
        assert.deepEqual(seen, conversation.map((turn) => measureText(turn.message)));
        assert.deepEqual(features, dedupFeatures(conversation, ""));
      }),
      { numRuns: 300 },
    );
  });

  it("takes bins by float division exactly as the integer remainder would (the fact minhashSignature relies on)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.integer({ min: 1, max: 2 ** 21 - 1 }), (h, count) => {
        assert.equal(h - Math.floor(h / count) * count, h % count);
      }),
      { numRuns: 20000 },
    );
    assert.throws(() => minhashSignature(Uint32Array.of(1), { bands: 2 ** 11, rows: 2 ** 10, seed: 1 }), RangeError);
  });

  it("verifies candidates by true Jaccard", () => {
    const a = shingleSet(chat(10));
    assert.equal(jaccard(a, a), 1);
    assert.equal(jaccard(a, new Uint32Array(0)), 0);
    const b = shingleSet(chat(10));
    assert.ok(jaccard(a, b) < 0.3, "two different chats share few 5-grams");
  });

  it("makes LSH candidates of similar sets only", () => {
    const a = Uint32Array.from({ length: 200 }, (_, i) => i * 7919).sort();
    const similar = Uint32Array.from([...a.slice(0, 190), ...Array.from({ length: 10 }, (_, i) => 999_999 + i)]).sort();
    const different = Uint32Array.from({ length: 200 }, (_, i) => 5_000_000 + i * 13).sort();
    const pairs = lshCandidates([minhashSignature(a), minhashSignature(similar), minhashSignature(different)]);
    assert.deepEqual(pairs, [[0, 1]]);
  });

  it("meets the recall and precision targets on planted duplicates", () => {
    const records = [...synthesizeWithDuplicates({ scale: 0.05, seed: 21, rate: 0.15 })];
    const index = new DedupIndex();
    for (const { record } of records) index.add(record.conversation, record.bot_greeting);
    index.candidates();
    index.verify((i) => shingleSet(records[i].record.conversation.slice(1)));
    const decisions = index.decide();
    // Truth: planted copies with their source, and records whose conversations are identical.
    const parent = records.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const join = (a: number, b: number) => (parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b)));
    records.forEach(({ duplicateOf }, i) => duplicateOf && join(i, duplicateOf.index));
    const seen = new Map<string, number>();
    records.forEach(({ record }, i) => {
      const key = JSON.stringify(record.conversation);
      if (seen.has(key)) join(i, seen.get(key)!);
      else seen.set(key, i);
    });
    const found: Record<string, [number, number]> = {};
    records.forEach(({ duplicateOf }, i) => {
      if (!duplicateOf) return;
      const entry = (found[duplicateOf.kind] ??= [0, 0]);
      entry[1]++;
      if (decisions[i].cluster === decisions[duplicateOf.index].cluster) entry[0]++;
    });
    const dropped = decisions.filter((d) => !d.keep).length;
    const wrong = decisions.filter((d, i) => !d.keep && find(i) !== find(d.cluster)).length;
    assert.ok(found.exact[0] / found.exact[1] >= 0.99, `exact ${found.exact}`);
    assert.ok(found.extended[0] / found.extended[1] >= 0.99, `extended ${found.extended}`);
    assert.ok(found.edited[0] / found.edited[1] >= 0.95, `edited ${found.edited}`);
    assert.ok(1 - wrong / dropped >= 0.99, `precision: ${wrong} of ${dropped} wrong`);
  });

  it("measures features in one scan that agree with the set-based definitions", () => {
    // Words from a small vocabulary (so 5-grams repeat), with case, accents, apostrophes and astral characters.
    const word = fc.constantFrom("Ann", "ann", "don't", "don’t", "'quoted'", "ÇAĞ", "İstanbul", "straße", "𝒜stral", "café", "42", "ok", "the", "cat", "sat", "Σ", "—", "...");
    const message = fc.record({ message: fc.array(word, { maxLength: 30 }).map((words) => words.join(" ")), is_human: fc.boolean() });
    fc.assert(
      fc.property(fc.array(message, { maxLength: 12 }), fc.boolean(), (conversation, greeted) => {
        const greeting = greeted && conversation[0] ? conversation[0].message : "a greeting";
        const features = dedupFeatures(conversation, greeting, { minShingles: 3 });
        const shingles = shingleSet(comparableMessages(conversation, greeting));
        assert.deepEqual(features.signature, shingles.length >= 3 ? minhashSignature(shingles) : null);
        // A prefix's hash is the hash of the conversation cut there (what finds extended copies).
        const withPrefixes = dedupFeatures(conversation, greeting, { minShingles: 3, minPrefixMessages: 0 });
        for (let k = 0; k < conversation.length; k++) {
          assert.equal(dedupFeatures(conversation.slice(0, k + 1), greeting).fullHash, withPrefixes.prefixes![k]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("FNV-1a over ranges", () => {
  it("hashes chained ranges as their concatenation", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
        const [cut, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        assert.equal(fnv1aRange(text, cut, end, fnv1aRange(text, 0, cut)), fnv1a(text.slice(0, end)));
        assert.equal(fnv1aRange(text, cut, end), fnv1a(text.slice(cut, end)));
      }),
      { numRuns: 2000 },
    );
  });
});
