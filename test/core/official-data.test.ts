import { allocate } from "../../src/core/allocate";
import { AFFIRMATIVE_COUNTIES } from "../../src/core/bases";
import { BASELINE_FY2024_25 } from "../../src/core/baseline-fy2024-25";
import type { Cell } from "../../src/core/cells";
import { columnForHeader } from "../../src/core/columns";
import { readCountyTable } from "../../src/core/county-table";
import { CRA_INDEX_HEADERS } from "../../src/core/cra-indices";
import { COUNTIES } from "../../src/core/knbs-counties";
import { KPR_2022_SOURCE } from "../../src/core/kpr-2022";
import { OFFICIAL_DATA_BASES, isOfficialDataBasis, officialGrid, officialSources, sourceComments } from "../../src/core/official-data";

const columnOf = (grid: Cell[][], name: string) => grid.slice(1).map((row) => row[grid[0].indexOf(name)]);
const total = (cells: Cell[]) => cells.reduce<number>((a, c) => a + (c as number), 0);

describe("the bases with built-in data", () => {
  it("are the fourth and the two third bases", () => {
    expect(OFFICIAL_DATA_BASES).toEqual(["fourth", "third-adopted", "third-recommended"]);
    expect(["fourth", "third-adopted", "third-recommended", "second", "first", "Fourth"].map(isOfficialDataBasis)).toEqual([true, true, true, false, false, false]);
  });
});

describe("officialGrid", () => {
  it.each(OFFICIAL_DATA_BASES.map((b) => [b]))("gives %s 47 counties in code order, named as knbs-counties names them", (basis) => {
    const grid = officialGrid([basis]);
    expect(grid).toHaveLength(48);
    expect(grid[0].slice(0, 2)).toEqual(["county_code", "county"]);
    for (const row of grid) expect(row).toHaveLength(grid[0].length);
    expect(columnOf(grid, "county_code")).toEqual(COUNTIES.map((c) => c.code));
    expect(columnOf(grid, "county")).toEqual(COUNTIES.map((c) => c.name));
    expect(readCountyTable(grid).counties).toHaveLength(47);
  });

  it("holds the fourth basis's columns: census population, KPR 2022 poor, land, baselines totalling 387,424,707,299, and the 12 flags", () => {
    const grid = officialGrid(["fourth"]);
    expect(grid[0]).toEqual(["county_code", "county", "population", "poor_people_2022", "land_area_km2", "baseline_allocation", "baseline_precision", "affirmative"]);
    expect(columnOf(grid, "population")).toEqual(COUNTIES.map((c) => c.population2019));
    expect(columnOf(grid, "land_area_km2")).toEqual(COUNTIES.map((c) => c.landAreaKm2));
    expect(total(columnOf(grid, "poor_people_2022"))).toBe(20_156_000);
    expect(total(columnOf(grid, "baseline_allocation"))).toBe(387_424_707_299);
    expect(columnOf(grid, "baseline_precision")).toEqual(BASELINE_FY2024_25.map((r) => r[2]));
    const flags = columnOf(grid, "affirmative");
    expect(new Set(flags)).toEqual(new Set(["yes", "no"]));
    expect(COUNTIES.filter((_, i) => flags[i] === "yes").map((c) => c.name).sort()).toEqual([...AFFIRMATIVE_COUNTIES].sort());
    // Every header is a data-contract column except the precision note, which the engine leaves alone.
    expect(grid[0].filter((h) => columnForHeader(String(h)) === undefined)).toEqual(["county_code", "baseline_precision"]);
  });

  it("holds the third bases' columns: the CRA's ten indices as published and the FY2019/20 base totalling 316.5 bn", () => {
    const grid = officialGrid(["third-adopted"]);
    expect(grid[0]).toEqual(["county_code", "county", ...CRA_INDEX_HEADERS, "previous_allocation", "previous_precision"]);
    expect(officialGrid(["third-recommended"])).toEqual(grid);
    expect(total(columnOf(grid, "previous_allocation"))).toBe(316_500_000_000);
    expect(columnOf(grid, "previous_precision").filter((p) => String(p).startsWith("derived"))).toHaveLength(44);
    expect(total(columnOf(grid, "basic_share_kes"))).toBe(63_300_000_000);
    expect(total(columnOf(grid, "land_area_kes"))).toBe(25_320_000_000);
  });

  it("joins the columns of several bases once each, for comparing them", () => {
    const both = officialGrid(["fourth", "third-adopted"]);
    const header = both[0].map(String);
    expect(new Set(header).size).toBe(header.length);
    expect(header).toEqual([...officialGrid(["fourth"])[0], ...officialGrid(["third-adopted"])[0].slice(2)].map(String));
    expect(officialGrid(["third-adopted", "third-recommended"])).toEqual(officialGrid(["third-adopted"]));
  });

  it("is ready for the engine: each basis shares a total on its own table", () => {
    const fourth = allocate(readCountyTable(officialGrid(["fourth"])), 415_000_000_000, { basis: "fourth" }, "fourth");
    expect(fourth.counties.reduce((a, c) => a + c.allocation, 0)).toBe(415_000_000_000);
    for (const basis of ["third-adopted", "third-recommended"] as const) {
      const third = allocate(readCountyTable(officialGrid([basis])), 370_000_000_000, { basis }, basis);
      expect(third.counties.reduce((a, c) => a + c.allocation, 0)).toBe(370_000_000_000);
    }
  });
});

