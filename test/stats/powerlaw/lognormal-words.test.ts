import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { FAVOUR_P, lognormalCell, lognormalClause, MIN_EVIDENCE, powerLawVerdict, type LognormalComparison, type PowerLawFit } from "../../../src/stats/powerlaw/index.js";
import { formatDecimalKeepingSide } from "../../../src/stats/powerlaw/lognormal-words.js";

const FIT: PowerLawFit = { kind: "discrete", alpha: 2.61, alphaSe: 0.03, xmin: 19, nTail: 1_200, n: 10_000, ks: 0.02 };

/** A comparison as compareWithLognormal decides it. */
function comparison(ratio: number, p: number): LognormalComparison {
  const decisive = p < FAVOUR_P && Math.abs(ratio) >= MIN_EVIDENCE;
  return { mu: 3, sigma: 1, logLikelihoodRatio: ratio, p, favours: !decisive ? "neither" : ratio > 0 ? "power law" : "lognormal" };
}

const CELL = /^(-?[\d,]+\.\d+), (p [=<] [\d.]+) \((favours the power law|favours the lognormal|neither: .+)\)$/;

/** Reads the table cell and checks the verdict says the same: its numbers, its sign, its conclusion. */
function assertAgree(lognormal: LognormalComparison): { ratio: string; p: string; finding: string } {
  const cell = lognormalCell(lognormal);
  const match = CELL.exec(cell);
  assert.ok(match, cell);
  const [, ratio, p, finding] = match;
  const verdict = powerLawVerdict(FIT, lognormal, null);
  assert.ok(verdict.includes(lognormalClause(lognormal)), verdict);
  assert.ok(verdict.includes(`R = ${ratio}, ${p}`), `${cell} | ${verdict}`);
  const prose = {
    "favours the power law": "it fits better than a lognormal",
    "favours the lognormal": "a lognormal fits the same tail better",
  }[finding];
  if (prose) {
    assert.ok(verdict.includes(prose), `${cell} | ${verdict}`);
    // R is power law minus lognormal: its sign names the model favoured.
    assert.equal(ratio.startsWith("-"), finding === "favours the lognormal", cell);
  } else {
    assert.match(verdict, /neither is favoured/);
    assert.doesNotMatch(verdict, /fits (?:the same tail )?better/);
  }
  return { ratio, p, finding };
}

describe("the lognormal comparison in the table and in the verdict", () => {
  it("agree when the lognormal is favoured", () => {
    assert.deepEqual(assertAgree(comparison(-3.24, 0.0042)), { ratio: "-3.2", p: "p = 0.004", finding: "favours the lognormal" });
  });

  it("agree when the power law is favoured", () => {
    assert.deepEqual(assertAgree(comparison(12.06, 0.00001)), { ratio: "12.1", p: "p < 0.001", finding: "favours the power law" });
  });

  it("agree when neither is: too close to call, or p too large", () => {
    assert.deepEqual(assertAgree(comparison(1.3, 0.04)), { ratio: "1.3", p: "p = 0.040", finding: `neither: |R| < ${MIN_EVIDENCE}` });
    assert.deepEqual(assertAgree(comparison(-8.5, 0.62)), { ratio: "-8.5", p: "p = 0.620", finding: `neither: p ≥ ${FAVOUR_P}` });
  });

  it("never round a number across the line the conclusion draws", () => {
    // 1.96 as "2.0" would read as enough evidence; 0.0996 as "0.100" as too large a p.
    assert.equal(assertAgree(comparison(1.96, 0.01)).ratio, "1.96");
    assert.equal(assertAgree(comparison(-2.04, 0.0996)).p, "p = 0.0996");
    assert.equal(assertAgree(comparison(-0.04, 0.9)).ratio, "0.0", "no sign on a ratio that rounds to zero");
  });

  it("agree for any ratio and p, and show each on the side of its threshold it is on", () => {
    fc.assert(
      fc.property(fc.double({ min: -80, max: 80, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (ratio, p) => {
        const { ratio: shownRatio, p: shownP } = assertAgree(comparison(ratio, p));
        assert.equal(Math.abs(Number(shownRatio.replace(/,/g, ""))) >= MIN_EVIDENCE, Math.abs(ratio) >= MIN_EVIDENCE, `${ratio} shown ${shownRatio}`);
        assert.equal(Number(shownP.slice(4)) < FAVOUR_P, p < FAVOUR_P, `${p} shown ${shownP}`);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("decimals kept on their side of a threshold", () => {
  it("adds digits only when rounding would cross", () => {
    const belowTenth = (x: number) => x < 0.1;
    assert.equal(formatDecimalKeepingSide(0.0996, 3, belowTenth), "0.0996");
    assert.equal(formatDecimalKeepingSide(0.09999996, 3, belowTenth), "0.09999996");
    assert.equal(formatDecimalKeepingSide(0.1004, 3, belowTenth), "0.100");
    assert.equal(formatDecimalKeepingSide(1234.56, 1, () => true), "1,234.6");
  });
});
