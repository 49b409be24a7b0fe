import { normaliseKey } from "../../src/core/cells";
import { COLUMNS, INDEX_COLUMNS } from "../../src/core/columns";
import { HEALTH_MEASURES, PARAMETERS, PARAMETER_INFO, parameterForName } from "../../src/core/parameters";

describe("PARAMETERS and PARAMETER_INFO", () => {
  it("describe every parameter, in the canonical order", () => {
    expect(Object.keys(PARAMETER_INFO)).toEqual([...PARAMETERS]);
    for (const id of PARAMETERS) expect(PARAMETER_INFO[id].label).not.toBe("");
  });

  it("read only data-contract columns, and one column per plain measure: its own, or for health the CRA's index", () => {
    for (const id of PARAMETERS) {
      const { method, needs } = PARAMETER_INFO[id];
      for (const column of needs) expect(COLUMNS).toContain(column);
      if (method === "measure") expect(needs).toEqual([id === "health" ? "health_index" : id]);
      if (method === "equal") expect(needs).toEqual([]);
    }
  });

  it("name the CRA index that stands in for each third-basis parameter, each index once", () => {
    const indexed = PARAMETERS.filter((id) => PARAMETER_INFO[id].index !== undefined);
    expect(Object.fromEntries(indexed.map((id) => [id, PARAMETER_INFO[id].index]))).toEqual({
      basic_share: "basic_share_index",
      population: "population_index",
      rural_households: "agriculture_index",
      urban_households: "urban_services_index",
      poor_people: "poverty_index",
      land_area_km2: "land_area_index",
      population_without_road_access: "roads_index",
      fiscal_effort: "fiscal_effort_index",
      fiscal_prudence: "fiscal_prudence_index",
      health: "health_index",
    });
    expect(indexed.map((id) => PARAMETER_INFO[id].index).sort()).toEqual([...INDEX_COLUMNS].sort());
    // Health's three measures have no index of their own: the CRA publishes health as one.
    for (const id of HEALTH_MEASURES) expect(PARAMETER_INFO[id].index).toBeUndefined();
    // The fourth basis's poverty is the KPR 2022 count, which no CRA index covers.
    expect(PARAMETER_INFO.poor_people_2022).toMatchObject({ method: "measure", needs: ["poor_people_2022"] });
    expect(PARAMETER_INFO.poor_people_2022.index).toBeUndefined();
  });

  it("compute basic share, fiscal effort, fiscal prudence and fiscal responsibility rather than read them", () => {
    const computed = PARAMETERS.filter((id) => PARAMETER_INFO[id].method !== "measure");
    expect(computed).toEqual(["basic_share", "land_area_km2", "fiscal_effort", "fiscal_prudence", "fiscal_responsibility"]);
    expect(PARAMETER_INFO.land_area_km2).toMatchObject({ method: "land", needs: ["land_area_km2"] });
    expect(PARAMETER_INFO.fiscal_effort.needs).toEqual(["own_source_revenue", "gross_county_product"]);
    expect(PARAMETER_INFO.fiscal_prudence.needs).toHaveLength(6);
    expect(PARAMETER_INFO.fiscal_responsibility.method).toBe("equal");
  });

  it("give no name to two parameters", () => {
    const names = PARAMETERS.flatMap((id) => [id, ...PARAMETER_INFO[id].aliases].map(normaliseKey));
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});

describe("parameterForName", () => {
  it("finds a parameter by its id, an alias or a label-like name", () => {
    expect(parameterForName("population")).toBe("population");
    expect(parameterForName("Poverty")).toBe("poor_people");
    expect(parameterForName("Land area")).toBe("land_area_km2");
    expect(parameterForName("basic share")).toBe("basic_share");
    expect(parameterForName("Roads")).toBe("population_without_road_access");
    expect(parameterForName("Urban services")).toBe("urban_households");
    expect(parameterForName("Poverty 2022")).toBe("poor_people_2022");
    expect(parameterForName("health_kes")).toBe("health");
    expect(parameterForName("Health")).toBe("health");
  });

  it("finds every parameter by its own id and aliases", () => {
    for (const id of PARAMETERS) for (const name of [id, ...PARAMETER_INFO[id].aliases]) expect(parameterForName(name)).toBe(id);
  });

  it("is undefined for anything else", () => {
    expect(parameterForName("popularity")).toBeUndefined();
    expect(parameterForName("")).toBeUndefined();
    expect(parameterForName("__proto__")).toBeUndefined();
  });
});
