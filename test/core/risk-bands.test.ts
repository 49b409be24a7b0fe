import fc from "fast-check";
import { MgaoError } from "../../src/core/errors";
import { DEFAULT_RISK_BANDS, MAX_RISK_SCORE, RISK_LOOKS, RISK_BANDS_NOTE, riskBand, riskBandProblems, riskLookOf, riskOf, riskScore, requireRiskBands } from "../../src/core/risk-bands";

describe("risk scores", () => {
  it("are likelihood × impact, each a whole number from 1 to 5", () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(5, 5)).toBe(MAX_RISK_SCORE);
  });

  it("refuse a level outside 1 to 5, or not whole, naming the argument", () => {
    for (const [l, i, argument] of [[0, 3, "likelihood"], [6, 3, "likelihood"], [2.5, 3, "likelihood"], [3, 0, "impact"], [3, NaN, "impact"]] as const) {
      let error: unknown;
      try {
        riskScore(l, i);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(MgaoError);
      expect([(error as MgaoError).kind, (error as MgaoError).argument]).toEqual(["#NUM!", argument]);
    }
  });
});

describe("risk bands", () => {
  it("default to 1–4 Low, 5–9 Medium, 10–14 High, 15–25 Critical, said to be unconfirmed", () => {
    expect(DEFAULT_RISK_BANDS.map((b) => `${b.from}-${b.to} ${b.name}`)).toEqual(["1-4 Low", "5-9 Medium", "10-14 High", "15-25 Critical"]);
    expect(RISK_BANDS_NOTE).toMatch(/^Unconfirmed/);
    expect(riskBandProblems(DEFAULT_RISK_BANDS)).toEqual([]);
  });

  it("name every score at their edges", () => {
    expect([1, 4, 5, 9, 10, 14, 15, 25].map((s) => riskBand(s))).toEqual(["Low", "Low", "Medium", "Medium", "High", "High", "Critical", "Critical"]);
    expect(riskOf(3, 5)).toEqual({ score: 15, band: "Critical" });
    expect(riskOf(2, 2)).toEqual({ score: 4, band: "Low" });
  });

  it("give every score in 1–25 the one band whose from–to holds it, for any valid table", () => {
    // A valid table: cut points between 1 and 25, in order.
    const table = fc.uniqueArray(fc.integer({ min: 2, max: MAX_RISK_SCORE }), { maxLength: 6 }).map((cuts) => {
      const starts = [1, ...cuts.sort((a, b) => a - b)];
      return starts.map((from, k) => ({ name: `Band ${k + 1}`, from, to: k + 1 < starts.length ? starts[k + 1] - 1 : MAX_RISK_SCORE }));
    });
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (bands, l, i) => {
        expect(riskBandProblems(bands)).toEqual([]);
        const { score, band } = riskOf(l, i, bands);
        const holding = bands.filter((b) => b.from <= score && score <= b.to);
        expect(holding.map((b) => b.name)).toEqual([band]);
      }),
      { seed: 18, numRuns: 300 },
    );
  });

  it("refuse a table with a gap, an overlap, a nameless band or one that stops short of 25", () => {
    expect(riskBandProblems([{ name: "Low", from: 1, to: 4 }, { name: "High", from: 6, to: 25 }])).toEqual(["band 2 starts at 6, not 5: the bands run from 1 to 25 without gaps"]);
    expect(riskBandProblems([{ name: "Low", from: 1, to: 9 }, { name: "High", from: 5, to: 25 }])).toHaveLength(1);
    expect(riskBandProblems([{ name: " ", from: 1, to: 20 }])).toEqual(["band 1 has no name", "the last band ends at 20, not 25"]);
    expect(riskBandProblems([])).toEqual(["give at least one band"]);
    expect(() => requireRiskBands([{ name: "Low", from: 2, to: 25 }])).toThrow(/bands: band 1 starts at 2, not 1/);
  });

  it("are coloured green to red, the top band always red", () => {
    expect([0, 1, 2, 3].map((k) => riskLookOf(k, 4))).toEqual(RISK_LOOKS);
    expect(riskLookOf(0, 1)).toEqual(RISK_LOOKS[3]);
    expect(riskLookOf(1, 2)).toEqual(RISK_LOOKS[3]);
    expect(riskLookOf(0, 2)).toEqual(RISK_LOOKS[0]);
  });
});
