import { xlsxFileName } from "../../src/plans/file-name";

describe("xlsxFileName", () => {
  it("keeps a readable title, turning characters file systems refuse into dashes", () => {
    expect(xlsxFileName("Kisumu FY2026/27 candidate projects")).toBe("Kisumu FY2026-27 candidate projects.xlsx");
    expect(xlsxFileName('Roads: "phase 2" <draft>?')).toBe("Roads- -phase 2- -draft.xlsx");
  });
  it("falls back when nothing usable is left, and never starts or ends with a dot or dash", () => {
    expect(xlsxFileName("  ")).toBe("Mgao.xlsx");
    expect(xlsxFileName("...")).toBe("Mgao.xlsx");
    expect(xlsxFileName("..\\..\\etc")).toBe("etc.xlsx");
    expect(xlsxFileName("Plan.")).toBe("Plan.xlsx");
    expect(xlsxFileName("a\tb\nc")).toBe("a b c.xlsx");
  });
  it("cuts very long titles", () => {
    expect(xlsxFileName("x".repeat(500))).toBe(`${"x".repeat(120)}.xlsx`);
  });
});
