import { DEFAULT_CRITERIA, GRADE_BANDS, achievement, compositeScore, gradeOf, rawScore, rawScoreFor, validateCriteria, parseDirection } from "../../src/core";

describe("performance contract scoring", () => {
  it("scores 3.00 for meeting the target exactly", () => {
    expect(rawScore(100, 100)).toBe(3);
    expect(rawScore(80, 80, "lower")).toBe(3);
  });

  it("interpolates linearly between the criteria values and caps at 1 and 5", () => {
    expect(rawScoreFor(1.3)).toBe(1);
    expect(rawScoreFor(2)).toBe(1);
    expect(rawScoreFor(1.225)).toBeCloseTo(1.5, 12); // halfway between 130% and 115%
    expect(rawScoreFor(0.875)).toBeCloseTo(3.5, 12); // halfway between 100% and 75%
    expect(rawScoreFor(0.6)).toBeCloseTo(4.6, 12); // 40% of the way from 75% to 50%
    expect(rawScoreFor(0.2)).toBe(5);
  });

  it("inverts the ratio when lower is better", () => {
    expect(achievement(50, 40, "lower")).toBeCloseTo(0.8, 12);
    expect(rawScore(40, 50, "lower")).toBeCloseTo(1 + 0.05 / 0.15, 12); // 125%: a third of the way from 1.0 to 2.0
    expect(rawScore(0, 10, "lower")).toBe(1);
  });

  it("weights raw scores into a composite and grades it with the official bands", () => {
    expect(compositeScore([1, 3, 5], [0.5, 0.3, 0.2])).toBeCloseTo(0.5 + 0.9 + 1, 12);
    expect(GRADE_BANDS.map((b) => b.grade)).toEqual(["Excellent", "Very Good", "Good", "Fair", "Poor"]);
    expect(gradeOf(1)).toBe("Excellent");
    expect(gradeOf(2.4)).toBe("Excellent");
    expect(gradeOf(2.41)).toBe("Very Good");
    expect(gradeOf(3)).toBe("Very Good");
    expect(gradeOf(3.6)).toBe("Good");
    expect(gradeOf(4)).toBe("Fair");
    expect(gradeOf(4.01)).toBe("Poor");
  });

  it("rejects weights that do not total 100%, a zero target and scores outside 1-5", () => {
    expect(() => compositeScore([3, 3], [0.5, 0.4])).toThrow("weights: weights sum to 90%, not 100%");
    expect(() => achievement(5, 0)).toThrow(expect.objectContaining({ kind: "#DIV/0!", argument: "target" }));
    expect(() => gradeOf(5.5)).toThrow(expect.objectContaining({ kind: "#NUM!" }));
    expect(() => compositeScore([0], [1])).toThrow(/outside 1-5/);
  });

  it("checks per-contract criteria and reads directions", () => {
    expect(validateCriteria([...DEFAULT_CRITERIA].reverse())).toEqual(DEFAULT_CRITERIA);
    expect(() => validateCriteria([{ achievement: 1, score: 3 }])).toThrow(/at least two points/);
    expect(() => validateCriteria([{ achievement: 1, score: 3 }, { achievement: 0.5, score: 2 }])).toThrow(/must get worse/);
    expect(parseDirection("Lower is better")).toBe("lower");
    expect(parseDirection(undefined)).toBe("higher");
    expect(() => parseDirection("sideways")).toThrow(/not a direction/);
  });
});
