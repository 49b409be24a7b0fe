import { indexOfCounty, numberColumn, readCountyTable } from "../../src/core";

describe("readCountyTable", () => {
  const grid = [
    ["County", "Poor people", "Land Area (km2)", "notes"],
    ["Kwale", 389000, "8,267.1", "anything"],
    [null, null, null, null],
    ["Lamu", "36000", 6253.3, ""],
  ];

  it("matches headers by alias, ignores unknown columns and blank rows", () => {
    const t = readCountyTable(grid);
    expect(t.counties).toEqual(["Kwale", "Lamu"]);
    expect(t.rows).toEqual([2, 4]);
    expect(Array.from(numberColumn(t, "poor_people", "test"))).toEqual([389000, 36000]);
    expect(Array.from(numberColumn(t, "land_area_km2", "test"))).toEqual([8267.1, 6253.3]);
    expect(indexOfCounty(t, "LAMU")).toBe(1);
  });

  it("names a missing column and what needs it", () => {
    expect(() => numberColumn(readCountyTable(grid), "population", "the population weight")).toThrow(
      "data: column population is missing (needed by the population weight)",
    );
  });

  it("names the county and row of a blank, text or negative cell", () => {
    const bad = readCountyTable([["county", "population"], ["Kwale", ""], ["Lamu", "many"], ["Embu", -5]]);
    expect(() => numberColumn(bad, "population", "x")).toThrow("data: population for Kwale (row 2) is blank");
    const text = readCountyTable([["county", "population"], ["Lamu", "many"]]);
    expect(() => numberColumn(text, "population", "x")).toThrow('population for Lamu (row 2) is "many", not a number');
    const negative = readCountyTable([["county", "population"], ["Embu", -5]]);
    expect(() => numberColumn(negative, "population", "x")).toThrow(expect.objectContaining({ kind: "#NUM!" }));
  });

  it("rejects repeated counties, repeated columns, nameless rows and empty tables", () => {
    expect(() => readCountyTable([["county"], ["Kwale"], ["kwale"]])).toThrow("Kwale appears twice (rows 2 and 3)");
    expect(() => readCountyTable([["county", "population", "Population 2019"]])).toThrow(/columns 2 and 3 both hold population/);
    expect(() => readCountyTable([["county", "population"], ["", 5]])).toThrow("row 2 has values but no county name");
    expect(() => readCountyTable([["population"], [5]])).toThrow(/no "county" column/);
    expect(() => readCountyTable([["county"]])).toThrow(/no counties/);
    expect(() => readCountyTable([])).toThrow(/is empty/);
  });
});
