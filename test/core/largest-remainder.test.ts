import fc from "fast-check";
import { MAX_TOTAL, largestRemainder } from "../../src/core/largest-remainder";
import { compareRationals, rationalMinus, toRational } from "../support/rationals";

describe("largestRemainder", () => {
  it("gives the leftover shillings to the largest fractions, ties by name", () => {
    expect(largestRemainder([21 + 2 / 3, 26 + 2 / 3, 51 + 2 / 3], 100, ["A", "B", "C"])).toEqual([22, 27, 51]);
    expect(largestRemainder([1.2, 1.9, 0.9], 4, ["x", "y", "z"])).toEqual([1, 2, 1]);
  });
  it("accepts only whole, non-negative totals", () => {
    expect(() => largestRemainder([1], 1.5, ["A"])).toThrow(expect.objectContaining({ kind: "#NUM!", argument: "total" }));
  });

  it("breaks a tie by name, not by row, so reordering the counties changes nothing", () => {
    expect(largestRemainder([0.5, 0.5], 1, ["Lamu", "Kwale"])).toEqual([0, 1]);
    expect(largestRemainder([0.5, 0.5], 1, ["Kwale", "Lamu"])).toEqual([1, 0]);
  });

  it("leaves amounts that are already whole as they are", () => {
    expect(largestRemainder([40, 45, 65], 150, ["A", "B", "C"])).toEqual([40, 45, 65]);
    expect(largestRemainder([0, 0], 0, ["A", "B"])).toEqual([0, 0]);
  });

  it("counts a negative amount (a rounding error below zero) as zero", () => {
    expect(largestRemainder([-1e-9, 3 + 1e-9], 3, ["A", "B"])).toEqual([0, 3]);
  });

  it("stays exact up to MAX_TOTAL, KES 10^15", () => {
    expect(MAX_TOTAL).toBe(1e15);
    // 5 × 10^14 ± 0.5 are exact doubles; the tie goes to A.
    expect(largestRemainder([5e14 + 0.5, 5e14 - 0.5], MAX_TOTAL, ["A", "B"])).toEqual([5e14 + 1, 5e14 - 1]);
  });

  it("names a total it cannot use", () => {
    for (const total of [-1, 1.5, NaN, Infinity, MAX_TOTAL + 1]) {
      expect(() => largestRemainder([1], total, ["A"])).toThrow(
        expect.objectContaining({ kind: "#NUM!", argument: "total", problem: `must be a whole number of shillings from 0 to 1e+15 (got ${total})` }),
      );
    }
  });

  it("refuses amounts that do not add up to about the total, rather than round them to it", () => {
    expect(() => largestRemainder([10, 20], 100, ["A", "B"])).toThrow(expect.objectContaining({ kind: "#NUM!", problem: "amounts add up to 30, too far from 100 to round" }));
    expect(() => largestRemainder([60, 50], 100, ["A", "B"])).toThrow("total: amounts add up to 110, too far from 100 to round");
  });

  it("rounds no amounts only to a total of zero", () => {
    expect(largestRemainder([], 0, [])).toEqual([]);
    // There is no county to give the shilling to; it must not vanish.
    expect(() => largestRemainder([], 1, [])).toThrow("total: amounts add up to 0, too far from 1 to round");
  });

  it("each amount is its floor or one more, the shillings left go to the largest remainders (ties by name), the sum is the total (checked in exact rational arithmetic)", () => {
    const amounts = fc.array(fc.double({ min: 0, max: 1e13, noNaN: true }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(amounts, fc.integer({ min: 0, max: 61 }), (exact, extra) => {
        // A total the amounts can be rounded to: the sum of their floors, plus up to n + 1 shillings.
        const floors = exact.map((x) => BigInt(Math.floor(x)));
        const total = Number(floors.reduce((a, b) => a + b, 0n)) + Math.min(extra, exact.length + 1);
        const names = exact.map((_, i) => `County ${String(i).padStart(2, "0")}`);
        const whole = largestRemainder(exact, total, names);
        expect(whole.reduce((a, b) => a + BigInt(b), 0n)).toBe(BigInt(total));
        const up = whole.map((w, i) => BigInt(w) - floors[i]);
        for (const u of up) expect(u === 0n || u === 1n || (u === 2n && extra > exact.length)).toBe(true);
        // Remainders as exact rationals: no county left down has a larger remainder than one rounded up.
        const remainder = exact.map((x, i) => rationalMinus(toRational(x), floors[i]));
        for (let i = 0; i < exact.length; i++) {
          for (let j = 0; j < exact.length; j++) {
            if (up[i] > up[j]) {
              const c = compareRationals(remainder[i], remainder[j]);
              expect(c > 0 || (c === 0 && names[i] < names[j])).toBe(true);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
