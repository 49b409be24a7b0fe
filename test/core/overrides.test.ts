import { allocate } from "../../src/core/allocate";
import type { Cell } from "../../src/core/cells";
import { readCountyTable } from "../../src/core/county-table";
import { officialGrid } from "../../src/core/official-data";
import { applyOverrides, describeOverride, parseOverride } from "../../src/core/overrides";

describe("parseOverride", () => {
  it("reads County.column=value, the value as a number where it is one", () => {
    expect(parseOverride("Mandera.poor_people_2022=900000")).toEqual({ county: "Mandera", column: "poor_people_2022", value: 900000 });
    expect(parseOverride("  Nairobi City . population = 1,234,567 ")).toEqual({ county: "Nairobi City", column: "population", value: 1234567 });
    expect(parseOverride("Lamu.affirmative=no")).toEqual({ county: "Lamu", column: "affirmative", value: "no" });
    expect(parseOverride("Lamu.land_area_km2=6.3e3")).toEqual({ county: "Lamu", column: "land_area_km2", value: 6300 });
  });

  it("takes a county with dots or spaces in its name, the last dot starting the column", () => {
    expect(parseOverride("Elgeyo.Marakwet.population=1")).toEqual({ county: "Elgeyo.Marakwet", column: "population", value: 1 });
    expect(parseOverride("Taita Taveta.land area=17152")).toEqual({ county: "Taita Taveta", column: "land area", value: 17152 });
  });

  it("reads an empty value as a blank", () => {
    expect(parseOverride("Mandera.poor_people_2022=")).toEqual({ county: "Mandera", column: "poor_people_2022", value: null });
  });

  it("refuses text that is not County.column=value, with an example, under the argument given", () => {
    for (const bad of ["Mandera poor_people_2022=900000", "Mandera.poor_people_2022", ".population=5", " .population=5", "Mandera.=5", "Mandera.poor-people=5", ""]) {
      expect(() => parseOverride(bad)).toThrow(expect.objectContaining({ kind: "#VALUE!", argument: "override", problem: expect.stringMatching(/ is not County\.column=value \(e\.g\. Mandera\.poor_people_2022=900000\)$/) }));
    }
    expect(() => parseOverride("nonsense", "--override")).toThrow('--override: "nonsense" is not County.column=value');
  });
});

describe("applyOverrides", () => {
  const grid: Cell[][] = [
    ["County", "Population", "poor_people_2022", "notes"],
    ["Mandera", 867457, 674000, ""],
    ["Nairobi City", 4397073, 767000, "capital"],
    ["Lamu", 143920, 36000, ""],
  ];

  it("changes one input in a copy and says what it was", () => {
    const { grid: out, applied } = applyOverrides(grid, [parseOverride("Mandera.poor_people_2022=900000")]);
    expect(out[1]).toEqual(["Mandera", 867457, 900000, ""]);
    expect(applied).toEqual([{ county: "Mandera", column: "poor_people_2022", value: 900000, was: 674000 }]);
    // The input is untouched.
    expect(grid[1][2]).toBe(674000);
    expect(out.slice(2)).toEqual(grid.slice(2));
  });

  it("matches the county as official counties are matched, and the column by its header or any alias", () => {
    const { grid: out, applied } = applyOverrides(grid, [
      { county: "Nairobi", column: "population", value: 1 },
      { county: "LAMU", column: "Poor 2022", value: 2 },
      { county: "nairobi city", column: "notes", value: "changed" },
    ]);
    expect(out[2]).toEqual(["Nairobi City", 1, 767000, "changed"]);
    expect(out[3][2]).toBe(2);
    // Labels use the data's own spelling of the county and column.
    expect(applied.map((o) => [o.county, o.column, o.was])).toEqual([
      ["Nairobi City", "Population", 4397073],
      ["Lamu", "poor_people_2022", 36000],
      ["Nairobi City", "notes", "capital"],
    ]);
  });

  it("applies overrides in order, a later one seeing the earlier", () => {
    const { grid: out, applied } = applyOverrides(grid, [
      { county: "Lamu", column: "population", value: 1 },
      { county: "Lamu", column: "population", value: 2 },
    ]);
    expect(out[3][1]).toBe(2);
    expect(applied.map((o) => o.was)).toEqual([143920, 1]);
  });

  it("refuses a county or a column the data does not have: a slip is an error, never a new column", () => {
    expect(() => applyOverrides(grid, [{ county: "Atlantis", column: "population", value: 1 }])).toThrow(
      expect.objectContaining({ kind: "#VALUE!", argument: "override", problem: '"Atlantis" is not a county in the data' }),
    );
    // An official county that this table lacks is as unknown as a made-up one.
    expect(() => applyOverrides(grid, [{ county: "Embu", column: "population", value: 1 }])).toThrow('override: "Embu" is not a county in the data');
    expect(() => applyOverrides(grid, [{ county: "Mandera", column: "poor_peple_2022", value: 1 }])).toThrow(
      expect.objectContaining({ kind: "#VALUE!", argument: "override", problem: 'the data has no column "poor_peple_2022" (Mandera.poor_peple_2022)' }),
    );
    // A data-contract column the table does not hold is refused too.
    expect(() => applyOverrides(grid, [{ county: "Mandera", column: "baseline_allocation", value: 1 }], "--override")).toThrow('--override: the data has no column "baseline_allocation"');
  });

  it("changes nothing when there is nothing to apply", () => {
    const { grid: out, applied } = applyOverrides(grid, []);
    expect(out).toEqual(grid);
    expect(out).not.toBe(grid);
    expect(applied).toEqual([]);
  });

  it("changes the built-in data's result: Mandera with 900 thousand poor gets more at KES 415 bn", () => {
    const official = officialGrid(["fourth"]);
    const mandera = (g: Cell[][]) => allocate(readCountyTable(g), 415_000_000_000, {}, "fourth").counties.find((c) => c.county === "Mandera")!.allocation;
    const { grid: changed, applied } = applyOverrides(official, [parseOverride("Mandera.poor_people_2022=900000")]);
    expect(applied[0].was).toBe(674_000);
    const gain = mandera(changed) - mandera(official);
    // 12% of a pool of about 23 bn, on 226 thousand more of about 20.4 million poor: some KES 30 million.
    expect(gain).toBeGreaterThan(25_000_000);
    expect(gain).toBeLessThan(35_000_000);
  });
});

describe("describeOverride", () => {
  it("labels the figure as the user's and says what it replaced", () => {
    expect(describeOverride({ county: "Mandera", column: "poor_people_2022", value: 900000, was: 674000 })).toBe("Mandera poor_people_2022 = 900000 (yours; was 674000)");
    expect(describeOverride({ county: "Lamu", column: "affirmative", value: null, was: "yes" })).toBe("Lamu affirmative = blank (yours; was yes)");
    expect(describeOverride({ county: "Lamu", column: "notes", value: 0, was: undefined })).toBe("Lamu notes = 0 (yours; was blank)");
  });
});
