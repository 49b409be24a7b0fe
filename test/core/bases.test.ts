import { BASES, BASIS_IDS, DEFAULT_BASIS, HEALTH_SPLIT, basisById } from "../../src/core/bases";
import { validateWeights } from "../../src/core/weights";

describe("BASES", () => {
  it("every named basis adds up to 100%", () => {
    for (const id of BASIS_IDS) expect(() => validateWeights(BASES[id].weights)).not.toThrow();
  });

  it("holds the CRA's third-basis weights, health split 60/20/20", () => {
    const w = BASES["third-recommended"].weights;
    expect(w).toMatchObject({ basic_share: 0.2, population: 0.18, health_facility_gap: 0.102, inpatient_days: 0.034, outpatient_visits: 0.034 });
    expect(w).toMatchObject({ rural_households: 0.1, urban_households: 0.05, poor_people: 0.14, land_area_km2: 0.08 });
    expect(w).toMatchObject({ population_without_road_access: 0.04, fiscal_effort: 0.02, fiscal_prudence: 0.02 });
    expect(BASES["third-adopted"].weights).toMatchObject({ population_without_road_access: 0.08 });
    expect(BASES["third-adopted"].weights.fiscal_effort).toBeUndefined();
  });

  it("lists each basis under its own id", () => {
    expect(Object.keys(BASES).sort()).toEqual([...BASIS_IDS].sort());
    for (const id of BASIS_IDS) expect(BASES[id].id).toBe(id);
  });

  it("differs between adopted and recommended only where Parliament changed it", () => {
    // Parliament dropped fiscal effort and prudence (2% each) and gave their 4% to roads.
    const { fiscal_effort, fiscal_prudence, population_without_road_access, ...rest } = BASES["third-recommended"].weights;
    expect([fiscal_effort, fiscal_prudence, population_without_road_access]).toEqual([0.02, 0.02, 0.04]);
    expect(BASES["third-adopted"].weights).toEqual({ ...rest, population_without_road_access: 0.08 });
  });

  it("splits health's 17% of the third basis 60/20/20", () => {
    expect(HEALTH_SPLIT.health_facility_gap + HEALTH_SPLIT.inpatient_days + HEALTH_SPLIT.outpatient_visits).toBe(1);
    for (const id of ["third-adopted", "third-recommended"] as const) {
      for (const [parameter, part] of Object.entries(HEALTH_SPLIT)) {
        expect(BASES[id].weights[parameter as keyof typeof HEALTH_SPLIT]).toBeCloseTo(part * 0.17, 15);
      }
    }
  });

  it("holds the first and second bases", () => {
    expect(BASES.second.weights).toEqual({ population: 0.45, basic_share: 0.26, poor_people: 0.18, land_area_km2: 0.08, fiscal_effort: 0.02, development_factor: 0.01 });
    expect(BASES.first.weights).toEqual({ population: 0.45, basic_share: 0.25, poor_people: 0.2, land_area_km2: 0.08, fiscal_responsibility: 0.02 });
  });

  it("blends with FY2019/20 and floors at it only in the adopted basis, the default", () => {
    expect(DEFAULT_BASIS).toBe("third-adopted");
    expect(BASES["third-adopted"].rule).toEqual({ kind: "blend", retained: 0.5, floorAtPrevious: true });
    for (const id of ["third-recommended", "second", "first"] as const) expect(BASES[id].rule).toEqual({ kind: "formula" });
  });

  it("caps land at 7% with no floor in every basis", () => {
    for (const id of BASIS_IDS) expect([BASES[id].landCap, BASES[id].landFloor]).toEqual([0.07, 0]);
  });

  it("says what public sources do not confirm", () => {
    expect(BASES["third-recommended"].unconfirmed).toEqual([]);
    expect(BASES["third-adopted"].unconfirmed).toEqual([expect.stringMatching(/^Health sub-weights .* the adopted split is not published\.$/)]);
    expect(BASES.second.unconfirmed).toEqual([expect.stringMatching(/^Land-area cap for the second basis: 7%/)]);
    expect(BASES.first.unconfirmed).toEqual([expect.stringMatching(/^Land-area cap for the first basis: 7%/)]);
  });
});

describe("basisById", () => {
  it("finds a basis forgiving case and punctuation", () => {
    expect(basisById("third-adopted")).toBe(BASES["third-adopted"]);
    expect(basisById("Third Adopted")).toBe(BASES["third-adopted"]);
    expect(basisById(" third_recommended ")).toBe(BASES["third-recommended"]);
    expect(basisById("SECOND")).toBe(BASES.second);
  });

  it("lists the bases there are when the name is unknown, under the argument given", () => {
    expect(() => basisById("fourth")).toThrow(
      expect.objectContaining({ kind: "#VALUE!", argument: "basis", problem: 'unknown basis "fourth"; use one of third-adopted, third-recommended, second, first' }),
    );
    expect(() => basisById("", "against")).toThrow("against: unknown basis blank; use one of");
  });
});
