import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { IntMultiMap, Uint32Arena } from "../../src/base/compact.js";

describe("compact dedup stores", () => {
  it("an arena gives back every value and null pushed, past its first sizes", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 300 }), { nil: null }), { maxLength: 1500 }), (values) => {
        const arena = new Uint32Arena();
        for (const value of values) arena.push(value === null ? null : Uint32Array.from(value));
        assert.equal(arena.length, values.length);
        values.forEach((value, i) => assert.deepEqual(arena.get(i), value === null ? null : Uint32Array.from(value)));
      }),
      { numRuns: 40 },
    );
  });

  /** Adds the keys in order (each under its position) and checks the map against a plain Map of lists. */
  const agreesWithAMapOfLists = (keys: number[]) => {
    const map = new IntMultiMap();
    keys.forEach((key, index) => map.add(key, index));
    const expected = new Map<number, number[]>();
    keys.forEach((key, index) => expected.set(key, [...(expected.get(key) ?? []), index]));
    for (const [key, indices] of expected) {
      const seen: number[] = [];
      map.each(key, (index) => seen.push(index));
      assert.deepEqual(seen, indices);
    }
    assert.deepEqual([...map.groups()], [...expected.values()].filter((indices) => indices.length > 1));
  };

  it("a multimap keeps the indices of each 32-bit key in order, and groups only shared keys, in first-key order", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 12345, 2 ** 31 + 7), { maxLength: 60 }), agreesWithAMapOfLists), { numRuns: 200 });
  });

  it("a multimap grows past its first table without losing or reordering anything", () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.nat({ max: 0xffffffff }), fc.nat({ max: 50 })), { minLength: 1000, maxLength: 4000 }), agreesWithAMapOfLists), { numRuns: 10 });
  });
});
