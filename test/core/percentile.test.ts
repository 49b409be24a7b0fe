import fc from "fast-check";
import { MgaoError, orderStatisticsInPlace, percentile, percentilesInPlace } from "../../src/core";

/** PERCENTILE.INC worked from a sorted copy, the definition the selection must match. */
function reference(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

describe("percentile (linear interpolation, as Excel's PERCENTILE.INC)", () => {
  it("matches Excel's worked examples", () => {
    expect(percentile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(percentile([1, 3, 2, 4], 0.3)).toBeCloseTo(1.9, 12); // Microsoft's PERCENTILE.INC example
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([5, 1, 3], 0)).toBe(1);
    expect(percentile([5, 1, 3], 1)).toBe(5);
    expect(percentile([7], 0.95)).toBe(7);
  });

  it("leaves its input alone; percentilesInPlace reorders it", () => {
    const values = [3, 1, 2];
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it("agrees with sorting for any list, ties included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 3000 }),
        fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (values, ps) => {
          const sortedPs = [...ps].sort((a, b) => a - b);
          const got = percentilesInPlace(Float64Array.from(values), sortedPs);
          sortedPs.forEach((p, i) => expect(got[i]).toBe(reference(values, p)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds order statistics by selection on large inputs, including all-equal ones", () => {
    const values = Float64Array.from({ length: 100_001 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1);
    const sorted = Float64Array.from(values).sort();
    expect(orderStatisticsInPlace(Float64Array.from(values), [0, 5000, 5001, 50_000, 95_000, 95_001, 100_000])).toEqual(
      [0, 5000, 5001, 50_000, 95_000, 95_001, 100_000].map((k) => sorted[k]),
    );
    expect(percentilesInPlace(new Float64Array(10_000).fill(0.25), [0.05, 0.5, 0.95])).toEqual([0.25, 0.25, 0.25]);
  });

  it("refuses fractions outside 0-1, no values, and decreasing requests", () => {
    expect(() => percentile([1, 2], 1.5)).toThrow(MgaoError);
    expect(() => percentile([1, 2], 1.5)).toThrow("percentile: must be a fraction from 0 to 1 (got 1.5)");
    expect(() => percentile([], 0.5)).toThrow(/no values/);
    expect(() => percentilesInPlace(Float64Array.from([1, 2, 3, 4, 5]), [0.9, 0.1])).toThrow(/increasing order/);
    expect(() => orderStatisticsInPlace(Float64Array.from([1, 2]), [2])).toThrow(/increasing whole ranks below 2/);
  });
});
