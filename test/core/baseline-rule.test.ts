import { AFFIRMATIVE_COUNTIES, AFFIRMATIVE_DEFAULTS, type AffirmativeRule } from "../../src/core/bases";
import { BASELINE_FY2024_25 } from "../../src/core/baseline-fy2024-25";
import { COUNTIES } from "../../src/core/knbs-counties";
import { affirmativeAmount, baselineAllocations } from "../../src/core/baseline-rule";
import { MgaoError } from "../../src/core/errors";
import { smallestShareableTotal } from "../../src/core/shareable-total";

const rule: AffirmativeRule = { amount: 10, lowerAmount: 4, threshold: 400, counties: [] };
const enacted: AffirmativeRule = { ...AFFIRMATIVE_DEFAULTS, counties: [] };

describe("affirmativeAmount", () => {
  it("is the full amount from the threshold up, and the lower amount below it", () => {
    expect([399, 400, 401].map((t) => affirmativeAmount(t, rule))).toEqual([4, 10, 10]);
    expect(affirmativeAmount(414_999_999_999, enacted)).toBe(3_000_000_000);
    expect(affirmativeAmount(415_000_000_000, enacted)).toBe(4_460_000_000);
    expect(affirmativeAmount(428_000_000_000, enacted)).toBe(4_460_000_000);
  });
});

