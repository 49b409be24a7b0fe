import { sum } from "../../src/core/sum";

describe("sum", () => {
  it("does not depend on order", () => {
    const v = [0.1, 1e16, 0.2, -1e16, 0.3];
    expect(sum(v)).toBe(sum([...v].reverse()));
    expect(sum(v)).toBeCloseTo(0.6, 12);
  });

  it("keeps small values that a plain running total loses", () => {
    // 1 + 1e100 + 1 − 1e100 is 0 added left to right.
    expect([1, 1e100, 1, -1e100].reduce((a, b) => a + b, 0)).toBe(0);
    expect(sum([1, 1e100, 1, -1e100])).toBe(2);
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
  });

  it("is 0 for no values and takes typed arrays", () => {
    expect(sum([])).toBe(0);
    expect(sum(Float64Array.of(1.5, 2.5))).toBe(4);
  });

  it("returns an overflow as it is, for callers to check", () => {
    expect(sum([1e308, 1e308])).toBe(Infinity);
    expect(sum([-1e308, -1e308])).toBe(-Infinity);
    // Sorted first, the large values cancel before they can overflow.
    expect(sum([1e308, 1e308, -1e308])).toBe(1e308);
  });
});
