import { readFileSync } from "fs";
import { join } from "path";
import { COUNTIES, numberColumn, readCountyFile } from "../../src/core";

const csv = (rows: string[]) => rows.join("\r\n");

describe("readCountyFile", () => {
  it("reads a CSV in the data contract, with a BOM, CRLF, quoted and grouped numbers", () => {
    const { grid, table, warnings } = readCountyFile("\ufeff" + csv(["county,population", 'Mombasa,"1,208,333"', "Kwale,866820", ""]));
    expect(table.counties).toEqual(["Mombasa", "Kwale"]);
    expect(grid[1]).toEqual(["Mombasa", "1,208,333"]);
    expect(warnings).toEqual(["45 of the 47 counties are not in the data: Kilifi, Tana River, Lamu, Taita Taveta, Garissa, ..."]);
  });
  it("warns about names that are not official counties, and is quiet for a full list", () => {
    expect(readCountyFile(csv(["county", "Atlantis"])).warnings[0]).toBe("not official county names: Atlantis");
    expect(readCountyFile(csv(["county", ...COUNTIES.map((c) => c.name)])).warnings).toEqual([]);
  });
  it("fails whole, naming the row, on a repeated county", () => {
    expect(() => readCountyFile(csv(["county,population", "Kwale,1", "Lamu,2", "kwale,3"]))).toThrow("Kwale appears twice (rows 2 and 4)");
  });
});

describe("readCountyFile on hostile files (test/fixtures/csv/), as the task pane reads them", () => {
  const read = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "csv", name), "utf8");

  it("reads a file with a BOM, CRLF, a comment, quoted commas, separators, percentages and blank rows whole", () => {
    const { table, warnings } = readCountyFile(read("hostile-but-valid.csv"));
    expect(warnings).toEqual([]);
    expect(table.counties).toHaveLength(47);
    expect(table.counties[0]).toBe("Mombasa");
    expect(table.rows.slice(0, 2)).toEqual([3, 4]); // file lines: the comment is line 1, the header line 2
    expect(Array.from(numberColumn(table, "population", "test")).slice(0, 2)).toEqual([1_208_333, 866_820]);
    expect(Array.from(numberColumn(table, "development_expenditure_share", "test")).slice(0, 2)).toEqual([0.2, 0.21]);
  });

  it("warns about a missing county and reads the rest", () => {
    const { table, warnings } = readCountyFile(read("county-missing.csv"));
    expect(table.counties).toHaveLength(46);
    expect(warnings).toEqual(["1 of the 47 counties is not in the data: Marsabit"]);
  });

  it.each([
    ["duplicate-headers.csv", /header row \(row 1\): columns 2 and 5 both hold population/],
    ["duplicate-counties.csv", /Nairobi appears twice \(rows 48 and 49\)/],
    ["text-in-number-column.csv", /population for Tana River \(row 5\) is "about 143,000", not a number/],
    ["unquoted-thousands.csv", /row 4, column 5: a value beyond the header row's 4 columns/],
    ["word-in-opinion-column.csv", /audit_opinion_executive for Garissa \(row 8\): "good" is not an audit opinion/],
    ["no-county-name.csv", /row 9 has values but no county name/],
    ["unclosed-quote.csv", /a quoted field opened on line 6 is never closed/],
    ["header-only.csv", /has a header row but no counties/],
  ])("refuses %s whole, naming the place", (name, message) => {
    expect(() => readCountyFile(read(name), "counties.csv")).toThrow(message);
  });

  it("checks every column it recognises, used or not, and allows blanks and negatives there (a basis checks those)", () => {
    expect(() => readCountyFile(csv(["county,development_factor", "Lamu,high"]))).toThrow('data: development_factor for Lamu (row 2) is "high", not a number');
    expect(() => readCountyFile(csv(["county,cbef", "Lamu,maybe"]))).toThrow(/cbef for Lamu \(row 2\): "maybe" is not 1\/0/);
    expect(readCountyFile(csv(["county,population,cbef,notes", "Lamu,,yes,anything", "Kwale,-5,0,"])).table.counties).toEqual(["Lamu", "Kwale"]);
  });

  it("counts rows as the file's lines, comment lines included", () => {
    expect(() => readCountyFile(csv(["# source", "# more", "county,population", "Lamu,x"]))).toThrow("population for Lamu (row 4)");
  });
});
