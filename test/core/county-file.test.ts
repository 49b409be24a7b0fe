import { COUNTIES, readCountyFile } from "../../src/core";

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
