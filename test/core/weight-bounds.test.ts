import { boundsFromRows, parseBounds, parseWeightRange } from "../../src/core/weight-bounds";

describe("weight bounds as people write them", () => {
  it("reads fractions and percentages", () => {
    expect(parseWeightRange("0.40:0.50")).toEqual([0.4, 0.5]);
    expect(parseWeightRange("40%:50%")).toEqual([0.4, 0.5]);
    expect(parseBounds(["population=40%:50%", "basic_share = 0.3 : 0.35"])).toEqual({ population: [0.4, 0.5], basic_share: [0.3, 0.35] });
  });

  it("refuses what is not a range of weights, naming the argument", () => {
    expect(() => parseWeightRange("0.5")).toThrow(/bound: write a range as LO:HI/);
    expect(() => parseWeightRange("0.6:0.5")).toThrow(/0 <= LO <= HI <= 100%/);
    expect(() => parseWeightRange("40:50")).toThrow(/0 <= LO <= HI/);
    expect(() => parseBounds(["population=0:1", "population=0:0.5"])).toThrow(/bounded twice/);
    expect(() => parseBounds(["people=0:1"])).toThrow(/"people" is not a parameter/);
  });
});

describe("weight bounds from a sheet range", () => {
  it("reads parameter | low | high or parameter | LO:HI rows, skipping a header and blank rows", () => {
    const rows = [
      ["parameter", "low", "high"],
      ["population", 0.4, 0.5],
      [null, null, null],
      ["basic_share", "30%:35%", null],
    ];
    expect(boundsFromRows(rows)).toEqual({ population: [0.4, 0.5], basic_share: [0.3, 0.35] });
    expect(boundsFromRows([])).toEqual({});
  });

  it("names the argument in a refusal", () => {
    expect(() => boundsFromRows([["population", 0.6, 0.5]])).toThrow(/bounds: a range needs 0 <= LO <= HI/);
    expect(() => boundsFromRows([["land", 0, 0.1]])).toThrow(/bounds: "land" is not a parameter/);
  });
});
