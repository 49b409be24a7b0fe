import { AGAINST_COLUMNS, compareScenarios, isAgainstColumn } from "../../src/core/compare";
import { readCountyTable } from "../../src/core/county-table";
import { officialGrid } from "../../src/core/official-data";

describe("compareScenarios", () => {
  const t = readCountyTable([
    ["county", "population", "poor_people"],
    ["A", 10, 1],
    ["B", 30, 3],
    ["C", 60, 16],
  ]);
  it("gives each county's gain or loss between two weight sets", () => {
    const r = compareScenarios(t, 1000, { basis: "second", weights: { poor_people: 1 } }, { basis: "second", weights: { population: 1 } }, "third-adopted");
    expect(r.counties.map((c) => [c.baselineAllocation, c.scenarioAllocation, c.difference])).toEqual([
      [100, 50, -50],
      [300, 150, -150],
      [600, 800, 200],
    ]);
    expect(r.counties[0].percentChange).toBeCloseTo(-0.5, 12);
  });
  it("sizes the cushion for the losers", () => {
    const r = compareScenarios(t, 1000, { basis: "second", weights: { poor_people: 1 } }, { basis: "second", weights: { population: 1 } }, "third-adopted", { increment: 400, threshold: 40 });
    expect(r.cushion).toEqual({ pool: 60, unused: 0, eligibleCounties: 2 });
    expect(r.counties.map((c) => c.cushion)).toEqual([15, 45, 0]);
  });

  it("takes the scenario first and the one compared with second, and says which was which", () => {
    const r = compareScenarios(t, 1000, { basis: "second", weights: { poor_people: 1 } }, { basis: "first", weights: { population: 1 } }, "third-adopted");
    expect([r.scenario.basis.id, r.baseline?.basis.id, r.againstLabel]).toEqual(["second", "first", "first"]);
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

  it("takes the caller's named default for either side that names no basis", () => {
    const r = compareScenarios(t, 1000, { weights: { poor_people: 1 } }, { weights: { population: 1 } }, "second");
    expect([r.scenario.basis.id, r.baseline?.basis.id]).toEqual(["second", "second"]);
    expect(r.counties.map((c) => c.difference)).toEqual([-50, -150, 200]);
  });

  it("has no cushion without an increment", () => {
    const r = compareScenarios(t, 1000, { basis: "second", weights: { poor_people: 1 } }, { basis: "second", weights: { population: 1 } }, "third-adopted");
    expect(r.cushion).toBeUndefined();
    expect(r.counties.map((c) => c.cushion)).toEqual([0, 0, 0]);
  });

  it("gives no percentage change for a county with nothing in the baseline", () => {
    const none = readCountyTable([["county", "population", "poor_people"], ["A", 10, 0], ["B", 30, 5]]);
    const r = compareScenarios(none, 100, { basis: "second", weights: { population: 1 } }, { basis: "second", weights: { poor_people: 1 } }, "third-adopted");
    expect(r.counties.map((c) => [c.baselineAllocation, c.scenarioAllocation, c.percentChange])).toEqual([
      [0, 25, null],
      [100, 75, -0.25],
    ]);
  });

  it("passes errors from either scenario through", () => {
    expect(() => compareScenarios(t, 1000, { basis: "second", weights: { land_area_km2: 1 } }, { basis: "second", weights: { population: 1 } }, "third-adopted")).toThrow(
      "data: column land_area_km2 is missing (needed by the land_area_km2 weight)",
    );
    expect(() => compareScenarios(t, 1000, { basis: "second", weights: { population: 1 } }, { basis: "fifth" }, "third-adopted")).toThrow(/^basis: unknown basis "fifth"/);
  });
});

describe("compareScenarios against an allocation the data holds", () => {
  const t = readCountyTable([
    ["county", "population", "baseline_allocation", "previous_allocation", "affirmative"],
    ["A", 10, 200, 100, "yes"],
    ["B", 30, 300, 250, "no"],
    ["C", 60, 500, 250, "no"],
  ]);
  const fourth = { basis: "fourth", weights: { population: 1 }, affirmativeAmount: 0, affirmativeLowerAmount: 0 };

  it("sets the scenario against the baseline column: the FY2024/25 allocations, as they are", () => {
    // pool = 1200 − 1000 = 200 by population: 20, 60, 120 on top of each baseline.
    const r = compareScenarios(t, 1200, fourth, "baseline", "fourth");
    expect(r.baseline).toBeUndefined();
    expect(r.againstLabel).toBe("baseline (baseline_allocation)");
    expect(r.counties.map((c) => [c.baselineAllocation, c.scenarioAllocation, c.difference])).toEqual([
      [200, 220, 20],
      [300, 360, 60],
      [500, 620, 120],
    ]);
    // The column's shares are of its own total, not of the total shared.
    expect(r.counties.map((c) => c.baselineShare)).toEqual([0.2, 0.3, 0.5]);
    expect(r.counties[0].percentChange).toBeCloseTo(0.1, 12);
  });

  it("sets it against the previous column: the FY2019/20 allocations", () => {
    const r = compareScenarios(t, 1000, { basis: "second", weights: { population: 1 } }, "previous", "fourth");
    expect(r.againstLabel).toBe("previous (previous_allocation)");
    expect(r.counties.map((c) => [c.baselineAllocation, c.scenarioAllocation])).toEqual([
      [100, 100],
      [250, 300],
      [250, 600],
    ]);
    expect(r.counties.map((c) => c.baselineShare)).toEqual([100 / 600, 250 / 600, 250 / 600]);
  });

  it("sizes the cushion against the column's amounts", () => {
    const r = compareScenarios(t, 1000, { basis: "second", weights: { population: 1 } }, "baseline", "fourth", { increment: 100, threshold: 0 });
    // A falls from 200 to 100, B stays at 300: only A loses, and takes the whole pool, 15% of 100.
    expect(r.counties.map((c) => c.difference)).toEqual([-100, 0, 100]);
    expect(r.cushion).toEqual({ pool: 15, unused: 0, eligibleCounties: 1 });
    expect(r.counties.map((c) => c.cushion)).toEqual([15, 0, 0]);
  });

  it("names the column it needs and whether each cell is a whole number of shillings", () => {
    const bare = readCountyTable([["county", "population"], ["A", 1], ["B", 2]]);
    expect(() => compareScenarios(bare, 30, { basis: "second", weights: { population: 1 } }, "baseline", "fourth")).toThrow(
      "data: column baseline_allocation is missing (needed by comparing with baseline)",
    );
    const half = readCountyTable([["county", "population", "previous_allocation"], ["A", 1, 1.5], ["B", 2, 2]]);
    expect(() => compareScenarios(half, 30, { basis: "second", weights: { population: 1 } }, "previous", "fourth")).toThrow(/previous_allocation for A \(row 2\) must be a whole number/);
  });
});

describe("compareScenarios on the built-in data", () => {
  const both = readCountyTable(officialGrid(["fourth", "third-adopted"]), "official");

  it("sets the fourth basis against the adopted third at KES 415 bn: who gains from the new basis", () => {
    const r = compareScenarios(both, 415_000_000_000, { basis: "fourth" }, { basis: "third-adopted" }, "fourth");
    expect([r.scenario.basis.id, r.againstLabel]).toEqual(["fourth", "third-adopted"]);
    // The same total on both sides: gains and losses cancel to the shilling, and both sides have some.
    expect(r.counties.reduce((a, c) => a + c.difference, 0)).toBe(0);
    expect(r.counties.reduce((a, c) => a + c.baselineAllocation, 0)).toBe(415_000_000_000);
    expect(r.counties.some((c) => c.difference > 0) && r.counties.some((c) => c.difference < 0)).toBe(true);
  });

  it("against the baseline, every county gains and the gains add up to the total less the baselines", () => {
    const r = compareScenarios(both, 415_000_000_000, { basis: "fourth" }, "baseline", "fourth");
    expect(r.counties.every((c) => c.difference >= 0)).toBe(true);
    expect(r.counties.reduce((a, c) => a + c.difference, 0)).toBe(415_000_000_000 - 387_424_707_299);
  });
});

describe("AGAINST_COLUMNS and isAgainstColumn", () => {
  it("map the data columns a scenario may be set against, and nothing else", () => {
    expect(AGAINST_COLUMNS).toEqual({ baseline: "baseline_allocation", previous: "previous_allocation" });
    expect(["baseline", "previous", "fourth", "third-adopted", "Baseline", undefined].map(isAgainstColumn)).toEqual([true, true, false, false, false, false]);
  });
});
