import { normaliseKey } from "../../src/core/cells";
import { COLUMNS, COLUMN_INFO, COUNTY_TABLE_COLUMNS, columnForHeader } from "../../src/core/columns";

describe("COLUMNS and COLUMN_INFO", () => {
  it("describe every column of the data contract, county first", () => {
    expect(COLUMNS[0]).toBe("county");
    expect(COLUMNS).toHaveLength(20);
    expect(Object.keys(COLUMN_INFO)).toEqual([...COLUMNS]);
    for (const id of COLUMNS) expect(COLUMN_INFO[id].description).not.toBe("");
  });

  it("give no header to two columns", () => {
    // The lookup is a map: a name given twice would silently go to whichever column came last.
    const names = COLUMNS.flatMap((id) => [id, ...COLUMN_INFO[id].aliases].map(normaliseKey));
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it("list aliases as they match, already normalised", () => {
    for (const id of COLUMNS) for (const alias of COLUMN_INFO[id].aliases) expect(normaliseKey(alias)).toBe(alias);
  });
});

describe("columnForHeader", () => {
  it("matches a canonical name or an alias, whatever the case, spacing or punctuation", () => {
    expect(columnForHeader("county")).toBe("county");
    expect(columnForHeader("County Name")).toBe("county");
    expect(columnForHeader("Land Area (km2)")).toBe("land_area_km2");
    expect(columnForHeader("Population 2019")).toBe("population");
    expect(columnForHeader("OSR")).toBe("own_source_revenue");
    expect(columnForHeader("FY2019/20 allocation")).toBe("previous_allocation");
    expect(columnForHeader("In-patient days")).toBe("inpatient_days");
  });

  it("matches every column's own name and aliases", () => {
    for (const id of COLUMNS) for (const name of [id, ...COLUMN_INFO[id].aliases]) expect(columnForHeader(name.toUpperCase())).toBe(id);
  });

  it("is undefined for a column the engine does not use", () => {
    expect(columnForHeader("notes")).toBeUndefined();
    expect(columnForHeader("")).toBeUndefined();
    // Inherited object keys are not headers.
    expect(columnForHeader("constructor")).toBeUndefined();
  });
});

describe("COUNTY_TABLE_COLUMNS", () => {
  it("is the code, then every column of the data contract once, county first", () => {
    expect(COUNTY_TABLE_COLUMNS.slice(0, 2)).toEqual(["county_code", "county"]);
    expect([...COUNTY_TABLE_COLUMNS.slice(1)].sort()).toEqual([...COLUMNS].sort());
  });
});
