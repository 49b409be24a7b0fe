import { COUNTIES } from "../../src/core/knbs-counties";
import { KPR_2022, KPR_2022_SOURCE } from "../../src/core/kpr-2022";

describe("KPR_2022, the fourth basis's number of poor people", () => {
  it("has one row per county, in official code order", () => {
    expect(KPR_2022.map((r) => r[0])).toEqual(COUNTIES.map((c) => c.code));
  });

  it("adds up to the national 20,156 thousand, each county in whole thousands as published", () => {
    expect(KPR_2022.reduce((a, r) => a + r[1], 0)).toBe(20_156_000);
    for (const [, poor] of KPR_2022) {
      expect(poor % 1000).toBe(0);
      expect(poor).toBeGreaterThan(0);
    }
  });

  it("is a number of people, not a rate: each agrees with its headcount rate and the county's census population", () => {
    for (const [code, poor, rate] of KPR_2022) {
      expect(rate).toBeGreaterThan(0);
      expect(rate).toBeLessThan(100);
      // 2022 poverty over the 2019 population: within 10% of the published rate (the population grew since).
      expect(Math.abs((poor / COUNTIES[code - 1].population2019) * 100 / rate - 1)).toBeLessThan(0.1);
    }
  });

  it("holds Mandera's published 674 thousand, the open question, as published", () => {
    expect(KPR_2022[8]).toEqual([9, 674_000, 72.9]);
    expect(COUNTIES[8].name).toBe("Mandera");
    expect(KPR_2022_SOURCE).toContain("Open question: Mandera's published FY2025/26 allocation implies a larger poverty input than the 674 thousand listed here.");
  });

  it("names the Kenya Poverty Report 2022 first, then the public compilation", () => {
    expect(KPR_2022_SOURCE).toMatch(/^Kenya National Bureau of Statistics, Kenya Poverty Report 2022/);
    expect(KPR_2022_SOURCE.indexOf("Kenya Poverty Report 2022")).toBeLessThan(KPR_2022_SOURCE.indexOf("public compilation"));
    expect(KPR_2022_SOURCE).toContain("National total 20,156 thousand");
  });
});
