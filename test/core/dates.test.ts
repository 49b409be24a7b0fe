import { addMonths, isoOf, serialOf, serialOfDate } from "../../src/core/dates";

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

  it("reads a Date (as ExcelJS gives a file's dates) as the serial of its day, the same as its ISO date", () => {
    for (const iso of ["1900-03-01", "2025-10-31", "2026-02-28", "2099-12-31"]) expect(serialOfDate(new Date(`${iso}T00:00:00Z`))).toBe(serialOf(iso));
    // A time of day that reached the file a few milliseconds off still lands on its day.
    expect(serialOfDate(new Date(Date.UTC(2026, 0, 15) - 3))).toBe(serialOf("2026-01-15"));
  });
});
