import { normaliseKey } from "../../src/core/cells";
import { COLUMNS } from "../../src/core/columns";
import { PARAMETERS, PARAMETER_INFO, parameterForName } from "../../src/core/parameters";

describe("PARAMETERS and PARAMETER_INFO", () => {
  it("describe every parameter, in the canonical order", () => {
    expect(Object.keys(PARAMETER_INFO)).toEqual([...PARAMETERS]);
    for (const id of PARAMETERS) expect(PARAMETER_INFO[id].label).not.toBe("");
  });

  it("read only data-contract columns, and one column per plain measure", () => {
    for (const id of PARAMETERS) {
      const { method, needs } = PARAMETER_INFO[id];
      for (const column of needs) expect(COLUMNS).toContain(column);
      if (method === "measure") expect(needs).toEqual([id]);
      if (method === "equal") expect(needs).toEqual([]);
    }
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
