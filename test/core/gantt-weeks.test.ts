import fc from "fast-check";
import { isoOf, serialOf } from "../../src/core/dates";
import { DAYS_PER_WEEK, MAX_LAB_WEEKS, activityWeeks, isLateDependency, labWeeks, lateDependencies, parseDependencies, runsInWeek, weekOf } from "../../src/core/gantt-weeks";

const s = (iso: string) => serialOf(iso);

describe("the week of a date, counted from the lab's start", () => {
  it("is 1 from the start day to six days after, 2 on the seventh", () => {
    const start = s("2026-03-02");
    expect([0, 6, 7, 13, 14].map((d) => weekOf(start + d, start))).toEqual([1, 1, 2, 2, 3]);
  });

  it("runs on across the end of a month, a leap February and a year", () => {
    expect(weekOf(s("2026-02-01"), s("2026-01-26"))).toBe(1);
    expect(weekOf(s("2026-02-02"), s("2026-01-26"))).toBe(2);
    expect(weekOf(s("2028-03-01"), s("2028-02-23"))).toBe(2); // 29 February lies between
    expect(weekOf(s("2027-01-01"), s("2026-12-28"))).toBe(1);
    expect(weekOf(s("2027-01-04"), s("2026-12-28"))).toBe(2);
    expect(weekOf(s("2027-06-28"), s("2026-12-28"))).toBe(27);
  });

  it("is 0 or less before the start, and ignores a time of day", () => {
    const start = s("2026-07-01");
    expect(weekOf(start - 1, start)).toBe(0);
    expect(weekOf(start - 7, start)).toBe(0);
    expect(weekOf(start - 8, start)).toBe(-1);
    expect(weekOf(start + 6.9, start)).toBe(1);
  });

  it("agrees with counting days one by one, from any start to any date (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: s("2000-01-01"), max: s("2099-01-01") }), fc.integer({ min: -400, max: 400 }), (start, days) => {
        const date = start + days;
        const week = weekOf(date, start);
        // The week's first day is on or before the date, and the next week's first day after it.
        expect(start + (week - 1) * DAYS_PER_WEEK).toBeLessThanOrEqual(date);
        expect(start + week * DAYS_PER_WEEK).toBeGreaterThan(date);
        // Calendar dates, not serials, give the same week.
        const calendar = (Date.UTC(+isoOf(date).slice(0, 4), +isoOf(date).slice(5, 7) - 1, +isoOf(date).slice(8)) - Date.UTC(+isoOf(start).slice(0, 4), +isoOf(start).slice(5, 7) - 1, +isoOf(start).slice(8))) / 86_400_000;
        expect(week).toBe(Math.floor(calendar / 7) + 1);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe("an activity's weeks", () => {
  it("run from its start's week to its end's week, both included", () => {
    const weeks = activityWeeks({ start: s("2026-12-21"), end: s("2027-01-05") }, s("2026-12-07"));
    expect(weeks).toEqual({ first: 3, last: 5 });
    expect([2, 3, 4, 5, 6].map((w) => runsInWeek(weeks, w))).toEqual([false, true, true, true, false]);
  });

  it("set how many weeks the lab draws: to the last end, from 1 to 52", () => {
    const start = s("2026-01-05");
    expect(labWeeks([], start)).toBe(1);
    expect(labWeeks([start + 20, start + 3], start)).toBe(3);
    expect(labWeeks([start + 1000], start)).toBe(MAX_LAB_WEEKS);
  });
});

describe("late dependencies", () => {
  it("are those finishing on or after the day their dependant starts", () => {
    expect(isLateDependency(s("2026-03-10"), s("2026-03-11"))).toBe(false);
    expect(isLateDependency(s("2026-03-11"), s("2026-03-11"))).toBe(true);
    expect(isLateDependency(s("2027-01-02"), s("2026-12-31"))).toBe(true);
  });

  it("are read from entries such as '1, 3', '2;4' or '1 2'", () => {
    expect(parseDependencies("1, 3")).toEqual([1, 3]);
    expect(parseDependencies("2;4")).toEqual([2, 4]);
    expect(parseDependencies(" 1 2 ")).toEqual([1, 2]);
    expect(parseDependencies("")).toEqual([]);
  });

  it("are found per activity, ignoring missing dates and numbers that name no activity", () => {
    const list = [
      { start: s("2026-01-05"), end: s("2026-01-16"), dependsOn: [] },
      { start: s("2026-01-19"), end: s("2026-02-13"), dependsOn: [1] },
      { start: s("2026-02-10"), end: s("2026-03-06"), dependsOn: [1, 2, 9] },
      { start: null, end: null, dependsOn: [2] },
      { start: s("2026-03-02"), end: null, dependsOn: [3, 4] },
    ];
    expect(lateDependencies(list)).toEqual([[], [], [2], [], [3]]);
  });
});
