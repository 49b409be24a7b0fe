import { formulaNumber } from "../../src/plans/formula-number";

describe("formulaNumber", () => {
  it("writes numbers without an exponent, to the digit", () => {
    expect(formulaNumber(1e-9)).toBe("0.000000001");
    expect(formulaNumber(1e-12)).toBe("0.000000000001");
    expect(formulaNumber(1e6)).toBe("1000000");
    expect(formulaNumber(0.1)).toBe("0.1");
    expect(formulaNumber(-2.5)).toBe("-2.5");
    expect(formulaNumber(415_000_000_000)).toBe("415000000000");
    for (const n of [1e-9, 1e-12, 0.3, 123.456]) expect(Number(formulaNumber(n))).toBe(n);
  });

  it("refuses what no formula can hold", () => {
    expect(() => formulaNumber(NaN)).toThrow();
    expect(() => formulaNumber(Infinity)).toThrow();
  });
});
