import { ALLOCATION_FY2019_20, ALLOCATION_FY2019_20_SOURCE } from "../../src/core/allocation-fy2019-20";
import { BASELINE_FY2024_25 } from "../../src/core/baseline-fy2024-25";
import { FY2019_20_TOTAL } from "../../src/core/illustrative-data";
import { COUNTIES } from "../../src/core/knbs-counties";

const name = (code: number) => COUNTIES[code - 1].name;

describe("ALLOCATION_FY2019_20, the adopted third basis's base and floor", () => {
  it("has one row per county, in official code order", () => {
    expect(ALLOCATION_FY2019_20.map((r) => r[0])).toEqual(COUNTIES.map((c) => c.code));
  });

  it("adds up to exactly KES 316,500,000,000, the FY2019/20 Act's total, in whole shillings", () => {
    expect(ALLOCATION_FY2019_20.reduce((a, r) => a + r[1], 0)).toBe(316_500_000_000);
    expect(FY2019_20_TOTAL).toBe(316_500_000_000);
    for (const [, amount] of ALLOCATION_FY2019_20) expect(Number.isInteger(amount) && amount > 0).toBe(true);
  });

  it("is exact for the three counties the Controller of Budget published, and labelled derived for the other 44", () => {
    const exact = ALLOCATION_FY2019_20.filter((r) => r[2] === "exact (Controller of Budget)");
    expect(exact.map((r) => [name(r[0]), r[1]])).toEqual([
      ["Mombasa", 7_057_950_000],
      ["Makueni", 7_406_100_000],
      ["Nairobi City", 15_919_950_000],
    ]);
    const derived = ALLOCATION_FY2019_20.filter((r) => r[2] !== "exact (Controller of Budget)");
    expect(derived).toHaveLength(44);
    for (const r of derived) expect(r[2]).toBe("derived, within about KES 3 million");
  });

  it("is below every county's FY2024/25 allocation: the adopted basis's floor held every year", () => {
    ALLOCATION_FY2019_20.forEach(([code, amount], i) => {
      expect(BASELINE_FY2024_25[i][0]).toBe(code);
      expect(amount).toBeLessThan(BASELINE_FY2024_25[i][1]);
    });
  });

  it("says how the 44 were derived and that they must be labelled so", () => {
    expect(ALLOCATION_FY2019_20_SOURCE).toContain("Exact for Nairobi City, Mombasa and Makueni");
    expect(ALLOCATION_FY2019_20_SOURCE).toMatch(/Label it as derived wherever it is shown\.$/);
  });
});
