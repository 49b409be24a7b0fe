import { parseCsv, readCountyTable, numberColumn } from "../../src/core";

describe("parseCsv", () => {
  it("handles a BOM, CRLF, quoted commas, doubled quotes and trailing blank lines", () => {
    const text = '\uFEFFcounty,population,note\r\n"Murang\'a","1,056,640","said ""hi"", twice"\r\nLamu,143920,\r\n\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      ["county", "population", "note"],
      ["Murang'a", "1,056,640", 'said "hi", twice'],
      ["Lamu", "143920", ""],
    ]);
  });
  it("skips # comment lines before the header", () => {
    const t = readCountyTable(parseCsv("# source: KNBS\ncounty,population\nLamu,30%\n"));
    expect(Array.from(numberColumn(t, "population", "x"))).toEqual([0.3]);
  });
  it("reports an unclosed quote", () => {
    expect(() => parseCsv('county\n"Lamu\n')).toThrow(/never closed/);
  });
});
