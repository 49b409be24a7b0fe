import { allocate, readCountyTable } from "../../src/core";

const small = readCountyTable([
  ["county", "population", "previous_allocation"],
  ["A", 1, 40],
  ["B", 2, 30],
  ["C", 7, 30],
]);
const half = { basic_share: 0.5, population: 0.5 };

describe("allocate with the formula rule", () => {
  it("shares a total by weights, to the shilling (worked by hand)", () => {
    // formula = 0.5 × 1/3 + 0.5 × population share (0.1, 0.2, 0.7)
    const r = allocate(small, 100, { basis: "third-recommended", weights: half });
    expect(r.counties.map((c) => c.formulaShare)).toEqual([expect.closeTo(0.21667, 5), expect.closeTo(0.26667, 5), expect.closeTo(0.51667, 5)]);
    expect(r.counties.map((c) => c.allocation)).toEqual([22, 27, 51]);
    expect(r.counties.map((c) => c.share)).toEqual([0.22, 0.27, 0.51]);
  });

  it("names the column a basis needs and the table lacks", () => {
    expect(() => allocate(small, 100, { basis: "third-recommended" })).toThrow("data: column health_facility_gap is missing (needed by the health_facility_gap weight)");
  });
});

describe("the adopted basis's application rule", () => {
  it("is the default basis and keeps its rule when weights are replaced", () => {
    const r = allocate(small, 150, { weights: half });
    expect(r.scenario.basis.id).toBe("third-adopted");
    // F = 0.21667, 0.26667, 0.51667; raw = 20 + 21.667, 15 + 26.667, 15 + 51.667
    expect(r.counties.map((c) => c.allocation)).toEqual([42, 42, 66]);
    expect(r.counties.reduce((a, c) => a + c.allocation, 0)).toBe(150);
  });

  it("needs whole-shilling previous allocations", () => {
    const t = readCountyTable([["county", "population", "previous_allocation"], ["A", 1, 10.5], ["B", 1, 10]]);
    expect(() => allocate(t, 100, { weights: { population: 1 } })).toThrow(/previous_allocation for A \(row 2\) must be a whole number/);
  });
});
