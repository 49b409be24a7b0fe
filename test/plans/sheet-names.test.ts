import { resolveSheetRefs, uniqueSheetName, validSheetName } from "../../src/plans/sheet-names";

describe("sheet names", () => {
  it("makes names valid and unique", () => {
    expect(validSheetName("Q1/Q2: [draft]*?")).toBe("Q1 Q2 draft");
    expect(validSheetName("x".repeat(40))).toHaveLength(31);
    expect(uniqueSheetName("Prioritisation", ["prioritisation", "Prioritisation (2)"])).toBe("Prioritisation (3)");
    expect(uniqueSheetName("y".repeat(31), ["y".repeat(31)])).toBe("y".repeat(27) + " (2)");
    expect(resolveSheetRefs("SUM({sheet:data}!B2:B48)", new Map([["data", "County data (2)"]]))).toBe("SUM('County data (2)'!B2:B48)");
  });
});
