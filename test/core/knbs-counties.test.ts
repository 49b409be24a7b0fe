import { COUNTIES, KNBS_SOURCE } from "../../src/core/knbs-counties";

const total = (pick: (c: (typeof COUNTIES)[number]) => number) => COUNTIES.reduce((a, c) => a + pick(c), 0);

describe("COUNTIES, the 47 counties with KNBS figures", () => {
  it("has the 47 counties with codes 1-47 in order", () => {
    expect(COUNTIES.map((c) => c.code)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(KNBS_SOURCE).toMatch(/Kenya National Bureau of Statistics/);
  });

  it("adds up to the published national totals", () => {
    expect(total((c) => c.population2019)).toBe(47_564_296);
    expect(total((c) => c.households2019)).toBe(12_143_913);
    expect(total((c) => c.ruralHouseholds2019)).toBe(7_432_249);
    expect(total((c) => c.urbanHouseholds2019)).toBe(4_711_664);
    expect(total((c) => c.population2009)).toBe(38_610_097);
    expect(total((c) => c.poorPeople2015)).toBe(16_405_000);
    expect(total((c) => c.landAreaKm2)).toBeCloseTo(580_876.5, 6);
    for (const c of COUNTIES) expect(c.ruralHouseholds2019 + c.urbanHouseholds2019).toBe(c.households2019);
  });

  it("names each county once, by its official name", () => {
    expect(new Set(COUNTIES.map((c) => c.name)).size).toBe(47);
    expect([COUNTIES[0].name, COUNTIES[27].name, COUNTIES[46].name]).toEqual(["Mombasa", "Elgeyo Marakwet", "Nairobi City"]);
  });

  it("has Mombasa and Nairobi wholly urban, as the source says", () => {
    expect(COUNTIES.filter((c) => c.ruralHouseholds2019 === 0).map((c) => c.name)).toEqual(["Mombasa", "Nairobi City"]);
  });

  it("has poor people in whole thousands, as KIHBS publishes them, and rates as percentages", () => {
    for (const c of COUNTIES) {
      expect(c.poorPeople2015 % 1000).toBe(0);
      expect(c.povertyRate2015Pct).toBeGreaterThan(0);
      expect(c.povertyRate2015Pct).toBeLessThan(100);
    }
  });

  it("has only positive, finite figures apart from rural households", () => {
    for (const c of COUNTIES) {
      for (const v of [c.population2019, c.households2019, c.urbanHouseholds2019, c.landAreaKm2, c.population2009, c.poorPeople2015]) {
        expect(Number.isFinite(v) && v > 0).toBe(true);
      }
      expect(Number.isInteger(c.population2019) && Number.isInteger(c.households2019)).toBe(true);
    }
  });

  it("names its years and sources", () => {
    expect(KNBS_SOURCE).toMatch(/2019 Kenya Population and Housing Census/);
    expect(KNBS_SOURCE).toMatch(/KIHBS 2015\/16/);
    expect(KNBS_SOURCE).toMatch(/Official county codes 1-47\.$/);
  });
});
