import { COUNTIES, KNBS_SOURCE, checkCountyList, findOfficialCounty, knbsGrid } from "../../src/core";

const total = (pick: (c: (typeof COUNTIES)[number]) => number) => COUNTIES.reduce((a, c) => a + pick(c), 0);

describe("official counties and KNBS figures", () => {
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

  it("recognises spelling variants and lists what is missing", () => {
    expect(findOfficialCounty("Nairobi")?.code).toBe(47);
    expect(findOfficialCounty("Elgeyo/Marakwet")?.code).toBe(28);
    expect(findOfficialCounty("Tharaka-Nithi")?.code).toBe(13);
    expect(findOfficialCounty("Muranga")?.code).toBe(21);
    expect(checkCountyList(["Mombasa", "Atlantis"])).toEqual({ unknown: ["Atlantis"], missing: COUNTIES.slice(1).map((c) => c.name) });
  });

  it("offers the figures as a data-contract table", () => {
    const grid = knbsGrid();
    expect(grid).toHaveLength(48);
    expect(grid[1]).toEqual([1, "Mombasa", 1208333, 0, 378422, 321000, 219.9]);
  });
});
