import { addMonths, isoOf, serialOf } from "../../src/core/dates";

describe("spreadsheet date serials", () => {
  it("match Excel's serials", () => {
    expect(serialOf("1900-03-01")).toBe(61);
    expect(serialOf("2026-01-15")).toBe(46037);
    expect(isoOf(46037)).toBe("2026-01-15");
  });
  it("round-trip every day across leap years", () => {
    for (let s = serialOf("2023-12-25"); s < serialOf("2025-01-10"); s++) expect(serialOf(isoOf(s))).toBe(s);
  });
  it("step to the first of later months", () => {
    expect(isoOf(addMonths(serialOf("2026-01-31"), 1))).toBe("2026-02-01");
    expect(isoOf(addMonths(serialOf("2026-11-15"), 3))).toBe("2027-02-01");
  });
  it("refuse what is not a date, naming the argument", () => {
    expect(() => serialOf("2026-02-30", "launch")).toThrow('launch: "2026-02-30" is not a date written as YYYY-MM-DD');
    expect(() => serialOf("15/01/2026")).toThrow("not a date");
  });
});
