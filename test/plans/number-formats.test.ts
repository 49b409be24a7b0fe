import { decimalsOf, measureFormatFor, quantityFormat, quantityFormatFor } from "../../src/plans/number-formats";

describe("number formats for quantities", () => {
  it("uses the fewest decimals that show each number as it is", () => {
    expect(decimalsOf(20)).toBe(0);
    expect(decimalsOf(12.5)).toBe(1);
    expect(decimalsOf(12.25)).toBe(2);
    expect(decimalsOf(1 / 3)).toBe(2);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
    expect(decimalsOf(47_564_296)).toBe(0);
  });

  it("fixes a column's decimals from its most precise number, never leaving a bare point", () => {
    expect(quantityFormat([20, 100, null, "n/a"])).toBe("#,##0");
    expect(quantityFormat([20, 12.5])).toBe("#,##0.0");
    expect(quantityFormat([20, 12.25, 3.1])).toBe("#,##0.00");
    expect(quantityFormat([])).toBe("#,##0");
    expect(quantityFormatFor(3)).toBe("#,##0.000");
    for (const format of [quantityFormat([1]), quantityFormat([1.5]), quantityFormat([1.25])]) expect(format).not.toMatch(/\.#|\.$/);
  });
});

describe("measure formats by unit", () => {
  it("shows a percentage unit's fractions as percentages, and leaves whole percentages as numbers", () => {
    expect(measureFormatFor("%", [0, 0.55, 1])).toBe("0%");
    expect(measureFormatFor("percent", [0.125, 0.9])).toBe("0.0%");
    expect(measureFormatFor("%", [45, 100])).toBe("#,##0");
    expect(measureFormatFor("households", [0.5, 1])).toBe("#,##0.0");
    expect(measureFormatFor(undefined, [20])).toBe("#,##0");
  });
});
