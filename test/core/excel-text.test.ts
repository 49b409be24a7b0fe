import { excelTrim, isBlankText, textKey } from "../../src/core/excel-text";

describe("text as formulas compare it", () => {
  it("trims spaces as TRIM does: ends removed, inner runs collapsed, other whitespace kept", () => {
    expect(excelTrim("  Ward   reps  ")).toBe("Ward reps");
    expect(excelTrim("\tYouth\u00a0")).toBe("\tYouth\u00a0");
  });
  it("reads blank as LEN(TRIM(x))=0", () => {
    expect(isBlankText("   ")).toBe(true);
    expect(isBlankText(null)).toBe(true);
    expect(isBlankText(" x ")).toBe(false);
  });
  it("keys texts as UPPER(TRIM(x))", () => {
    expect(textKey(" youth  groups ")).toBe(textKey("YOUTH groups"));
    expect(textKey("Youth")).not.toBe(textKey("Youth groups"));
  });
});
