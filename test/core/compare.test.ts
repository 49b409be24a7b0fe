import { compareScenarios } from "../../src/core/compare";
import { readCountyTable } from "../../src/core/county-table";

describe("compareScenarios", () => {
  const t = readCountyTable([
    ["county", "population", "poor_people"],
    ["A", 10, 1],
    ["B", 30, 3],
    ["C", 60, 16],
  ]);
  it("gives each county's gain or loss between two weight sets", () => {
    const r = compareScenarios(t, 1000, { basis: "second", weights: { poor_people: 1 } }, { basis: "second", weights: { population: 1 } });
    expect(r.counties.map((c) => [c.baselineAllocation, c.scenarioAllocation, c.difference])).toEqual([
      [100, 50, -50],
      [300, 150, -150],
      [600, 800, 200],
    ]);
    expect(r.counties[0].percentChange).toBeCloseTo(-0.5, 12);
  });
  it("sizes the cushion for the losers", () => {
    const r = compareScenarios(t, 1000, { basis: "second", weights: { poor_people: 1 } }, { basis: "second", weights: { population: 1 } }, { increment: 400, threshold: 40 });
    expect(r.cushion).toEqual({ pool: 60, unused: 0, eligibleCounties: 2 });
    expect(r.counties.map((c) => c.cushion)).toEqual([15, 45, 0]);
  });

  it("takes the scenario first and the baseline second, and says which was which", () => {
    const r = compareScenarios(t, 1000, { basis: "second", weights: { poor_people: 1 } }, { basis: "first", weights: { population: 1 } });
    expect([r.scenario.basis.id, r.baseline.basis.id]).toEqual(["second", "first"]);
    expect(r.scenario.weights).toEqual({ poor_people: 1 });
    expect(r.total).toBe(1000);
    expect(r.counties.map((c) => c.county)).toEqual(["A", "B", "C"]);
    expect(r.counties.map((c) => [c.baselineShare, c.scenarioShare])).toEqual([
      [0.1, 0.05],
      [0.3, 0.15],
      [0.6, 0.8],
    ]);
    expect(r.counties[2].percentChange).toBeCloseTo(1 / 3, 12);
  });

  it("has no cushion without an increment", () => {
    const r = compareScenarios(t, 1000, { basis: "second", weights: { poor_people: 1 } }, { basis: "second", weights: { population: 1 } });
    expect(r.cushion).toBeUndefined();
    expect(r.counties.map((c) => c.cushion)).toEqual([0, 0, 0]);
  });

  it("gives no percentage change for a county with nothing in the baseline", () => {
    const none = readCountyTable([["county", "population", "poor_people"], ["A", 10, 0], ["B", 30, 5]]);
    const r = compareScenarios(none, 100, { basis: "second", weights: { population: 1 } }, { basis: "second", weights: { poor_people: 1 } });
    expect(r.counties.map((c) => [c.baselineAllocation, c.scenarioAllocation, c.percentChange])).toEqual([
      [0, 25, null],
      [100, 75, -0.25],
    ]);
  });

  it("passes errors from either scenario through", () => {
    expect(() => compareScenarios(t, 1000, { basis: "second", weights: { land_area_km2: 1 } }, { basis: "second", weights: { population: 1 } })).toThrow(
      "data: column land_area_km2 is missing (needed by the land_area_km2 weight)",
    );
    expect(() => compareScenarios(t, 1000, { basis: "second", weights: { population: 1 } }, { basis: "fourth" })).toThrow(/^basis: unknown basis "fourth"/);
  });
});