describe("baselineAllocations", () => {
  it("is baseline + X/k for the affirmative counties + formula share × (total − Σbaseline − X) (worked by hand)", () => {
    // Σbaseline 300, X = 4 shared by A and C, pool = 350 − 300 − 4 = 46 shared 0.5, 0.25, 0.25.
    expect(Array.from(baselineAllocations(350, [0.5, 0.25, 0.25], [100, 150, 50], [1, 0, 1], rule))).toEqual([100 + 2 + 23, 150 + 11.5, 50 + 2 + 11.5]);
    // From the threshold X is 10: pool = 400 − 300 − 10 = 90.
    expect(Array.from(baselineAllocations(400, [0.5, 0.25, 0.25], [100, 150, 50], [1, 0, 1], rule))).toEqual([100 + 5 + 45, 150 + 22.5, 50 + 5 + 22.5]);
  });

  it("returns exact amounts that add up to the total; rounding to shillings is left to the caller", () => {
    const out = baselineAllocations(1000, [1 / 3, 1 / 3, 1 / 3], [100, 100, 100], [1, 1, 1], rule);
    expect(out).toBeInstanceOf(Float64Array);
    expect(out[0]).toBeCloseTo(100 + 10 / 3 + 690 / 3, 12);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 9);
  });

  it("keeps every baseline, even for a county with no formula share", () => {
    // X = 10 to B, pool = 500 − 300 − 10 = 190, all to A.
    expect(Array.from(baselineAllocations(500, [1, 0, 0], [100, 150, 50], [0, 1, 0], rule))).toEqual([290, 160, 50]);
  });

  it("shares exactly Σbaseline + X, the formula getting nothing", () => {
    expect(Array.from(baselineAllocations(304, [0.2, 0.3, 0.5], [100, 150, 50], [1, 1, 0], rule))).toEqual([102, 152, 50]);
  });

  it("refuses a total below Σbaseline + X, naming the smallest it can share", () => {
    expect(() => baselineAllocations(303, [0.5, 0.5], [150, 150], [1, 0], rule)).toThrow(
      expect.objectContaining({
        kind: "#NUM!",
        argument: "total",
        problem: "303 is below 304, the smallest total the fourth basis can share on this data (the baselines' total 300 plus the affirmative allocation 4)",
      }),
    );
    // The basis named is the caller's.
    expect(() => baselineAllocations(303, [0.5, 0.5], [150, 150], [1, 0], rule, "my-basis")).toThrow("total: 303 is below 304, the smallest total the my-basis basis can share on this data");
  });

  it("on the built-in baselines, refuses KES 300 bn, naming 390,424,707,299", () => {
    const baselines = BASELINE_FY2024_25.map((r) => r[1]);
    const flags = BASELINE_FY2024_25.map((r) => (AFFIRMATIVE_COUNTIES.includes(COUNTIES[r[0] - 1].name as (typeof AFFIRMATIVE_COUNTIES)[number]) ? 1 : 0) as 0 | 1);
    expect(flags.filter(Boolean)).toHaveLength(12);
    expect(() => baselineAllocations(300_000_000_000, baselines.map(() => 1 / 47), baselines, flags, enacted)).toThrow(
      "total: 300,000,000,000 is below 390,424,707,299, the smallest total the fourth basis can share on this data (the baselines' total 387,424,707,299 plus the affirmative allocation 3,000,000,000)",
    );
  });

  it("refuses an affirmative amount with no affirmative county to receive it", () => {
    expect(() => baselineAllocations(400, [0.5, 0.5], [100, 100], [0, 0], rule)).toThrow(
      expect.objectContaining({ kind: "#NUM!", argument: "affirmative", problem: "no county is marked affirmative, so the affirmative allocation of 10 has no county to go to" }),
    );
    // Nothing to give needs no county.
    expect(Array.from(baselineAllocations(400, [0.5, 0.5], [100, 100], [0, 0], { ...rule, amount: 0 }))).toEqual([200, 200]);
  });

  it("steps at the threshold: X's increase moves from the formula to the affirmative counties", () => {
    const below = baselineAllocations(399, [0.5, 0.5], [100, 100], [1, 0], rule);
    const at = baselineAllocations(400, [0.5, 0.5], [100, 100], [1, 0], rule);
    // 399: X = 4, pool 195: 104 + 97.5 and 97.5. 400: X = 10, pool 190: 110 + 95 and 95.
    expect(Array.from(below)).toEqual([201.5, 197.5]);
    expect(Array.from(at)).toEqual([205, 195]);
    expect(at[1]).toBeLessThan(below[1]);
  });

  // When Σbaseline + lowerAmount < threshold < Σbaseline + amount, totals from the threshold up to
  // Σbaseline + amount cannot be shared; the refusal once named the smaller Σbaseline + lowerAmount as
  // the smallest total ("415,000,000,000 is below 414,000,000,000").
  it("never refuses a total by naming a smaller one as the smallest it can share (threshold inside Σbaseline + [lower, amount))", () => {
    const baselines = [205_500_000_000, 205_500_000_000]; // Σ 411 bn: 411 + 3 < 415 < 411 + 4.46
    let refusal = "";
    try {
      baselineAllocations(415_000_000_000, [0.5, 0.5], baselines, [1, 0], enacted);
    } catch (e) {
      refusal = (e as MgaoError).message;
    }
    expect(refusal).not.toBe("");
    const [, total, smallest] = /^total: ([\d,]+) is below ([\d,]+),/.exec(refusal) ?? [];
    expect(Number(smallest.replace(/,/g, ""))).toBeGreaterThan(Number(total.replace(/,/g, "")));
  });

  it("shares the totals either side of that gap", () => {
    const baselines = [205_500_000_000, 205_500_000_000];
    expect(smallestShareableTotal({ kind: "baseline", ...enacted }, 411_000_000_000).total).toBe(414_000_000_000);
    expect(baselineAllocations(414_999_999_999, [0.5, 0.5], baselines, [1, 0], enacted).reduce((a, b) => a + b, 0)).toBe(414_999_999_999);
    expect(baselineAllocations(415_460_000_000, [0.5, 0.5], baselines, [1, 0], enacted).reduce((a, b) => a + b, 0)).toBe(415_460_000_000);
    expect(() => baselineAllocations(415_000_000_000, [0.5, 0.5], baselines, [1, 0], enacted)).toThrow(MgaoError);
  });
});
