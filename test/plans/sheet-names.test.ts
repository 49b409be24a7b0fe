import fc from "fast-check";
import { MAX_SHEET_NAME, RESERVED_SHEET_NAMES, assignSheetNames, cutToUnits, resolveSheetRefs, uniqueSheetName, validSheetName } from "../../src/plans/sheet-names";

/** Excel's own rules for a sheet name, written out independently of the code under test. */
function excelRefusal(name: string): string | null {
  if (name.length === 0) return "blank";
  if (name.length > MAX_SHEET_NAME) return "longer than 31";
  if (/[[\]:*?/\\]/.test(name)) return "forbidden character";
  if (name.startsWith("'") || name.endsWith("'")) return "edge apostrophe";
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name)) return "half a surrogate pair";
  if (RESERVED_SHEET_NAMES.some((r) => r.toLowerCase() === name.toLowerCase())) return "reserved";
  return null;
}

describe("sheet names", () => {
  it("makes names valid and unique", () => {
    expect(validSheetName("Q1/Q2: [draft]*?")).toBe("Q1 Q2 draft");
    expect(validSheetName("x".repeat(40))).toHaveLength(31);
    expect(uniqueSheetName("Prioritisation", ["prioritisation", "Prioritisation (2)"])).toBe("Prioritisation (3)");
    expect(uniqueSheetName("y".repeat(31), ["y".repeat(31)])).toBe("y".repeat(27) + " (2)");
    expect(resolveSheetRefs("SUM({sheet:data}!B2:B48)", new Map([["data", "County data (2)"]]))).toBe("SUM('County data (2)'!B2:B48)");
  });

  it("cuts first and trims after, so a cut on an apostrophe leaves none at the edge", () => {
    expect(validSheetName("RRI Community Health Promoters' stipends")).toBe("RRI Community Health Promoters");
    expect(validSheetName("'quoted'")).toBe("quoted");
    expect(validSheetName(" ' ")).toBe("Sheet");
  });

  it("renames History, which Excel keeps for itself, in any case", () => {
    expect(validSheetName("History")).toBe("History (2)");
    expect(uniqueSheetName("history", [])).toBe("history (2)");
    expect(assignSheetNames({ sheets: [{ key: "a", name: "HISTORY" }, { key: "b", name: "History" }] })).toEqual(
      new Map([
        ["a", "HISTORY (2)"],
        ["b", "History (3)"],
      ]),
    );
  });

  it("never splits a surrogate pair", () => {
    const emoji = "\u{1F4CA}"; // two UTF-16 units
    expect(cutToUnits("a".repeat(30) + emoji, 31)).toBe("a".repeat(30));
    expect(validSheetName("a".repeat(30) + emoji + "b")).toBe("a".repeat(30));
    expect(uniqueSheetName("a".repeat(26) + emoji + "bbb", ["a".repeat(26) + emoji + "bbb"])).toBe("a".repeat(26) + " (2)");
    expect(validSheetName("x\ud800y")).toBe("xy");
  });

  it("gives every Unicode name a valid, unused name (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.array(fc.string({ unit: "grapheme", maxLength: 40 }), { maxLength: 5 }), (wanted, existing) => {
        const name = uniqueSheetName(wanted, existing);
        expect(excelRefusal(name)).toBeNull();
        expect(existing.map((e) => e.toLowerCase())).not.toContain(name.toLowerCase());
      }),
      { seed: 13, numRuns: 2000 },
    );
  });
});
