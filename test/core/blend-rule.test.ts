import { blendAllocations } from "../../src/core/blend-rule";

const adopted = { retained: 0.5, floorAtPrevious: true };

describe("blendAllocations", () => {
  it("blends half the previous allocation with the formula (worked by hand)", () => {
    // pool = 150 − 0.5 × 100 = 100; county = 0.5 × previous + 100 × F
    expect(Array.from(blendAllocations(150, [0.2, 0.3, 0.5], [40, 30, 30], { retained: 0.5, floorAtPrevious: true }))).toEqual([40, 45, 65]);
  });

  it("lifts counties to their previous allocation, funded in proportion to surplus", () => {
    // raw = 30, 45, 75; A is 10 short; B and C are 15 and 45 above: they give 2.5 and 7.5.
    const out = blendAllocations(150, [0.1, 0.3, 0.6], [40, 30, 30], { retained: 0.5, floorAtPrevious: true });
    expect(Array.from(out)).toEqual([40, expect.closeTo(42.5, 12), expect.closeTo(67.5, 12)]);
  });

  it("refuses totals that cannot keep the floor, or that leave the formula less than nothing", () => {
    expect(() => blendAllocations(90, [0.5, 0.5], [50, 50], { retained: 0.5, floorAtPrevious: true })).toThrow(/^total: 90 is below 100, .*no county may get less than its FY2019\/20 allocation\)$/);
    expect(() => blendAllocations(40, [0.5, 0.5], [50, 50], { retained: 0.5, floorAtPrevious: false })).toThrow(/^total: 40 is below 50, .*is kept before the formula\)$/);
    // Exactly the smallest total is shared: the floor, or nothing left for the formula.
    expect(Array.from(blendAllocations(100, [0.9, 0.1], [50, 50], adopted))).toEqual([50, 50]);
    expect(Array.from(blendAllocations(50, [0.9, 0.1], [50, 50], { retained: 0.5, floorAtPrevious: false }))).toEqual([25, 25]);
  });

  it("without the floor, lets a county fall below its previous allocation", () => {
    // The same counties as above: A keeps 30 of its 40.
    expect(Array.from(blendAllocations(150, [0.1, 0.3, 0.6], [40, 30, 30], { retained: 0.5, floorAtPrevious: false }))).toEqual([30, 45, 75]);
  });

  it("takes the shortfall of several counties from those above in proportion to how far each is above", () => {
    // pool = 180 − 80 = 100; raw = 30, 30, 50, 70; 20 short in all; C is 10 above, D 30: they give 5 and 15.
    const out = Array.from(blendAllocations(180, [0.1, 0.1, 0.3, 0.5], [40, 40, 40, 40], adopted));
    expect(out).toEqual([40, 40, expect.closeTo(45, 12), expect.closeTo(55, 12)]);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(180, 12);
  });

  it("keeps every county at its previous allocation when the total is just their sum", () => {
    // pool 50; raw 70 and 30; A gives up all 20 of its surplus.
    expect(Array.from(blendAllocations(100, [0.9, 0.1], [50, 50], adopted))).toEqual([50, 50]);
  });

  it("is the plain formula with nothing retained, and previous plus a formula share of the growth with all retained", () => {
    expect(Array.from(blendAllocations(100, [0.25, 0.75], [10, 10], { retained: 0, floorAtPrevious: false }))).toEqual([25, 75]);
    expect(Array.from(blendAllocations(120, [0.5, 0.5], [50, 50], { retained: 1, floorAtPrevious: false }))).toEqual([60, 60]);
  });

  it("returns exact amounts; rounding to shillings is left to the caller", () => {
    const out = blendAllocations(100, [1 / 3, 1 / 3, 1 / 3], [0, 0, 0], adopted);
    expect(out).toBeInstanceOf(Float64Array);
    expect(out[0]).toBeCloseTo(100 / 3, 12);
  });

  it("says which total failed and the smallest it can share, in the words every adapter uses, as #NUM!", () => {
    expect(() => blendAllocations(90, [0.5, 0.5], [50, 50], adopted)).toThrow(
      expect.objectContaining({
        kind: "#NUM!",
        argument: "total",
        problem: "90 is below 100, the smallest total the third-adopted basis can share on this data (the FY2019/20 allocations' total 100: no county may get less than its FY2019/20 allocation)",
      }),
    );
    // With the floor, the floor decides, however little is retained.
    expect(() => blendAllocations(40, [0.5, 0.5], [50, 50], adopted)).toThrow("total: 40 is below 100, the smallest total the third-adopted basis can share on this data");
    expect(() => blendAllocations(40, [0.5, 0.5], [50, 50], { retained: 0.5, floorAtPrevious: false })).toThrow(
      "total: 40 is below 50, the smallest total the third-adopted basis can share on this data (50% of the FY2019/20 allocations' total 100 is kept before the formula)",
    );
    // The share is written as a person would (7%), not as double precision has it (7.000000000000001%).
    expect(() => blendAllocations(1, [0.5, 0.5], [50, 50], { retained: 0.07, floorAtPrevious: false })).toThrow(
      "total: 1 is below 7, the smallest total the third-adopted basis can share on this data (7% of the FY2019/20 allocations' total 100 is kept before the formula)",
    );
    // Thousands are grouped as sheets write them, and the basis is the one named.
    expect(() => blendAllocations(1_000_000, [0.5, 0.5], [5_000_000, 5_000_000], adopted, "first")).toThrow(
      "total: 1,000,000 is below 10,000,000, the smallest total the first basis can share on this data",
    );
  });
});
