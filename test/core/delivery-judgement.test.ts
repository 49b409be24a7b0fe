import { DEFAULT_TOLERANCE, JUDGEMENTS, JUDGEMENT_RULE_NOTE, NO_JUDGEMENT_TEXT, PLANNED_ZERO_PROBLEM, progressRatio, requireTolerance, suggestJudgement } from "../../src/core/delivery-judgement";

describe("progressRatio", () => {
  it("is progress made over progress planned when there is a baseline, either direction", () => {
    expect(progressRatio(46_000, 46_000, 42_000)).toBe(1);
    expect(progressRatio(43_000, 46_000, 42_000)).toBe(0.25);
    expect(progressRatio(70, 60, 95)).toBeCloseTo(25 / 35, 12); // minutes waiting: lower is better
    expect(progressRatio(50, 42, 42)).toBe(1); // nothing planned yet: nothing is behind
  });
  it("is actual over planned without a baseline, and refuses a zero plan", () => {
    expect(progressRatio(90, 100)).toBe(0.9);
    expect(() => progressRatio(1, 0)).toThrow("planned: is 0");
  });

  it("goes below zero when the metric moved the wrong way", () => {
    expect(progressRatio(40_000, 46_000, 42_000)).toBe(-0.5);
    expect(progressRatio(100, 60, 95)).toBeCloseTo(-5 / 35, 12);
  });

  it("refuses a zero plan without a baseline as #DIV/0!, but not with one", () => {
    expect(() => progressRatio(1, 0)).toThrow(expect.objectContaining({ kind: "#DIV/0!", argument: "planned" }));
    expect(progressRatio(5, 0, 10)).toBe(0.5);
  });

  it("refuses a zero plan in the words the Stocktake's Why column is written from", () => {
    expect(() => progressRatio(1, 0)).toThrow(expect.objectContaining({ problem: PLANNED_ZERO_PROBLEM }));
    // The Why column's reasons are distinct, so the Summary's count of "No actual yet" counts no other.
    expect(new Set([...Object.values(NO_JUDGEMENT_TEXT), `Planned ${PLANNED_ZERO_PROBLEM}`]).size).toBe(3);
  });
});

describe("suggestJudgement", () => {
  it("bands the shortfall by multiples of the tolerance", () => {
    expect(DEFAULT_TOLERANCE).toBe(0.1);
    expect([1.2, 1, 0.95, 0.85, 0.75, 0.65, -1].map((r) => suggestJudgement(r))).toEqual(["Green", "Green", "Green", "Amber-Green", "Amber-Red", "Red", "Red"]);
    expect(suggestJudgement(0.85, 0.2)).toBe("Green");
    expect(suggestJudgement(0.99, 0)).toBe("Red");
  });
  it("refuses a tolerance outside 0 to 100%", () => {
    expect(() => suggestJudgement(1, -0.1)).toThrow("tolerance");
    expect(() => suggestJudgement(1, NaN)).toThrow("tolerance");
  });

  it("gives the kinder judgement on a band's edge", () => {
    // "Within" the tolerance includes it: a shortfall of exactly 10%, 20% or 30% stays in the band.
    expect([0.9, 0.8, 0.7].map((r) => suggestJudgement(r))).toEqual(["Green", "Amber-Green", "Amber-Red"]);
    // Also where double precision puts the edge a hair below (3 × 0.3 is 0.8999999999999999).
    expect(3 * 0.3).toBeLessThan(0.9);
    expect(suggestJudgement(0.1, 0.3)).toBe("Amber-Red");
    expect(suggestJudgement(0.4, 0.2)).toBe("Amber-Red");
    expect(suggestJudgement(0.1 - 1e-6, 0.3)).toBe("Red");
  });

  it("with a tolerance of 100%, is Green for any progress at all", () => {
    expect([0, -1, -2, -2.5].map((r) => suggestJudgement(r, 1))).toEqual(["Green", "Amber-Green", "Amber-Red", "Red"]);
  });

  it("only ever gives one of the four judgements, best first", () => {
    expect(JUDGEMENTS).toEqual(["Green", "Amber-Green", "Amber-Red", "Red"]);
    // The rule is a suggestion, and is said to be one wherever it is shown.
    expect(JUDGEMENT_RULE_NOTE).toMatch(/^Unconfirmed rule, a setting/);
    expect(JUDGEMENT_RULE_NOTE).toMatch(/judgement overrides it/);
  });
});

describe("requireTolerance", () => {
  it("returns a tolerance from 0 to 100%", () => {
    expect([0, 0.1, 1].map(requireTolerance)).toEqual([0, 0.1, 1]);
  });
  it("names a tolerance outside it as #NUM!", () => {
    expect(() => requireTolerance(1.5)).toThrow(expect.objectContaining({ kind: "#NUM!", message: "tolerance: must be between 0 and 100% (got 1.5)" }));
    expect(() => requireTolerance(-0.1)).toThrow(expect.objectContaining({ kind: "#NUM!" }));
    expect(() => requireTolerance(NaN)).toThrow("(got NaN)");
  });
});
