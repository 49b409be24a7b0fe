import { BASES, BASIS_IDS, parseWeightTable, validateWeights } from "../../src/core";

describe("weights", () => {
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

  it("reads fractions, percentages and points, with or without a header", () => {
    expect(parseWeightTable([["parameter", "weight"], ["Population", 0.5], ["basic share", "50%"]])).toEqual({ population: 0.5, basic_share: 0.5 });
    expect(parseWeightTable([["poverty", 60], ["land area", 40]])).toEqual({ poor_people: 0.6, land_area_km2: 0.4 });
  });

  it("says the actual total when weights do not add up", () => {
    expect(() => parseWeightTable([["population", 0.5], ["basic_share", 0.4]])).toThrow("weights: weights sum to 90%, not 100%");
  });

  it("names unknown parameters, repeats and negatives", () => {
    expect(() => parseWeightTable([["popularity", 1]])).toThrow('weights: row 1: unknown parameter "popularity"');
    expect(() => parseWeightTable([["population", 0.5], ["Population", 0.5]])).toThrow(/population is weighted twice/);
    expect(() => validateWeights({ population: 1.1, basic_share: -0.1 })).toThrow(expect.objectContaining({ kind: "#NUM!" }));
    expect(() => validateWeights({ popularity: 1 } as never)).toThrow(/unknown parameter "popularity"/);
  });

  it("names a weight that is not a number", () => {
    expect(() => parseWeightTable([["population", "lots"]])).toThrow('row 1: the weight of population is "lots", not a number');
  });
});
