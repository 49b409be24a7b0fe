import { equalShares, measureShares } from "../../src/core/measure-shares";

describe("measure shares", () => {
  it("are each value over the total", () => {
    expect(Array.from(measureShares([1, 3]))).toEqual([0.25, 0.75]);
    expect(Array.from(equalShares(4))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
  it("name a measure that totals zero", () => {
    expect(() => measureShares([0, 0], "data", "urban_households")).toThrow("data: urban_households totals zero across counties");
  });
});

describe("measureShares", () => {
  it("gives a county with none of the measure a zero share", () => {
    // Mombasa and Nairobi have no rural households; Kwale and Kilifi share 321,925.
    expect(Array.from(measureShares([0, 136_171, 185_754, 0]))).toEqual([0, 136_171 / 321_925, 185_754 / 321_925, 0]);
  });

  it("names the value at fault, counting from 1, with the right error", () => {
    expect(() => measureShares([1, -2], "data", "population")).toThrow(expect.objectContaining({ kind: "#NUM!", argument: "data", problem: "population value 2 is negative (-2)" }));
    expect(() => measureShares([NaN, 1])).toThrow(expect.objectContaining({ kind: "#NUM!", message: "values: the measure value 1 is not a finite number" }));
    expect(() => measureShares([1, Infinity])).toThrow("value 2 is not a finite number");
    expect(() => measureShares([0, 0])).toThrow(expect.objectContaining({ kind: "#DIV/0!" }));
  });

  it("refuses finite values whose total overflows, rather than give every county 0", () => {
    expect(() => measureShares([1e308, 1e308], "data", "population")).toThrow(expect.objectContaining({ kind: "#NUM!", problem: expect.stringMatching(/totals more than double precision can hold/) }));
  });

  it("has no county for an empty list, which totals zero", () => {
    expect(() => measureShares([])).toThrow(expect.objectContaining({ kind: "#DIV/0!" }));
  });
});

describe("equalShares", () => {
  it("gives each of n counties 1/n", () => {
    expect(Array.from(equalShares(47))).toEqual(Array(47).fill(1 / 47));
    expect(equalShares(0)).toHaveLength(0);
  });
});
