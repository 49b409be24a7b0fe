import { excelErrorOf } from "../support/excel-error";
import { illustrativeGrid, knbsGrid } from "../../src/core";
import {
  thirdBasisAllocate,
  thirdBasisCheck,
  thirdBasisCompare,
  thirdBasisCushion,
  thirdBasisFiscalEffort,
  thirdBasisHealthGap,
  thirdBasisLandShare,
  thirdBasisShare,
  thirdBasisShares,
  thirdBasisWeights,
} from "../../src/functions/thirdbasis.functions";

const data = illustrativeGrid() as any[][];
const small = [
  ["county", "population", "previous_allocation"],
  ["A", 1, 40],
  ["B", 2, 30],
  ["C", 7, 30],
];
const half = [
  ["parameter", "weight"],
  ["basic_share", "50%"],
  ["population", "50%"],
];

describe("THIRDBASIS.SHARES / SHARE", () => {
  it("spills one share per county, adding up to 1", () => {
    const out = thirdBasisShares(data);
    expect(out).toHaveLength(47);
    expect(out.every((row) => row.length === 1)).toBe(true);
    expect(out.reduce((a, [s]) => a + s, 0)).toBeCloseTo(1, 12);
  });

  it("matches hand-worked shares with a weights range", () => {
    expect(thirdBasisShares(small, half).map(([s]) => s)).toEqual([expect.closeTo(0.21667, 5), expect.closeTo(0.26667, 5), expect.closeTo(0.51667, 5)]);
    expect(thirdBasisShare("b", small, half)).toBeCloseTo(0.26667, 5);
  });

  it("accepts a basis name in place of weights", () => {
    const recommended = thirdBasisShares(data, [["third-recommended"]]);
    const viaBasis = thirdBasisShares(data, undefined, "third-recommended");
    expect(recommended).toEqual(viaBasis);
    expect(recommended).not.toEqual(thirdBasisShares(data));
  });

  it("returns #N/A with a message for a county not in data", () => {
    expect(excelErrorOf(() => thirdBasisShare("Atlantis", small, half))).toEqual(expect.objectContaining({ code: "#N/A", message: 'county: "Atlantis" is not in data' }));
  });

  it("returns #VALUE! naming the problem for weights, columns, text and duplicates", () => {
    expect(excelErrorOf(() => thirdBasisShares(small, [["population", 0.5], ["basic_share", 0.4]])).message).toBe("weights: weights sum to 90%, not 100%");
    expect(excelErrorOf(() => thirdBasisShares(small)).message).toMatch(/data: column health_facility_gap is missing \(needed by the health_facility_gap weight\)/);
    expect(excelErrorOf(() => thirdBasisShares([["county", "population"], ["A", "many"], ["B", 1]], [["population", 1]])).message).toBe('data: population for A (row 2) is "many", not a number');
    expect(excelErrorOf(() => thirdBasisShares([["county", "population"], ["A", null], ["B", 1]], [["population", 1]])).message).toBe("data: population for A (row 2) is blank");
    expect(excelErrorOf(() => thirdBasisShares([["county", "population"], ["A", 1], ["a", 1]], [["population", 1]])).message).toBe("data: A appears twice (rows 2 and 3)");
    expect(excelErrorOf(() => thirdBasisShares(small, [["popularity", 1]])).message).toMatch(/unknown parameter "popularity"/);
    expect(excelErrorOf(() => thirdBasisShares(small, undefined, "fifth")).message).toMatch(/basis: unknown basis "fifth"; use one of fourth, third-adopted/);
  });

  it("returns #NUM! for a negative measure and #DIV/0! for a measure that totals zero", () => {
    expect(excelErrorOf(() => thirdBasisShares([["county", "population"], ["A", -1], ["B", 1]], [["population", 1]])).code).toBe("#NUM!");
    expect(excelErrorOf(() => thirdBasisShares([["county", "population"], ["A", 0], ["B", 0]], [["population", 1]])).code).toBe("#DIV/0!");
  });
});

describe("THIRDBASIS.ALLOCATE", () => {
  it("spills whole shillings that add up to the total under the adopted rule", () => {
    const out = thirdBasisAllocate(370_000_000_000, data);
    expect(out).toHaveLength(47);
    expect(out.reduce((a, [x]) => a + x, 0)).toBe(370_000_000_000);
    expect(out.every(([x]) => Number.isInteger(x))).toBe(true);
    const at = data[0].indexOf("previous_allocation");
    const previous = data.slice(1).map((row) => row[at] as number);
    out.forEach(([x], i) => expect(x).toBeGreaterThanOrEqual(previous[i]));
  });

  it("matches the hand-worked blend", () => {
    expect(thirdBasisAllocate(150, small, half)).toEqual([[42], [42], [66]]);
  });

  it("rejects a fractional or text total", () => {
    expect(excelErrorOf(() => thirdBasisAllocate(100.5, small, half)).code).toBe("#NUM!");
    expect(excelErrorOf(() => thirdBasisAllocate("lots" as never, small, half)).message).toBe('total: the total is "lots", not a number');
  });

  it("names the missing previous allocation the adopted rule needs", () => {
    expect(excelErrorOf(() => thirdBasisAllocate(100, knbsGrid() as any[][], [["population", 1]])).message).toBe(
      "data: column previous_allocation is missing (needed by the third-adopted application rule)",
    );
    expect(thirdBasisAllocate(100, knbsGrid() as any[][], [["population", 1]], "second").reduce((a, [x]) => a + x, 0)).toBe(100);
  });
});

