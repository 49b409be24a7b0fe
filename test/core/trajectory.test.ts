import { latestPeriod, plannedTrajectory } from "../../src/core/trajectory";

describe("plannedTrajectory", () => {
  it("steps evenly from the baseline and ends exactly on the target", () => {
    expect(plannedTrajectory(42_000, 50_000, 4)).toEqual([44_000, 46_000, 48_000, 50_000]);
    expect(plannedTrajectory(95, 60, 3)[2]).toBe(60);
    expect(plannedTrajectory(0.1, 0.3, 3)[2]).toBe(0.3);
  });
  it("refuses a period count that is not a whole number from 1", () => {
    expect(() => plannedTrajectory(0, 1, 0)).toThrow("periods");
    expect(() => plannedTrajectory(0, 1, 2.5)).toThrow("periods");
  });

  it("goes down as readily as up, and reaches the target in one period", () => {
    expect(plannedTrajectory(95, 60, 5)).toEqual([88, 81, 74, 67, 60]);
    expect(plannedTrajectory(7, 9, 1)).toEqual([9]);
    expect(plannedTrajectory(5, 5, 3)).toEqual([5, 5, 5]);
  });

  it("allows 600 periods (50 years of months) and no more", () => {
    expect(plannedTrajectory(0, 600, 600)[599]).toBe(600);
    expect(() => plannedTrajectory(0, 1, 601)).toThrow(expect.objectContaining({ kind: "#NUM!", message: "periods: must be a whole number from 1 to 600 (got 601)" }));
    expect(() => plannedTrajectory(0, 1, NaN)).toThrow("(got NaN)");
  });

  it("refuses finite ends whose distance overflows, rather than plan Infinity", () => {
    expect(() => plannedTrajectory(-1e308, 1e308, 2)).toThrow(
      expect.objectContaining({ kind: "#NUM!", argument: "target", problem: "the trajectory from baseline to target is too large to compute in double precision" }),
    );
  });
});

describe("latestPeriod", () => {
  it("finds the latest period with an actual, skipping blanks", () => {
    expect(latestPeriod([1, null, 3, null])).toBe(3);
    expect(latestPeriod([null, null])).toBe(0);
  });
  it("counts a zero actual as an actual", () => {
    expect(latestPeriod([5, 0, null])).toBe(2);
  });
  it("skips values that are not finite numbers", () => {
    expect(latestPeriod([1, NaN, Infinity])).toBe(1);
  });
  it("is 0 with no periods", () => {
    expect(latestPeriod([])).toBe(0);
  });
});
