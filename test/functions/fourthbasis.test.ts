import { excelErrorOf } from "../support/excel-error";
import { fourthBasisAllocate, fourthBasisShares } from "../../src/functions/fourthbasis.functions";
import { thirdBasisAllocate, thirdBasisCheck, thirdBasisData, thirdBasisShares } from "../../src/functions/thirdbasis.functions";

const data = thirdBasisData("fourth");
const header = data[0] as string[];
const column = (name: string) => data.slice(1).map((row) => row[header.indexOf(name)]);
const counties = column("county") as string[];
const baseline = column("baseline_allocation") as number[];
const affirmative = column("affirmative").map((flag) => flag === "yes");
const total = (out: number[][]) => out.reduce((a, [x]) => a + x, 0);
const of = (out: number[][], county: string) => out[counties.indexOf(county)][0];

describe("FOURTHBASIS.SHARES", () => {
  it("returns F = 45% population + 35% of 1/47 + 12% poor people 2022 + 8% land (capped at 10%, then renormalised), summing to 1", () => {
    const population = column("population") as number[];
    const poor = column("poor_people_2022") as number[];
    const land = column("land_area_km2") as number[];
    const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
    const capped = land.map((a) => Math.min(a / sum(land), 0.1));
    const expected = counties.map((_, i) => 0.45 * (population[i] / sum(population)) + 0.35 / 47 + 0.12 * (poor[i] / sum(poor)) + 0.08 * (capped[i] / sum(capped)));
    const out = fourthBasisShares(data);
    expect(out).toHaveLength(47);
    out.forEach(([f], i) => expect(f).toBeCloseTo(expected[i], 14));
    expect(total(out)).toBeCloseTo(1, 12);
    // Some county's land share is capped on the official data, so the renormalising matters.
    expect(land.some((a) => a / sum(land) > 0.1)).toBe(true);
  });

  it("is the fourth basis of THIRDBASIS.SHARES, and takes weights as a range or a basis name (keeping the fourth basis's settings)", () => {
    expect(fourthBasisShares(data)).toEqual(thirdBasisShares(data, undefined, "fourth"));
    expect(fourthBasisShares(data, [["fourth"]])).toEqual(fourthBasisShares(data));
    const populationOnly = fourthBasisShares(data, [["parameter", "weight"], ["population", "100%"]]);
    const population = column("population") as number[];
    const all = population.reduce((a, x) => a + x, 0);
    populationOnly.forEach(([f], i) => expect(f).toBeCloseTo(population[i] / all, 14));
    // The second basis's weights with the fourth basis's land rule: the poverty and fiscal columns it needs are not in the fourth basis's data.
    expect(excelErrorOf(() => fourthBasisShares(data, [["second"]])).message).toBe("data: column poor_people is missing (needed by the poor_people weight)");
  });

  it("returns #VALUE! naming the argument for bad weights and missing columns", () => {
    expect(excelErrorOf(() => fourthBasisShares(data, [["fifth"]]))).toEqual(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/^weights: unknown basis "fifth"/) }));
    expect(excelErrorOf(() => fourthBasisShares(data, [["population", 0.5], ["basic_share", 0.4]])).message).toBe("weights: weights sum to 90%, not 100%");
    expect(excelErrorOf(() => fourthBasisShares([["county", "population"], ["A", 1]])).message).toBe("data: column poor_people_2022 is missing (needed by the poor_people_2022 weight)");
  });
});

