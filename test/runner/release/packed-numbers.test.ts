import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { NumberPacker, unpackNumbers } from "../../../src/runner/release/packed-numbers.js";

const u32s = fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 200 }).map((values) => Uint32Array.from(values));
const features = fc.option(
  fc.record({ messages: fc.nat({ max: 5000 }), chars: fc.nat({ max: 2 ** 31 }), fullHash: fc.nat({ max: 0xffffffff }), prefixes: fc.option(u32s, { nil: null }), signature: fc.option(u32s, { nil: null }), messageSet: fc.option(u32s, { nil: null }), messageSignature: fc.option(u32s, { nil: null }) }, { noNullPrototype: true }),
  { nil: null },
);

describe("packed record numbers", () => {
  it("give back each record's features and counts, batch after batch", () => {
    const packer = new NumberPacker();
    fc.assert(
      fc.property(fc.array(fc.tuple(features, u32s), { maxLength: 40 }), (records) => {
        const offsets = records.map(([f, counts]) => packer.pack(f, counts));
        const packed = packer.take();
        // Each record ends where the next begins (how a task reads a file of them back, one after another).
        records.forEach(([f, counts], i) => assert.deepEqual(unpackNumbers(packed, offsets[i]), { features: f, counts, next: offsets[i + 1] ?? packed.length }));
      }),
      { numRuns: 100 },
    );
  });
});