describe("THIRDBASIS.WEIGHTS", () => {
  it("spills a basis's weights, which can be passed back as weights", () => {
    const table = thirdBasisWeights("third-recommended");
    expect(table[0]).toEqual(["parameter", "weight"]);
    expect(table).toContainEqual(["fiscal_prudence", 0.02]);
    expect(table.slice(1).reduce((a, [, w]) => a + w, 0)).toBeCloseTo(1, 12);
    expect(thirdBasisShares(data, table, "third-recommended")).toEqual(thirdBasisShares(data, undefined, "third-recommended"));
    expect(thirdBasisWeights()).toContainEqual(["population_without_road_access", 0.08]);
  });
});

describe("THIRDBASIS.LANDSHARE / FISCALEFFORT / HEALTHGAP / CUSHION", () => {
  it("caps land shares and keeps the range's shape", () => {
    expect(thirdBasisLandShare([[60, 35, 5]], 0.4)).toEqual([[expect.closeTo(0.4, 12), expect.closeTo(0.4, 12), expect.closeTo(0.2, 12)]]);
    expect(thirdBasisLandShare([[1], [3]], 0.5)).toEqual([[0.5], [0.5]]);
    expect(excelErrorOf(() => thirdBasisLandShare([[1, 2], [3, 4]])).message).toMatch(/expects one column or one row/);
  });

  it("shares fiscal effort and rejects ranges of different lengths", () => {
    expect(thirdBasisFiscalEffort([[10], [20]], [[100], [400]])).toEqual([[expect.closeTo(2 / 3, 12)], [expect.closeTo(1 / 3, 12)]]);
    expect(excelErrorOf(() => thirdBasisFiscalEffort([[10], [20]], [[100]])).message).toBe("gcp: has 1 values but osr has 2; give one of each per county");
  });

  it("counts facility gaps per county, with a per-cell error for a bad row", () => {
    expect(thirdBasisHealthGap([[150_000]], [[10]], [[3]], [[0]])).toEqual([[9]]);
    expect(thirdBasisHealthGap([[150_000]], [[10]], [[3]], [[0]], undefined, [[10, 100, 1000]])).toEqual([[2250]]);
    const out = thirdBasisHealthGap([[150_000], ["n/a"]], [[10], [1]], [[3], [1]], [[0], [1]]);
    expect(out[0][0]).toBe(9);
    expect(out[1][0]).toEqual(expect.objectContaining({ code: "#VALUE!", message: 'population: value 2 is "n/a", not a number' }));
  });

  it("sizes the cushion", () => {
    expect(thirdBasisCushion([[400], [700], [1600], [1300]], [[1000], [1000], [1000], [1000]], 2000, 0.15, 250)).toEqual([[200], [100], [0], [0]]);
    expect(excelErrorOf(() => thirdBasisCushion([[1]], [[1]], 1, 0.15, 0, "fair")).message).toMatch(/unknown rule "fair"/);
  });
});

describe("THIRDBASIS.COMPARE and CHECK", () => {
  it("compares a scenario with the basis it replaced (third-recommended with second), naming it in the header", () => {
    const table = thirdBasisCompare(370_000_000_000, data, [["third-recommended"]]);
    expect(table[0]).toEqual(["county", "second", "scenario", "difference", "% change"]);
    expect(table).toHaveLength(48);
    expect(table.slice(1).reduce((a, r) => a + r[3], 0)).toBe(0);
  });

  it("explains in words what #NUM! and #DIV/0! cannot", () => {
    expect(thirdBasisCheck(data)).toBe("OK: 47 counties; every column third-adopted needs is present and valid");
    expect(thirdBasisCheck(data, [["population", 1]], "second")).toBe("OK: 47 counties; every column the weights need (with second's settings) is present and valid");
    expect(thirdBasisCheck([["county", "population"], ["A", -1], ["B", 1]], [["population", 1]])).toBe("#NUM! data: population for A (row 2) is negative (-1)");
    expect(thirdBasisCheck(small, half, undefined, 10)).toBe(
      "#NUM! total: 10 is below 100, the smallest total the third-adopted basis can share on this data (the FY2019/20 allocations' total 100: no county may get less than its FY2019/20 allocation)",
    );
    expect(thirdBasisCheck(small, half, undefined, 150)).toBe("OK: 3 counties; every column the weights need (with third-adopted's settings) is present and valid, and it can share 150");
  });
});

describe("THIRDBASIS.CHECK on a table that lacks counties", () => {
  it("keeps computing and names the missing counties", () => {
    const withoutNairobi = (data as any[][]).filter((row) => row[1] !== "Nairobi City");
    expect(thirdBasisCheck(withoutNairobi, undefined as any, "third-recommended")).toMatch(/Note: 1 of the 47 counties is not in the data \(Nairobi City\): the total would be shared among the other 46\./);
    expect(thirdBasisShares(withoutNairobi, undefined as any, "third-recommended")).toHaveLength(46);
  });
});
