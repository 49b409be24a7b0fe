import fc from "fast-check";
import { FUNDED_WORD, resourcingGap, resourcingWord, shillings } from "../../src/core/resourcing-gap";

describe("the resourcing gap", () => {
  it("is the money available less the activities' budgets, blank budgets counting 0", () => {
    expect(resourcingGap([1_200_000, null, 800_000], 2_500_000)).toEqual({ budgeted: 2_000_000, available: 2_500_000, gap: 500_000, word: FUNDED_WORD });
    expect(resourcingGap([], 0)).toEqual({ budgeted: 0, available: 0, gap: 0, word: "Funded" });
  });

  it("says how much is short, in shillings with thousands separated", () => {
    expect(resourcingGap([45_000_000, 5_250_001], 50_000_000).word).toBe("Short by KES 250,001");
    expect(resourcingWord(-1)).toBe("Short by KES 1");
    expect(shillings(1_234_567_890)).toBe("1,234,567,890");
  });

  it("is exact to the shilling on budgets of any size (property, against whole-number arithmetic)", () => {
    const amount = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 2_000_000_000 }), fc.constantFrom(999_999_999_999, 1));
    fc.assert(
      fc.property(fc.array(fc.option(amount, { nil: null }), { maxLength: 60 }), amount, (budgets, available) => {
        const { budgeted, gap, word } = resourcingGap(budgets, available);
        const exact = budgets.reduce((t, b) => t + BigInt(b ?? 0), 0n);
        expect(BigInt(budgeted)).toBe(exact);
        expect(BigInt(gap)).toBe(BigInt(available) - exact);
        expect(word).toBe(gap >= 0 ? "Funded" : `Short by KES ${(exact - BigInt(available)).toLocaleString("en-US")}`);
      }),
      { seed: 2026, numRuns: 500 },
    );
  });

  it("refuses cents, negative amounts and totals past exact arithmetic, naming them", () => {
    expect(() => resourcingGap([10.5], 100)).toThrow(/budget 1: must be whole shillings/);
    expect(() => resourcingGap([10], -1)).toThrow(/available: must be whole shillings/);
    expect(() => resourcingGap([Number.MAX_SAFE_INTEGER, 1], 0)).toThrow(/budgets: add up to more than 2\^53/);
  });
});
