import { allocate } from "../../src/core/allocate";
import { AFFIRMATIVE_DEFAULTS, type ApplicationRule, BASES } from "../../src/core/bases";
import { baselineAllocations } from "../../src/core/baseline-rule";
import { blendAllocations } from "../../src/core/blend-rule";
import { readCountyTable } from "../../src/core/county-table";
import { formatKes, smallestShareableTotal, tooSmallTotalMessage } from "../../src/core/shareable-total";

const enacted: ApplicationRule = { kind: "baseline", ...AFFIRMATIVE_DEFAULTS, counties: [] };
const plain = (n: number) => String(n);

describe("formatKes", () => {
  it("writes whole shillings with grouped thousands, as messages and sheets do", () => {
    expect(formatKes(390_424_707_299)).toBe("390,424,707,299");
    expect(formatKes(0)).toBe("0");
    expect(formatKes(999)).toBe("999");
    expect(formatKes(1234.5)).toBe("1,235");
    expect(formatKes(-3_000_000_000)).toBe("-3,000,000,000");
  });
});

describe("smallestShareableTotal", () => {
  it("is nothing for the formula rule, which shares the whole total", () => {
    const s = smallestShareableTotal({ kind: "formula" }, 1_000);
    expect(s.total).toBe(0);
    expect(s.why(formatKes)).toBe("the whole total is shared by the formula");
  });

  it("is the FY2019/20 allocations' total under the adopted third basis's floor", () => {
    const s = smallestShareableTotal(BASES["third-adopted"].rule, 316_500_000_000);
    expect(s.total).toBe(316_500_000_000);
    expect(s.why(formatKes)).toBe("the FY2019/20 allocations' total 316,500,000,000: no county may get less than its FY2019/20 allocation");
  });

  it("is the part retained of the FY2019/20 allocations under a blend without the floor", () => {
    const s = smallestShareableTotal({ kind: "blend", retained: 0.5, floorAtPrevious: false }, 316_500_000_000);
    expect(s.total).toBe(158_250_000_000);
    expect(s.why(formatKes)).toBe("50% of the FY2019/20 allocations' total 316,500,000,000 is kept before the formula");
  });

  it("is Σbaseline + the lower affirmative amount under the fourth basis when that is below the threshold", () => {
    const s = smallestShareableTotal(enacted, 387_424_707_299);
    expect(s.total).toBe(390_424_707_299);
    expect(s.why(formatKes)).toBe("the baselines' total 387,424,707,299 plus the affirmative allocation 3,000,000,000");
    // Just under the threshold still counts as below it.
    expect(smallestShareableTotal(enacted, 411_999_999_999).total).toBe(414_999_999_999);
  });

  it("is Σbaseline + the full affirmative amount when Σbaseline + the lower amount reaches the threshold", () => {
    // 412 bn + 3 bn = 415 bn: no total below the threshold can keep the baselines, and above it X is 4.46 bn.
    for (const baseTotal of [412_000_000_000, 420_000_000_000]) {
      const s = smallestShareableTotal(enacted, baseTotal);
      expect(s.total).toBe(baseTotal + 4_460_000_000);
      expect(s.why(plain)).toBe(`the baselines' total ${baseTotal} plus the affirmative allocation 4460000000`);
    }
  });

  it("is the threshold itself when the full amount is smaller than the lower one and Σbaseline + the lower amount passes the threshold", () => {
    const odd = { ...AFFIRMATIVE_DEFAULTS, amount: 1_000_000_000, lowerAmount: 3_000_000_000, counties: [] };
    expect(smallestShareableTotal({ kind: "baseline", ...odd }, 413_000_000_000).total).toBe(415_000_000_000);
    // Below the threshold X is 3 bn and 413 + 3 > 414.999…; at it X is 1 bn and the formula gets 1 bn.
    const baselines = [213_000_000_000, 200_000_000_000];
    expect(() => baselineAllocations(414_999_999_999, [0.5, 0.5], baselines, [1, 0], odd)).toThrow(/is below 415,000,000,000/);
    expect(Array.from(baselineAllocations(415_000_000_000, [0.5, 0.5], baselines, [1, 0], odd))).toEqual([214_500_000_000, 200_500_000_000]);
  });

  it("names totals the rule can share, and refuses the shilling below (checked against the rules themselves)", () => {
    const rule = { ...AFFIRMATIVE_DEFAULTS, counties: [] };
    for (const baselines of [[200_000_000_000, 187_424_707_299], [210_000_000_000, 205_000_000_000]]) {
      const smallest = smallestShareableTotal({ kind: "baseline", ...rule }, baselines[0] + baselines[1]).total;
      expect(baselineAllocations(smallest, [0.5, 0.5], baselines, [1, 0], rule).reduce((a, b) => a + b, 0)).toBe(smallest);
      expect(() => baselineAllocations(smallest - 1, [0.5, 0.5], baselines, [1, 0], rule)).toThrow(/is below/);
    }
    const previous = [60, 40];
    const floor = smallestShareableTotal({ kind: "blend", retained: 0.5, floorAtPrevious: true }, 100).total;
    expect(Array.from(blendAllocations(floor, [0.5, 0.5], previous, { retained: 0.5, floorAtPrevious: true }))).toEqual([60, 40]);
    expect(() => blendAllocations(floor - 1, [0.5, 0.5], previous, { retained: 0.5, floorAtPrevious: true })).toThrow(/is below/);
  });

  it("uses the formatter it is given, so a sheet can write the numbers with TEXT()", () => {
    const sheet = (n: number) => `"&TEXT(${n},"#,##0")&"`;
    expect(smallestShareableTotal(enacted, 387_424_707_299).why(sheet)).toBe(`the baselines' total "&TEXT(387424707299,"#,##0")&" plus the affirmative allocation "&TEXT(3000000000,"#,##0")&"`);
  });

  // Retained × Σprevious need not be whole shillings: rounded to the nearest, a total of 30 was once
  // refused as "30 is below 30". The smallest total named is rounded up.
  it("names a whole-shilling smallest total that every smaller whole total is below", () => {
    const s = smallestShareableTotal({ kind: "blend", retained: 0.3, floorAtPrevious: false }, 101);
    expect(Number.isInteger(s.total)).toBe(true);
  });

  it("is where allocate starts sharing in whole shillings on a blend without the floor (30.3 of the base, so 31 is the first whole total: 31 is shared, 30 refused)", () => {
    const t = readCountyTable([["county", "population", "previous_allocation"], ["A", 1, 50], ["B", 1, 51]]);
    const rule: ApplicationRule = { kind: "blend", retained: 0.3, floorAtPrevious: false };
    expect(smallestShareableTotal(rule, 101).total).toBe(31);
    expect(allocate(t, 31, { basis: "third-adopted", weights: { population: 1 }, rule }, "third-adopted").counties.reduce((a, c) => a + c.allocation, 0)).toBe(31);
    expect(() => allocate(t, 30, { basis: "third-adopted", weights: { population: 1 }, rule }, "third-adopted")).toThrow(expect.objectContaining({ kind: "#NUM!", argument: "total" }));
  });
});

describe("tooSmallTotalMessage", () => {
  it("is the one wording every adapter uses, the numbers written by the caller", () => {
    expect(tooSmallTotalMessage("fourth", "300,000,000,000", "390,424,707,299", "the baselines' total 387,424,707,299 plus the affirmative allocation 3,000,000,000")).toBe(
      "300,000,000,000 is below 390,424,707,299, the smallest total the fourth basis can share on this data (the baselines' total 387,424,707,299 plus the affirmative allocation 3,000,000,000)",
    );
    const s = smallestShareableTotal(BASES["third-adopted"].rule, 100);
    expect(tooSmallTotalMessage("third-adopted", formatKes(90), formatKes(s.total), s.why(formatKes))).toBe(
      "90 is below 100, the smallest total the third-adopted basis can share on this data (the FY2019/20 allocations' total 100: no county may get less than its FY2019/20 allocation)",
    );
  });
});
