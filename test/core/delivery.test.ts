import { completionRate } from "../../src/core/completion-rate";
import { DEFAULT_TOLERANCE, progressRatio, suggestJudgement } from "../../src/core/delivery-judgement";
import { latestPeriod, plannedTrajectory } from "../../src/core/trajectory";

describe("progressRatio", () => {
  it("is progress made over progress planned when there is a baseline, either direction", () => {
    expect(progressRatio(46_000, 46_000, 42_000)).toBe(1);
    expect(progressRatio(43_000, 46_000, 42_000)).toBe(0.25);
    expect(progressRatio(70, 60, 95)).toBeCloseTo(25 / 35, 12); // minutes waiting: lower is better
    expect(progressRatio(50, 42, 42)).toBe(1); // nothing planned yet: nothing is behind
  });
  it("is actual over planned without a baseline, and refuses a zero plan", () => {
    expect(progressRatio(90, 100)).toBe(0.9);
    expect(() => progressRatio(1, 0)).toThrow("planned: is 0");
  });
});

describe("suggestJudgement", () => {
  it("bands the shortfall by multiples of the tolerance", () => {
    expect(DEFAULT_TOLERANCE).toBe(0.1);
    expect([1.2, 1, 0.95, 0.85, 0.75, 0.65, -1].map((r) => suggestJudgement(r))).toEqual(["Green", "Green", "Green", "Amber-Green", "Amber-Red", "Red", "Red"]);
    expect(suggestJudgement(0.85, 0.2)).toBe("Green");
    expect(suggestJudgement(0.99, 0)).toBe("Red");
  });
  it("refuses a tolerance outside 0 to 100%", () => {
    expect(() => suggestJudgement(1, -0.1)).toThrow("tolerance");
    expect(() => suggestJudgement(1, NaN)).toThrow("tolerance");
  });
});

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
  it("finds the latest period with an actual, skipping blanks", () => {
    expect(latestPeriod([1, null, 3, null])).toBe(3);
    expect(latestPeriod([null, null])).toBe(0);
  });
});

describe("completionRate", () => {
  it("is completed over planned, as SDUs report it", () => {
    expect(completionRate(179, 200)).toBe(0.895);
  });
  it("refuses impossible counts with the right errors", () => {
    expect(() => completionRate(1, 0)).toThrow("planned: is 0");
    expect(() => completionRate(5, 4)).toThrow("more than planned");
    expect(() => completionRate(1.5, 4)).toThrow("whole number");
  });
});
