import { COLUMNS } from "../../src/core/columns";
import { readCountyTable } from "../../src/core/county-table";
import { FY2019_20_TOTAL, ILLUSTRATIVE_NOTE, illustrativeGrid } from "../../src/core/illustrative-data";
import { COUNTIES } from "../../src/core/knbs-counties";

const grid = illustrativeGrid();
const [header, ...rows] = grid;
const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);

describe("illustrativeGrid", () => {
  it("is a full data-contract table: every column, one row per county in code order", () => {
    expect([...header].sort()).toEqual(["county_code", ...COLUMNS].sort());
    expect(rows).toHaveLength(47);
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(column("county_code")).toEqual(COUNTIES.map((c) => c.code));
    expect(column("county")).toEqual(COUNTIES.map((c) => c.name));
  });

  it("reads as a county table", () => {
    expect(readCountyTable(grid).counties).toHaveLength(47);
  });

  it("holds the KNBS figures the note says are real", () => {
    expect(column("population")).toEqual(COUNTIES.map((c) => c.population2019));
    expect(column("rural_households")).toEqual(COUNTIES.map((c) => c.ruralHouseholds2019));
    expect(column("urban_households")).toEqual(COUNTIES.map((c) => c.urbanHouseholds2019));
    expect(column("poor_people")).toEqual(COUNTIES.map((c) => c.poorPeople2015));
    expect(column("land_area_km2")).toEqual(COUNTIES.map((c) => c.landAreaKm2));
  });

  it("has a made-up FY2019/20 allocation in whole shillings that adds up to that year's KES 316.5 billion", () => {
    expect(FY2019_20_TOTAL).toBe(316_500_000_000);
    const previous = column("previous_allocation") as number[];
    for (const amount of previous) expect(Number.isInteger(amount) && amount > 0).toBe(true);
    expect(previous.reduce((a, b) => a + b, 0)).toBe(FY2019_20_TOTAL);
  });

  it("gives the same table every time, so examples and tests can rely on it", () => {
    expect(illustrativeGrid()).toEqual(grid);
  });
});

describe("ILLUSTRATIVE_NOTE", () => {
  it("says plainly which columns are made up", () => {
    expect(ILLUSTRATIVE_NOTE).toMatch(/^ILLUSTRATIVE DATA: /);
    expect(ILLUSTRATIVE_NOTE).toMatch(/every other column is made up for demonstration and must be replaced with official figures\.$/);
  });

  it("names as KNBS figures exactly the columns taken from KNBS", () => {
    const named = ILLUSTRATIVE_NOTE.match(/^ILLUSTRATIVE DATA: (.*) are KNBS figures/)![1].split(/, | and /);
    expect(named.sort()).toEqual(["land_area_km2", "poor_people", "population", "rural_households", "urban_households"]);
  });
});
