import fc from "fast-check";
import { DEFAULT_SPREAD_THRESHOLD, SPREAD_SLACK, disagrees, panelMean, panelResult, panelSpread } from "../../src/core/panel-scores";

describe("panel scores", () => {
  it("averages the scores given, leaving blanks out, and gives null when none is given", () => {
    expect(panelMean([4, null, 5, 3])).toBe(4);
    expect(panelMean([2, undefined])).toBe(2);
    expect(panelMean([null, null])).toBeNull();
    expect(panelMean([])).toBeNull();
  });

  it("spreads from lowest to highest, null with fewer than two scores", () => {
    expect(panelSpread([4, null, 1, 3])).toBe(3);
    expect(panelSpread([3, 3])).toBe(0);
    expect(panelSpread([5, null])).toBeNull();
  });

  it("flags a spread at or above the threshold, a hair under it included, and never no spread", () => {
    expect(DEFAULT_SPREAD_THRESHOLD).toBe(2);
    expect(disagrees(2)).toBe(true);
    expect(disagrees(4.2 - 2.2)).toBe(true);
    expect(disagrees(1.5)).toBe(false);
    expect(disagrees(3, 4)).toBe(false);
    expect(disagrees(null, 0)).toBe(false);
    expect(disagrees(2 - 10 * SPREAD_SLACK)).toBe(false);
  });

  it("gives a project's means per criterion and its largest spread over the criteria", () => {
    // Three scorers, two criteria: the second criterion splits the room 1 to 5.
    const result = panelResult([[4, 1], [4, 5], [null, 3]], 2);
    expect(result).toEqual({ means: [4, 3], spreads: [0, 4], spread: 4 });
    expect(panelResult([[3, null], [null, null]], 2)).toEqual({ means: [3, null], spreads: [null, null], spread: null });
  });

  it("keeps every mean between the lowest and highest score, and the spread zero exactly when all agree", () => {
    const scores = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(scores, (xs) => {
        const known = xs.filter((x): x is number => x !== null);
        const mean = panelMean(xs);
        const spread = panelSpread(xs);
        if (known.length === 0) return mean === null && spread === null;
        expect(mean!).toBeGreaterThanOrEqual(Math.min(...known) - 1e-12);
        expect(mean!).toBeLessThanOrEqual(Math.max(...known) + 1e-12);
        if (known.length < 2) return spread === null;
        return (spread === 0) === known.every((x) => x === known[0]) && disagrees(spread, DEFAULT_SPREAD_THRESHOLD) === spread! >= 2;
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
