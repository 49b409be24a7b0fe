import { parseWeightTable, validateWeights } from "../../src/core";

describe("weights", () => {
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
