import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatCount, formatNumber, formatPercent } from "../../src/stats/format-number.js";

describe("numbers as tables show them", () => {
  it("never shows a sign on a value that rounds to zero", () => {
    assert.equal(formatNumber(-0.04, 1), "0.0");
    assert.equal(formatNumber(-0.0004, 3), "0.000");
    assert.equal(formatCount(-0.4), "0");
    assert.equal(formatNumber(-1.26, 1), "-1.3");
    assert.equal(formatNumber(1234.5, 1), "1,234.5");
  });

  it("shows a share too small for one decimal as <0.1%, and nothing as 0.0%", () => {
    assert.equal(formatPercent(1, 25_940), "<0.1%");
    assert.equal(formatPercent(0, 25_940), "0.0%");
    assert.equal(formatPercent(13, 25_940), "0.1%");
    assert.equal(formatPercent(1, 8), "12.5%");
  });
});
