import { normaliseKey } from "../../src/core/cells";
import { COLUMNS, COLUMN_INFO, COUNTY_TABLE_COLUMNS, INDEX_COLUMNS, columnForHeader } from "../../src/core/columns";

describe("COLUMNS and COLUMN_INFO", () => {
  it("describe every column of the data contract, county first", () => {
    expect(COLUMNS[0]).toBe("county");
    // 20 measures and allocations, the fourth basis's three, and the CRA's ten indices last.
    expect(COLUMNS).toHaveLength(33);
    expect(COLUMNS.slice(20, 23)).toEqual(["poor_people_2022", "baseline_allocation", "affirmative"]);
    expect(COLUMNS.slice(23)).toEqual([...INDEX_COLUMNS]);
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
    expect(columnForHeader("FY2024/25 allocation")).toBe("baseline_allocation");
    expect(columnForHeader("Baseline")).toBe("baseline_allocation");
    expect(columnForHeader("Poor 2022")).toBe("poor_people_2022");
    expect(columnForHeader("Affirmative county")).toBe("affirmative");
  });

  it("takes each CRA index under the reference file's _kes header and under its own _index name", () => {
    const published = ["basic_share_kes", "population_kes", "health_kes", "poverty_kes", "agriculture_kes", "land_area_kes", "roads_kes", "urban_services_kes", "fiscal_effort_kes", "fiscal_prudence_kes"];
    expect(published.map(columnForHeader)).toEqual([...INDEX_COLUMNS]);
    expect(published.map((h) => columnForHeader(h.replace(/_kes$/, "_index")))).toEqual([...INDEX_COLUMNS]);
    expect(columnForHeader("Health KES")).toBe("health_index");
    // The index stands beside the measure it replaces, never in its place: population stays population.
    expect(columnForHeader("population")).toBe("population");
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
  it("is the code, then every column of the data contract but the CRA indices once, county first", () => {
    expect(COUNTY_TABLE_COLUMNS.slice(0, 2)).toEqual(["county_code", "county"]);
    const indices: readonly string[] = INDEX_COLUMNS;
    expect([...COUNTY_TABLE_COLUMNS.slice(1)].sort()).toEqual(COLUMNS.filter((c) => !indices.includes(c)).sort());
    expect(COUNTY_TABLE_COLUMNS.slice(-3)).toEqual(["poor_people_2022", "baseline_allocation", "affirmative"]);
  });
});
