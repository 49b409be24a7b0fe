import { DEFAULT_CRITERIA_SET, QUADRANT_SLACK, SCORE_DECIMALS, axisScore, cumulativeCost, quadrant, ranks, weightedScore } from "../../src/core";

describe("prioritisation", () => {
  it("default criteria come from the delivery framework and weigh 100%", () => {
    expect(DEFAULT_CRITERIA_SET.map((c) => c.name)).toEqual(["Impact on citizens", "Alignment with CIDP/ADP", "Feasibility and readiness", "Cost and value for money", "Urgency"]);
    expect(DEFAULT_CRITERIA_SET.reduce((a, c) => a + c.weight, 0)).toBeCloseTo(1, 12);
  });

  it("weights scores without rescaling", () => {
    expect(weightedScore([5, 3], [0.6, 0.4])).toBeCloseTo(4.2, 12);
    expect(weightedScore([5, 3], [0.5, 0.4])).toBeCloseTo(3.7, 12);
  });

  it("averages impact and feasibility criteria by weight", () => {
    // impact: (0.3×5 + 0.2×4 + 0.15×2)/0.65; feasibility: (0.2×3 + 0.15×1)/0.35
    expect(axisScore([5, 4, 3, 1, 2], DEFAULT_CRITERIA_SET, "impact")).toBeCloseTo((1.5 + 0.8 + 0.3) / 0.65, 12);
    expect(axisScore([5, 4, 3, 1, 2], DEFAULT_CRITERIA_SET, "feasibility")).toBeCloseTo((0.6 + 0.15) / 0.35, 12);
  });

  it("places projects in quadrants, the threshold counting as high", () => {
    expect(quadrant(4, 4)).toBe("Quick win");
    expect(quadrant(4, 2)).toBe("Major project");
    expect(quadrant(2, 3)).toBe("Fill-in");
    expect(quadrant(2.9, 2.9)).toBe("Reconsider");
    expect(quadrant(2.9, 2.9, 2.5)).toBe("Quick win");
  });

  it("ranks like RANK.EQ and accumulates cost in rank order, ties in list order", () => {
    const r = ranks([3.5, 4.2, 3.5, 1]);
    expect(r).toEqual([2, 1, 2, 4]);
    expect(cumulativeCost(r, [10, 20, 30, 40])).toEqual([30, 20, 60, 100]);
  });
});

describe("agreement with the sheet's arithmetic", () => {
  it("rounds weighted scores to SCORE_DECIMALS, so exact ties stay ties however the products are summed", () => {
    expect(SCORE_DECIMALS).toBe(9);
    const a = weightedScore([3, 3, 3, 3], [0.58005, 0.21, 0.08, 0.13]);
    const b = weightedScore([3, 2, 4, 4], [0.58005, 0.21, 0.08, 0.13]);
    expect(a).toBe(b);
    expect(ranks([a, b])).toEqual([1, 1]);
    expect(weightedScore([1, 2], [0.3333333333333, 0.6666666666667])).toBe(1.666666667);
  });

  it("counts an axis score a hair under the threshold as at it (QUADRANT_SLACK)", () => {
    expect(quadrant(3 - 4e-16, 3 - 4e-16, 3)).toBe("Quick win");
    expect(quadrant(3 - 2 * QUADRANT_SLACK, 3, 3)).toBe("Fill-in");
  });
});
