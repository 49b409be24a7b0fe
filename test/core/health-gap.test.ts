import { FACILITY_NORMS, facilityGap } from "../../src/core";

describe("facilityGap (Ministry of Health norms)", () => {
  it("uses one facility per 10,000 / 30,000 / 100,000 / 1,000,000 people", () => {
    expect(FACILITY_NORMS).toMatchObject({ level2: 10_000, level3: 30_000, level4: 100_000, level5: 1_000_000 });
  });

  it("counts required minus existing per level, rounding requirements up", () => {
    // 150,000 people need 15 level II, 5 level III and 2 level IV (1.5 rounded up)
    const gap = facilityGap(150_000, { level2: 10, level3: 3, level4: 0 });
    expect(gap.byLevel).toEqual({ level2: 5, level3: 2, level4: 2 });
    expect(gap.total).toBe(9);
  });

  it("never goes below zero at any level", () => {
    expect(facilityGap(150_000, { level2: 40, level3: 3, level4: 0 }).total).toBe(4);
  });

  it("can keep fractions and monetise the gap", () => {
    expect(facilityGap(150_000, { level2: 10, level3: 3, level4: 0 }, { rounding: "exact" }).total).toBeCloseTo(8.5, 12);
    const costed = facilityGap(150_000, { level2: 10, level3: 3, level4: 0 }, { unitCosts: { level2: 10, level3: 100, level4: 1000 } });
    expect(costed.cost).toBe(5 * 10 + 2 * 100 + 2 * 1000);
  });

  it("counts level V only when given", () => {
    expect(facilityGap(2_500_000, { level2: 250, level3: 84, level4: 25, level5: 1 }).byLevel.level5).toBe(2);
  });

  it("rejects negative inputs", () => {
    expect(() => facilityGap(-1, { level2: 0 })).toThrow(expect.objectContaining({ kind: "#NUM!", argument: "population" }));
    expect(() => facilityGap(10, { level3: -2 })).toThrow(/level3/);
  });
});
