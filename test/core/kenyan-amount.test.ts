import { AMOUNT_EXAMPLES, readAmount } from "../../src/core/kenyan-amount";

const value = (text: string) => {
  const r = readAmount(text);
  return "value" in r ? r.value : r.problem;
};

describe("amounts as written in Kenya", () => {
  it("reads plain, grouped, currency-marked and /= amounts", () => {
    expect(["45000000", "45,000,000", "KES 45,000,000", "Ksh 45,000,000", "KShs. 45,000,000", "kshs45000000", "45,000,000/=", "KES 45,000,000/=", "45,000,000/-", "45,000,000 KES"].map(value)).toEqual(
      Array.from({ length: 10 }, () => 45_000_000),
    );
    expect(value("1,200.50")).toBe(1200.5);
    expect(value(" 0 ")).toBe(0);
  });

  it("reads k, m, bn and the words exactly, with no float dust", () => {
    expect(value("45k")).toBe(45_000);
    expect(value("45m")).toBe(45_000_000);
    expect(value("45 M")).toBe(45_000_000);
    expect(value("45 million")).toBe(45_000_000);
    expect(value("4.5bn")).toBe(4_500_000_000);
    expect(value("KES 4.5bn")).toBe(4_500_000_000);
    expect(value("1.1m")).toBe(1_100_000); // 1.1 * 1e6 is 1100000.0000000002
    expect(value("0.3bn")).toBe(300_000_000);
    expect(value("2.675k")).toBe(2675);
    expect(value("415 billion")).toBe(415_000_000_000);
    expect(value("12.5 thousand")).toBe(12_500);
  });

  it("keeps a minus sign for the caller's own check", () => {
    expect(value("-5,000,000")).toBe(-5_000_000);
    expect(value("-KES 2m")).toBe(-2_000_000);
  });

  it("refuses what it cannot read exactly, saying what to type", () => {
    expect(value("45,00,000")).toBe(`"45,00,000" has commas out of place (they go between groups of three digits): type shillings as ${AMOUNT_EXAMPLES}`);
    expect(value("lots")).toBe(`"lots" is not an amount: type shillings as ${AMOUNT_EXAMPLES}`);
    expect(value("45 lakh")).toMatch(/^"45 lakh" has "lakh" after the number, which is not k, m, bn/);
    expect(value("1.00001k")).toBe(1000.01);
    expect(value("1.000001k")).toMatch(/fractions of a cent/);
    expect(value("9,999,999,999,999,999")).toMatch(/too large/);
    expect(value("")).toBe(`type shillings as ${AMOUNT_EXAMPLES}`);
    expect(value("KES")).toMatch(/is not an amount/);
    expect(value("45,000, 000")).toMatch(/is not an amount|out of place/);
  });
});