describe("FOURTHBASIS.ALLOCATE on THIRDBASIS.DATA(\"fourth\")", () => {
  const fy2025 = fourthBasisAllocate(415_000_000_000, data);

  it("reproduces the published FY2025/26 allocations (KES 415 bn) within KES 2 million, the baseline's rounding", () => {
    expect(fy2025).toHaveLength(47);
    expect(Math.abs(of(fy2025, "Baringo") - 7_083_683_384)).toBeLessThanOrEqual(2_000_000);
    expect(Math.abs(of(fy2025, "Bungoma") - 11_838_054_666)).toBeLessThanOrEqual(2_000_000);
  });

  it("adds up to the total exactly, in whole shillings, with no county below its baseline", () => {
    expect(total(fy2025)).toBe(415_000_000_000);
    expect(fy2025.every(([x]) => Number.isInteger(x))).toBe(true);
    fy2025.forEach(([x], i) => expect(x).toBeGreaterThanOrEqual(baseline[i]));
    expect(fy2025).toEqual(thirdBasisAllocate(415_000_000_000, data, undefined, "fourth"));
  });

  it("gives each of the 12 affirmative counties X/12 more than the formula alone, where X is 4.46 bn from 415 bn and 3 bn below", () => {
    expect(affirmative.filter(Boolean)).toHaveLength(12);
    for (const [at, x] of [[415_000_000_000, 4_460_000_000], [414_000_000_000, 3_000_000_000]]) {
      const withX = fourthBasisAllocate(at, data);
      // The same total with no affirmative allocation, and X added back to the formula's pool by the total.
      const formulaOnly = fourthBasisAllocate(at - x, data, undefined, 0, 0);
      // Each side is rounded to whole shillings (less than KES 1 off), so the two differ from X/12 by less than 2.
      withX.forEach(([amount], i) => expect(Math.abs(amount - formulaOnly[i][0] - (affirmative[i] ? x / 12 : 0))).toBeLessThan(2));
    }
  });

  it("steps at the threshold: just above KES 415 bn most counties get less than just below", () => {
    const below = fourthBasisAllocate(414_999_999_999, data);
    const lower = fy2025.filter(([x], i) => x < below[i][0]).length;
    expect(lower).toBe(35);
    expect(of(fy2025, "Nairobi City") - of(below, "Nairobi City")).toBeLessThan(-70_000_000);
  });

  it("takes the affirmative amounts and threshold as settings", () => {
    const moved = fourthBasisAllocate(415_000_000_000, data, undefined, 4_460_000_000, 3_000_000_000, 416_000_000_000);
    expect(moved).toEqual(fourthBasisAllocate(415_000_000_000, data, undefined, 3_000_000_000));
    expect(total(moved)).toBe(415_000_000_000);
    expect(fourthBasisAllocate(415_000_000_000, data, null as never, "4,460,000,000" as never, "" as never, undefined)).toEqual(fy2025);
  });

  it("refuses a total below the baselines plus the affirmative allocation (#NUM!), which THIRDBASIS.CHECK explains", () => {
    // Excel shows #NUM! without a message.
    expect(excelErrorOf(() => fourthBasisAllocate(300_000_000_000, data))).toEqual(expect.objectContaining({ code: "#NUM!", message: "" }));
    expect(fourthBasisAllocate(390_424_707_299, data).reduce((a, [x]) => a + x, 0)).toBe(390_424_707_299);
    expect(excelErrorOf(() => fourthBasisAllocate(390_424_707_298, data)).code).toBe("#NUM!");
    expect(thirdBasisCheck(data, undefined, "fourth", 300_000_000_000)).toBe(
      "#NUM! total: 300,000,000,000 is below 390,424,707,299, the smallest total the fourth basis can share on this data (the baselines' total 387,424,707,299 plus the affirmative allocation 3,000,000,000)",
    );
  });

  it("returns the right Excel error, naming the argument, for every bad input", () => {
    expect(excelErrorOf(() => fourthBasisAllocate("lots" as never, data))).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'total: the total is "lots", not a number' }));
    expect(excelErrorOf(() => fourthBasisAllocate(415_000_000_000.5, data)).code).toBe("#NUM!");
    expect(excelErrorOf(() => fourthBasisAllocate(415_000_000_000, data, undefined, "many" as never)).message).toBe('affirmativeAmount: the value is "many", not a number');
    expect(excelErrorOf(() => fourthBasisAllocate(415_000_000_000, data, undefined, undefined, "x" as never)).message).toBe('affirmativeLowerAmount: the value is "x", not a number');
    expect(excelErrorOf(() => fourthBasisAllocate(415_000_000_000, data, undefined, undefined, undefined, [[1], [2]] as never)).message).toBe("affirmativeThreshold: expects one value, not a 2×1 range");
    expect(excelErrorOf(() => fourthBasisAllocate(415_000_000_000, data, undefined, -1)).code).toBe("#NUM!");
    expect(excelErrorOf(() => fourthBasisAllocate(415_000_000_000, data, undefined, 0.5)).code).toBe("#NUM!");
    const noBaseline = data.map((row) => row.filter((_, k) => header[k] !== "baseline_allocation"));
    expect(excelErrorOf(() => fourthBasisAllocate(415_000_000_000, noBaseline)).message).toBe("data: column baseline_allocation is missing (needed by the fourth application rule)");
    const badFlag = data.map((row, r) => row.map((cell, k) => (r === 1 && header[k] === "affirmative" ? "perhaps" : cell)));
    expect(excelErrorOf(() => fourthBasisAllocate(415_000_000_000, badFlag))).toEqual(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/^data: affirmative for Mombasa \(row 2\): "perhaps" is not/) }));
    const noneMarked = data.map((row, r) => row.map((cell, k) => (r > 0 && header[k] === "affirmative" ? "no" : cell)));
    expect(excelErrorOf(() => fourthBasisAllocate(415_000_000_000, noneMarked)).code).toBe("#NUM!");
    expect(fourthBasisAllocate(415_000_000_000, noneMarked, undefined, 0, 0).reduce((a, [x]) => a + x, 0)).toBe(415_000_000_000);
  });
});
