import { allocate } from "../../src/core/allocate";
import { readCountyGrid } from "../../src/core/county-file";
import { linearAllocations, linearAmounts } from "../../src/core/linear-allocations";
import { officialGrid } from "../../src/core/official-data";

describe("a basis written as allocations linear in the weights", () => {
  const { table } = readCountyGrid(officialGrid(["fourth", "third-recommended", "third-adopted"]), "data");

  it.each([
    ["fourth", 415_000_000_000, {}],
    ["fourth", 400_000_000_000, {}], // below the affirmative threshold: the lower amount
    ["third-recommended", 316_500_000_000, {}],
    ["third-adopted", 370_000_000_000, { rule: { kind: "blend", retained: 0.5, floorAtPrevious: false } as const }],
  ] as const)("%s at %d: at the basis's weights, every county within a shilling of allocate()", (basis, total, more) => {
    const model = linearAllocations(table, total, { basis, ...more }, "fourth");
    const exact = linearAmounts(model, model.start);
    const rounded = allocate(table, total, { basis, ...more }, "fourth").counties.map((c) => c.allocation);
    exact.forEach((e, i) => expect(Math.abs(e - rounded[i])).toBeLessThan(1));
    expect(exact.reduce((t, e) => t + e, 0)).toBeCloseTo(total, 0);
  });

  it("reads health as one parameter where the CRA's index is read, with the three weights added", () => {
    const model = linearAllocations(table, 316_500_000_000, { basis: "third-recommended" }, "fourth");
    expect(model.parameters).toContain("health");
    expect(model.parameters).not.toContain("inpatient_days");
    expect(model.start[model.parameters.indexOf("health")]).toBeCloseTo(0.17, 12);
  });

  it("says what it leaves to be applied afterwards: the adopted basis's floor", () => {
    expect(linearAllocations(table, 370_000_000_000, { basis: "third-adopted" }, "fourth").appliedAfterwards).toMatch(/floor at the previous allocation is not linear/);
    expect(linearAllocations(table, 415_000_000_000, { basis: "fourth" }, "fourth").appliedAfterwards).toBeUndefined();
  });

  it("refuses a total the rule cannot share, in the core's words", () => {
    expect(() => linearAllocations(table, 1_000, { basis: "fourth" }, "fourth")).toThrow(/smallest total the fourth basis can share/);
  });
});
