import { describeCell, finiteResult, isBlank, normaliseKey, parseNumber, requireNumber, shortText } from "../../src/core/cells";

describe("isBlank", () => {
  it("is true for empty cells and text of spaces only", () => {
    expect([null, undefined, "", "   ", "\t"].map(isBlank)).toEqual([true, true, true, true, true]);
  });
  it("is false for zero, FALSE and any text", () => {
    expect([0, false, "0", " x "].map(isBlank)).toEqual([false, false, false, false]);
  });
});

describe("parseNumber", () => {
  it("reads numbers as they are, and numbers written as text", () => {
    expect(parseNumber(1208333)).toBe(1208333);
    expect(parseNumber(" 12.5 ")).toBe(12.5);
    expect(parseNumber("-3")).toBe(-3);
    expect(parseNumber(".5")).toBe(0.5);
    expect(parseNumber("5.")).toBe(5);
    expect(parseNumber("1e3")).toBe(1000);
  });

  it("reads thousands separators only where they group by three", () => {
    expect(parseNumber("1,208,333")).toBe(1208333);
    expect(parseNumber("8,267.1")).toBe(8267.1);
    expect(parseNumber("-1,000")).toBe(-1000);
    expect(parseNumber("1,2")).toBeUndefined();
    expect(parseNumber("12,34,567")).toBeUndefined();
  });

  it("reads a percentage as the fraction Excel would store for it", () => {
    expect(parseNumber("30%")).toBe(0.3);
    expect(parseNumber("12 %")).toBe(0.12);
    expect(parseNumber("1,000%")).toBe(10);
    // 35 × 0.01 is 0.35000000000000003; typed into Excel, 35% is 0.35.
    for (let p = 0; p <= 100; p++) expect(parseNumber(`${p}%`)).toBe(p / 100);
    expect(parseNumber("57.5%")).toBe(0.575);
  });

  it("reads nothing else: blanks, words, booleans, NaN, infinities", () => {
    for (const cell of [null, undefined, "", "  ", "many", "%", "30%%", "0x10", "Infinity", "1e400", true, false, NaN, Infinity, -Infinity]) {
      expect(parseNumber(cell)).toBeUndefined();
    }
  });
});

describe("shortText and describeCell", () => {
  it("cut long text to 30 characters, ending in dots", () => {
    const long = "A".repeat(40);
    expect(shortText(long)).toBe(`${"A".repeat(27)}...`);
    expect(shortText(long)).toHaveLength(30);
    expect(shortText("A".repeat(30))).toBe("A".repeat(30));
    expect(shortText("Kwale County", 8)).toBe("Kwale...");
  });

  it("describe a cell as a message shows it", () => {
    expect([null, "  ", true, false, 12.5].map((c) => describeCell(c))).toEqual(["blank", "blank", "TRUE", "FALSE", "12.5"]);
    expect(describeCell("many")).toBe('"many"');
    expect(describeCell("x".repeat(100))).toBe(`"${"x".repeat(27)}..."`);
  });
});

describe("requireNumber", () => {
  it("returns the number a cell holds", () => {
    expect(requireNumber("1,208,333", "data", "population for Mombasa")).toBe(1208333);
    expect(requireNumber(-5, "data", "x", { allowNegative: true })).toBe(-5);
    expect(requireNumber(40, "data", "x", { integer: true })).toBe(40);
  });

  it("says where a blank or text cell is, as #VALUE!", () => {
    expect(() => requireNumber("", "data", "population for Kwale (row 2)")).toThrow(
      expect.objectContaining({ kind: "#VALUE!", message: "data: population for Kwale (row 2) is blank" }),
    );
    expect(() => requireNumber("many", "data", "population for Lamu (row 3)")).toThrow('data: population for Lamu (row 3) is "many", not a number');
    expect(() => requireNumber(true, "x", "value 1")).toThrow("x: value 1 is TRUE, not a number");
  });

  it("refuses negative and fractional numbers unless allowed, as #NUM!", () => {
    expect(() => requireNumber(-5, "data", "population for Embu")).toThrow(expect.objectContaining({ kind: "#NUM!", message: "data: population for Embu is negative (-5)" }));
    expect(() => requireNumber(10.5, "data", "previous_allocation for A", { integer: true })).toThrow(
      expect.objectContaining({ kind: "#NUM!", message: "data: previous_allocation for A must be a whole number (10.5)" }),
    );
  });
});

describe("finiteResult", () => {
  it("passes finite results through", () => {
    expect(finiteResult(-1e308, "total", "the total")).toBe(-1e308);
  });
  it("turns an overflow or NaN into #NUM!, naming what was being computed", () => {
    expect(() => finiteResult(Infinity, "target", "the trajectory")).toThrow(
      expect.objectContaining({ kind: "#NUM!", argument: "target", problem: "the trajectory is too large to compute in double precision" }),
    );
    expect(() => finiteResult(NaN, "x", "y")).toThrow(expect.objectContaining({ kind: "#NUM!" }));
  });
});

describe("normaliseKey", () => {
  it("ignores case, spacing and punctuation", () => {
    expect(normaliseKey("  Land Area (km2) ")).toBe("land_area_km2");
    expect(normaliseKey("Third Adopted")).toBe(normaliseKey("third-adopted"));
    expect(normaliseKey("Elgeyo/Marakwet")).toBe("elgeyo_marakwet");
  });
  it("drops apostrophes instead of splitting on them", () => {
    expect(normaliseKey("Murang'a")).toBe("muranga");
    expect(normaliseKey("Murang’a")).toBe("muranga");
  });
  it("keeps only ASCII letters and digits", () => {
    expect(normaliseKey("--")).toBe("");
    expect(normaliseKey("Café 2")).toBe("caf_2");
  });
});
