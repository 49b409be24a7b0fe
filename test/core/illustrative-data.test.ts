import { COLUMNS, COUNTY_TABLE_COLUMNS, INDEX_COLUMNS } from "../../src/core/columns";
import { readCountyTable } from "../../src/core/county-table";
import { FY2019_20_TOTAL, ILLUSTRATIVE_NOTE, MADE_UP_COLUMNS, illustrativeGrid } from "../../src/core/illustrative-data";
import { COUNTIES } from "../../src/core/knbs-counties";
import { officialGrid } from "../../src/core/official-data";

const grid = illustrativeGrid();
const [header, ...rows] = grid;
const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);

describe("illustrativeGrid", () => {
  it("is a full table of measures: every data-contract column but the CRA indices, one row per county in code order", () => {
    expect(header).toEqual([...COUNTY_TABLE_COLUMNS]);
    const indices: readonly string[] = INDEX_COLUMNS;
    expect([...header].sort()).toEqual(["county_code", ...COLUMNS.filter((c) => !indices.includes(c))].sort());
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

  it("carries the official FY2019/20 and FY2024/25 allocations, KPR 2022 poverty and affirmative flags of the built-in data", () => {
    const official = officialGrid(["fourth", "third-adopted"]);
    const officialColumn = (name: string) => official.slice(1).map((row) => row[official[0].indexOf(name)]);
    for (const name of ["previous_allocation", "poor_people_2022", "baseline_allocation", "affirmative"]) expect(column(name)).toEqual(officialColumn(name));
  });

  it("has an FY2019/20 allocation in whole shillings that adds up to that year's KES 316.5 billion", () => {
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
  it("says plainly which columns are made up, naming each", () => {
    expect(ILLUSTRATIVE_NOTE).toMatch(/^ILLUSTRATIVE DATA: /);
    expect(ILLUSTRATIVE_NOTE).toMatch(/ are MADE UP for demonstration and must be replaced with official figures\.$/);
    const named = ILLUSTRATIVE_NOTE.match(/; ([a-z0-9_, ]*) are MADE UP/)![1].split(", ");
    expect(named).toEqual([...MADE_UP_COLUMNS]);
  });

  it("accounts for every column: KNBS, official, or made up", () => {
    const official = ["poor_people_2022", "baseline_allocation", "affirmative", "previous_allocation"];
    for (const name of official) expect(ILLUSTRATIVE_NOTE).toContain(name);
    const knbs = ["population", "rural_households", "urban_households", "poor_people", "land_area_km2"];
    expect([...knbs, ...official, ...MADE_UP_COLUMNS, "county_code", "county"].sort()).toEqual([...header].sort());
  });

  it("names as KNBS figures exactly the columns taken from KNBS", () => {
    const named = ILLUSTRATIVE_NOTE.match(/^ILLUSTRATIVE DATA: (.*) are KNBS figures/)![1].split(/, | and /);
    expect(named.sort()).toEqual(["land_area_km2", "poor_people", "population", "rural_households", "urban_households"]);
  });
});
