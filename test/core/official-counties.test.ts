import { COUNTIES, checkCountyList, findOfficialCounty, knbsGrid } from "../../src/core";

describe("official counties and KNBS figures", () => {
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
