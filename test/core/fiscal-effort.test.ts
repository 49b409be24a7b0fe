import { equalShares, fiscalEffortShares, measureShares, sum } from "../../src/core";

describe("measure shares", () => {
  it("are each value over the total", () => {
    expect(Array.from(measureShares([1, 3]))).toEqual([0.25, 0.75]);
    expect(Array.from(equalShares(4))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
  it("name a measure that totals zero", () => {
    expect(() => measureShares([0, 0], "data", "urban_households")).toThrow("data: urban_households totals zero across counties");
  });
});

describe("fiscalEffortShares", () => {
  it("shares OSR/GCP ratios over their total", () => {
    // ratios 0.1 and 0.05
    const s = fiscalEffortShares([10, 20], [100, 400]);
    expect(s[0]).toBeCloseTo(2 / 3, 12);
    expect(s[1]).toBeCloseTo(1 / 3, 12);
  });
  it("names a county with no GCP and mismatched lengths", () => {
    expect(() => fiscalEffortShares([1, 2], [1, 0], ["Embu", "Meru"])).toThrow("gcp: gross county product of Meru is zero");
    expect(() => fiscalEffortShares([1, 2], [1])).toThrow(expect.objectContaining({ kind: "#VALUE!", argument: "gcp" }));
  });
});

describe("sum", () => {
  it("does not depend on order", () => {
    const v = [0.1, 1e16, 0.2, -1e16, 0.3];
    expect(sum(v)).toBe(sum([...v].reverse()));
    expect(sum(v)).toBeCloseTo(0.6, 12);
  });
});
