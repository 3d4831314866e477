import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { NumberList, withRoom } from "../../src/base/growable.js";

describe("growable number arrays", () => {
  it("keep every value pushed or appended, in order, past their first size", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat({ max: 0xffffffff }), fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 40 }))), (steps) => {
        const list = new NumberList(new Uint32Array(2));
        const expected: number[] = [];
        for (const step of steps) {
          if (typeof step === "number") list.push(step);
          else list.append(step);
          expected.push(...(typeof step === "number" ? [step] : step));
        }
        assert.deepEqual([...list.view], expected);
        assert.equal(list.length, expected.length);
      }),
      { numRuns: 200 },
    );
  });

  it("grow only when needed, keeping the used part and the array's type", () => {
    const small = Float64Array.of(1.5, 2.5, 3.5, 0);
    assert.equal(withRoom(small, 3, 1), small);
    const grown = withRoom(small, 3, 5);
    assert.ok(grown instanceof Float64Array && grown.length >= 8);
    assert.deepEqual([...grown.subarray(0, 3)], [1.5, 2.5, 3.5]);
  });
});
