import {
  type GridAnnouncement,
  clashCounts,
  gapWeeks,
  isOverdueAnnouncement,
  mondayOf,
  weekOf,
  weekStarts,
  weeklyCounts,
} from "../../src/core/communication-grid";
import { serialOf } from "../../src/core/dates";

const start = serialOf("2026-03-02"); // a Monday
const a = (date: number | null, audience: string, status: GridAnnouncement["status"] = "Planned"): GridAnnouncement => ({ date, audience, status });

describe("clashes", () => {
  it("count announcements on one date for one audience, trimmed and case-blind", () => {
    const list = [a(start, "Residents"), a(start, " residents "), a(start, "Media"), a(start + 1, "Residents"), a(start, "RESIDENTS", "Done")];
    expect(clashCounts(list)).toEqual([3, 3, 1, 1, 3]);
  });

  it("leave out cancelled, undated and audience-less announcements", () => {
    const list = [a(start, "Youth"), a(start, "Youth", "Cancelled"), a(null, "Youth"), a(start, "  "), a(start, "")];
    expect(clashCounts(list)).toEqual([1, 0, 0, 0, 0]);
  });
});

describe("the weekly calendar", () => {
  const list = [a(start, "Residents"), a(start + 6, "Media"), a(start + 7, "Youth", "Cancelled"), a(start + 15, "MCAs"), a(start + 56, "Media"), a(start - 1, "Media")];

  it("starts a week every 7 days from the window start", () => {
    expect(weekStarts(start, 3)).toEqual([start, start + 7, start + 14]);
  });

  it("counts live announcements per week and names the gaps", () => {
    expect(weeklyCounts(list, start, 4)).toEqual([2, 0, 1, 0]);
    expect(gapWeeks(list, start, 4)).toEqual([1, 3]);
    expect(gapWeeks([], start, 2)).toEqual([0, 1]);
  });

  it("places a date in its week, or outside the window", () => {
    expect(weekOf(start, start, 8)).toBe(1);
    expect(weekOf(start + 6, start, 8)).toBe(1);
    expect(weekOf(start + 7, start, 8)).toBe(2);
    expect(weekOf(start + 55, start, 8)).toBe(8);
    expect(weekOf(start + 56, start, 8)).toBe("Outside");
    expect(weekOf(start - 1, start, 8)).toBe("Outside");
  });
});

describe("follow-up", () => {
  it("flags a dated announcement past the as-of day that is neither Done nor Cancelled", () => {
    const asOf = start + 10.4;
    expect([a(start + 9, "x"), a(start + 10, "x"), a(start + 9, "x", "Done"), a(start + 9, "x", "Cancelled"), a(start + 9, "x", "Approved"), a(null, "x")].map((x) => isOverdueAnnouncement(x, asOf))).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it("finds the Monday of a week as WEEKDAY(x,3) does", () => {
    expect(mondayOf(serialOf("2026-01-15"))).toBe(serialOf("2026-01-12"));
    expect(mondayOf(serialOf("2026-01-12"))).toBe(serialOf("2026-01-12"));
    expect(mondayOf(serialOf("2026-01-18") + 0.5)).toBe(serialOf("2026-01-12"));
  });
});