describe("officialSources and sourceComments", () => {
  it("give every column of the table a source and a precision", () => {
    for (const bases of [["fourth"], ["third-adopted"], ["fourth", "third-adopted"]] as const) {
      const sources = officialSources(bases);
      expect(sources.map((s) => s.column)).toEqual(officialGrid(bases)[0]);
      for (const s of sources) {
        expect(s.source.length).toBeGreaterThan(10);
        expect(s.precision).not.toBe("");
      }
    }
  });

  it("cite the primary source first and say what is derived or reconstructed", () => {
    const byColumn = Object.fromEntries(officialSources(["fourth", "third-adopted"]).map((s) => [s.column, s]));
    expect(byColumn.population.source).toMatch(/^Kenya National Bureau of Statistics, 2019 Kenya Population and Housing Census/);
    expect(byColumn.poor_people_2022).toEqual({ column: "poor_people_2022", source: KPR_2022_SOURCE, precision: "thousands (as published)" });
    expect(byColumn.previous_allocation.precision).toBe("per county, see previous_precision (44 of 47 derived)");
    expect(byColumn.baseline_allocation.precision).toBe("per county, see baseline_precision");
    // Baringo's six reconstructed figures are said in the columns they are in, and only there.
    const reconstructed = CRA_INDEX_HEADERS.filter((h) => byColumn[h].precision.includes("reconstructed"));
    expect(reconstructed).toEqual(["basic_share_kes", "poverty_kes", "land_area_kes", "roads_kes", "fiscal_effort_kes", "fiscal_prudence_kes"]);
    for (const h of CRA_INDEX_HEADERS) expect(byColumn[h].source).toMatch(/^Commission on Revenue Allocation/);
  });

  it("write one # line per run of neighbouring columns with the same source and precision", () => {
    const text = sourceComments(["third-adopted"]);
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(/^# [a-z_0-9, ]+: .+ Precision: .+\.$/);
    expect(lines.map((l) => l.slice(2, l.indexOf(":")))).toEqual([
      "county_code",
      "county",
      "basic_share_kes",
      "population_kes, health_kes",
      "poverty_kes",
      "agriculture_kes",
      "land_area_kes, roads_kes",
      "urban_services_kes",
      "fiscal_effort_kes, fiscal_prudence_kes",
      "previous_allocation",
      "previous_precision",
    ]);
    expect(lines[1]).toBe("# county: Official county names (KNBS) Precision: exact.");
  });

  it("name every column of the fourth basis's table", () => {
    const text = sourceComments(["fourth"]);
    const named = text.trimEnd().split("\n").flatMap((l) => l.slice(2, l.indexOf(":")).split(", "));
    expect(named).toEqual(officialGrid(["fourth"])[0]);
    expect(text).toContain("# affirmative: Senate resolution of 12 June 2025");
  });
});
