import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { snappyUncompress } from "hyparquet";
import { maxCompressedLength, snappyCompress } from "../../../src/formats/parquet/snappy.js";

function roundTrip(input: Uint8Array): Uint8Array {
  const compressed = snappyCompress(input);
  assert.ok(compressed.length <= maxCompressedLength(input.length));
  const output = new Uint8Array(input.length);
  snappyUncompress(compressed, output);
  return output;
}

describe("Snappy", () => {
  it("gives back any bytes through a reference decoder", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000, size: "max" }), (input) => {
        assert.deepEqual(roundTrip(input), input);
      }),
      { numRuns: 300 },
    );
  });

  it("gives back inputs full of matches ending at every offset (a four-byte alphabet, high bits included)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1, 128, 255), { minLength: 16, maxLength: 5000, size: "max" }), (values) => {
        const input = Uint8Array.from(values);
        assert.deepEqual(roundTrip(input), input);
      }),
      { numRuns: 300 },
    );
  });

  it("gives back repetitive text across 64 KiB blocks, and shrinks it", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("hello ", "*smiles* ", "{{user}}", "\n", "é😀", "aaaa", "the quick brown fox "), { minLength: 1, maxLength: 40000 }), fc.nat(5), (parts, cut) => {
        const input = new TextEncoder().encode(parts.join("")).subarray(cut);
        const back = roundTrip(input);
        assert.deepEqual(back, input);
      }),
      { numRuns: 40 },
    );
    const text = new TextEncoder().encode("She smiles softly at you. ".repeat(20000));
    assert.ok(snappyCompress(text).length < text.length / 10);
  });

  it("handles the edges: empty, tiny, one long run, a literal longer than 60 bytes", () => {
    const random = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 2654435761) >>> 24);
    for (const input of [new Uint8Array(0), Uint8Array.of(7), new Uint8Array(14).fill(1), new Uint8Array(200_000).fill(9), random]) assert.deepEqual(roundTrip(input), input);
  });
});
