import fc from "fast-check";
import { compositeScore, gradeOf, rawScore } from "../../src/core/performance-contract";
import { type QuarterlyIndicator, proRatedTarget, quarterlyScores } from "../../src/core/quarterly-scores";

describe("quarterly contract scores", () => {
  it("hold the actual to date against the annual target × quarters elapsed ÷ 4 by default", () => {
    const { indicators } = quarterlyScores([{ weight: 1, direction: "higher", target: 20, quarters: [4, 6, null, 5] }]);
    expect(indicators[0].map((q) => [q.target, q.cumulative])).toEqual([[5, 4], [10, 10], [15, null], [20, 15]]);
    expect(indicators[0][0].raw).toBeCloseTo(rawScore(4, 5), 12);
    expect(indicators[0][1].raw).toBe(3); // on target at mid-year
    expect(indicators[0][2].raw).toBeNull(); // Q3 not reported
    expect(indicators[0][3].raw).toBeCloseTo(rawScore(15, 20), 12);
  });

  it("invert the ratio where lower is better, exactly as the annual rule does", () => {
    const { indicators } = quarterlyScores([{ weight: 1, direction: "lower", target: 8, quarters: [1, 2] }]);
    expect(indicators[0][0].raw).toBeCloseTo(rawScore(1, 2, "lower"), 12); // 1 day against 2 (8 × 1/4)
    expect(indicators[0][1].raw).toBeCloseTo(rawScore(3, 4, "lower"), 12);
  });

  it("under the quarter rule, hold each quarter's own actual against the annual target ÷ 4", () => {
    const { indicators } = quarterlyScores([{ weight: 1, direction: "higher", target: 20, quarters: [4, 6] }], "quarter");
    expect(indicators[0].map((q) => q.target)).toEqual([5, 5, 5, 5]);
    expect(indicators[0][1].raw).toBeCloseTo(rawScore(6, 5), 12);
    expect(proRatedTarget(20, 3, "quarter")).toBe(5);
    expect(proRatedTarget(20, 3)).toBe(15);
  });

  it("use a typed quarterly target in place of the pro-rated one for that quarter only", () => {
    const { indicators } = quarterlyScores([{ weight: 1, direction: "higher", target: 20, quarters: [2, 2], quarterTargets: [2, null] }]);
    expect(indicators[0].map((q) => q.target)).toEqual([2, 10, 15, 20]);
    expect(indicators[0][0].raw).toBe(3);
    expect(indicators[0][1].raw).toBeCloseTo(rawScore(4, 10), 12);
  });

  it("give a composite and grade for a quarter only once every indicator is scored, and the mid-year score is Q2's", () => {
    const result = quarterlyScores([
      { weight: 0.6, direction: "higher", target: 100, quarters: [25, 25, 30] },
      { weight: 0.4, direction: "lower", target: 8, quarters: [2, 1] },
    ]);
    expect(result.composites[2]).toBeNull();
    expect(result.composites[3]).toBeNull();
    const q2 = compositeScore([3, rawScore(3, 4, "lower")], [0.6, 0.4]);
    expect(result.composites[1]).toBeCloseTo(q2, 12);
    expect(result.midYear).toEqual({ score: result.composites[1], grade: gradeOf(q2) });
  });

  it("leave a higher-is-better quarter with a zero target unscored, as the sheet says 'Target is zero'", () => {
    const { indicators, composites } = quarterlyScores([{ weight: 1, direction: "higher", target: 0, quarters: [1] }]);
    expect(indicators[0][0].raw).toBeNull();
    expect(composites[0]).toBeNull();
  });

  const indicator: fc.Arbitrary<QuarterlyIndicator> = fc.record({
    weight: fc.constant(0),
    direction: fc.constantFrom("higher" as const, "lower" as const),
    target: fc.integer({ min: 1, max: 10_000 }),
    quarters: fc.array(fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null }), { maxLength: 4 }),
    quarterTargets: fc.array(fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: null }), { maxLength: 4 }),
  });

  it("agree, on random contracts, with the annual rule applied quarter by quarter", () => {
    fc.assert(
      fc.property(fc.array(indicator, { minLength: 1, maxLength: 8 }), fc.constantFrom("cumulative" as const, "quarter" as const), (given, rule) => {
        const inds = given.map((ind) => ({ ...ind, weight: 1 / given.length }));
        const result = quarterlyScores(inds, rule);
        inds.forEach((ind, i) =>
          result.indicators[i].forEach((q, k) => {
            const actual = ind.quarters?.[k] ?? null;
            const toDate = (ind.quarters ?? []).slice(0, k + 1).reduce<number>((s, v) => s + (v ?? 0), 0);
            const target = ind.quarterTargets?.[k] ?? (ind.target! * (rule === "cumulative" ? k + 1 : 1)) / 4;
            expect(q.target).toBeCloseTo(target, 9);
            if (actual === null) expect(q.raw).toBeNull();
            else expect(q.raw).toBeCloseTo(rawScore(rule === "cumulative" ? toDate : actual, target, ind.direction), 9);
            // Raw scores stay on the 1-5 scale, so the composite does too.
            if (q.raw !== null) expect(q.raw >= 1 && q.raw <= 5).toBe(true);
          }),
        );
        result.composites.forEach((c, k) => {
          const raws = result.indicators.map((s) => s[k].raw);
          if (raws.some((r) => r === null)) expect(c).toBeNull();
          else expect(c).toBeCloseTo(raws.reduce<number>((s, r) => s + r! / inds.length, 0), 9);
        });
      }),
    );
  });
});
