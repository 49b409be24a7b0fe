import { AFFIRMATIVE_COUNTIES } from "../../src/core/bases";
import { BASELINE_FY2024_25, BASELINE_FY2024_25_SOURCE } from "../../src/core/baseline-fy2024-25";
import { COUNTIES } from "../../src/core/knbs-counties";

const name = (code: number) => COUNTIES[code - 1].name;

describe("BASELINE_FY2024_25, the fourth basis's baseline", () => {
  it("has one row per county, in official code order", () => {
    expect(BASELINE_FY2024_25.map((r) => r[0])).toEqual(COUNTIES.map((c) => c.code));
  });

  it("adds up to KES 387,424,707,299: the Act's 387.425 bn as the CRA's million-rounded column gives it", () => {
    expect(BASELINE_FY2024_25.reduce((a, r) => a + r[1], 0)).toBe(387_424_707_299);
    for (const [, amount] of BASELINE_FY2024_25) expect(Number.isInteger(amount) && amount > 0).toBe(true);
  });

  it("is exact for the nine counties the 2025 Budget Policy Statement prints, and to the KES million elsewhere", () => {
    const exact = BASELINE_FY2024_25.filter((r) => r[2] === "exact");
    expect(exact.map((r) => name(r[0]))).toEqual(["Kwale", "Kilifi", "Mandera", "Kitui", "Turkana", "Nakuru", "Kakamega", "Bungoma", "Nairobi City"]);
    expect(exact.find((r) => name(r[0]) === "Nairobi City")![1]).toBe(20_178_712_721);
    for (const [, amount, precision] of BASELINE_FY2024_25.filter((r) => r[2] !== "exact")) {
      expect(precision).toBe("nearest KES 1 million");
      expect(amount % 1_000_000).toBe(0);
    }
  });

  it("puts exactly the 12 affirmative counties below KES 6 bn, as the Senate chose them", () => {
    const below = BASELINE_FY2024_25.filter((r) => r[1] < 6_000_000_000).map((r) => name(r[0]));
    expect(below.sort()).toEqual([...AFFIRMATIVE_COUNTIES].sort());
  });

  it("names its sources and why the total is not a round 387,425 million", () => {
    expect(BASELINE_FY2024_25_SOURCE).toMatch(/^County equitable share FY2024\/25 \(County Allocation of Revenue Act 2024/);
    expect(BASELINE_FY2024_25_SOURCE).toContain("2025 Budget Policy Statement");
    expect(BASELINE_FY2024_25_SOURCE).toContain("387,424.7 million");
  });
});
