/**
 * One rule, one home: the communication grid's formulas agree with the core on random grids,
 * evaluated in-process by HyperFormula: each announcement's week (or "Outside"), clash (with the
 * number sharing its day and audience) and overdue flag; each calendar week's start, end, count and
 * gap; and the settings' window start (the Monday of the as-of week when none is given), window end,
 * announcements in the window, clashes, gaps and overdue count. Dates crowd a few days around the
 * window's edges and the as-of day, so clashes, gaps and overdue ones are common; audiences are
 * typed with case and spaces that do not count; statuses include cancelled ones and blanks. Typed
 * afterwards: an announcement in a spare row, out of date order, and a time of day over the as-of day.
 *
 * Not compared: the text inputs the sheet only shows (message, channel, spokesperson, priority).
 */
import fc from "fast-check";
import {
  ANNOUNCEMENT_PRIORITIES,
  ANNOUNCEMENT_STATUSES,
  type GridAnnouncement,
  clashCounts,
  gapWeeks,
  isOverdueAnnouncement,
  mondayOf,
  weekOf,
  weekStarts,
  weeklyCounts,
} from "../../../src/core/communication-grid";
import { isoOf, serialOf } from "../../../src/core/dates";
import { type AnnouncementSpec, type CommunicationSpec, communicationLayout, communicationPlan, sortedAnnouncements } from "../../../src/plans/communication-plan";
import { errorCells, evaluatePlan } from "../../support/hyperformula-plan";

const SEED = 52;
/** The day TODAY() stands for: a Thursday, so the default window starts three days before it. */
const AS_OF = "2026-03-19";
const TODAY = serialOf(AS_OF);

/** The same few audiences as people type them: case, spaces at the ends and doubled inside; and none. */
const audience = fc.oneof(
  { arbitrary: fc.constantFrom("Residents", " residents", "RESIDENTS  "), weight: 4 },
  { arbitrary: fc.constantFrom("Media", "media ", "Health  workers", "health workers"), weight: 2 },
  { arbitrary: fc.constantFrom("", "   "), weight: 1 },
);

const announcement = (days: fc.Arbitrary<number>): fc.Arbitrary<AnnouncementSpec> =>
  fc
    .record({
      day: days,
      priority: fc.constantFrom(...ANNOUNCEMENT_PRIORITIES),
      audience,
      status: fc.option(fc.constantFrom(...ANNOUNCEMENT_STATUSES), { nil: undefined }),
    })
    .map(({ day, priority, audience: a, status }) => ({ date: isoOf(day), priority, message: "Message", audience: a, channel: "Radio", spokesperson: "Governor", status }));

const grid: fc.Arbitrary<CommunicationSpec> = fc
  .record({
    // Window start from three weeks before the as-of day to one after, or the default (the Monday of the as-of week).
    start: fc.option(fc.integer({ min: -21, max: 7 }), { nil: null }),
    weeks: fc.oneof(fc.constantFrom(1, 2, 52), fc.integer({ min: 1, max: 8 })),
    asOf: fc.option(fc.integer({ min: -10, max: 10 }), { nil: null }),
    blankRows: fc.integer({ min: 0, max: 2 }),
  })
  .chain(({ start, weeks, asOf, blankRows }) => {
    const first = start === null ? mondayOf(asOf === null ? TODAY : TODAY + asOf) : TODAY + start;
    const last = first + 7 * weeks - 1;
    // Few distinct days, so that announcements share them: the window's edges, the as-of day, and in between.
    const days = fc.oneof(
      { arbitrary: fc.constantFrom(first, TODAY), weight: 3 },
      { arbitrary: fc.constantFrom(first - 1, first + 6, first + 7, last, last + 1, TODAY - 1, TODAY + 1), weight: 3 },
      { arbitrary: fc.integer({ min: first - 10, max: Math.min(last, first + 70) + 10 }), weight: 1 },
    );
    return fc.integer({ min: 0, max: 10 }).chain((n) => fc.array(announcement(days), { minLength: n, maxLength: n })).map((announcements) => ({
      title: "Grid",
      county: "Kakamega",
      windowStart: start === null ? null : isoOf(TODAY + start),
      weeks,
      asOf: asOf === null ? null : isoOf(TODAY + asOf),
      announcements,
      blankRows,
    }));
  });

/**
 * Typed afterwards: an announcement in the first spare row, out of date order, maybe with no date or
 * no status; and a time of day over the as-of day, one time in four.
 */
const typedLater = fc.record({
  row: fc.option(fc.record({ day: fc.option(fc.integer({ min: -21, max: 21 }), { nil: null }), audience, status: fc.constantFrom("" as const, ...ANNOUNCEMENT_STATUSES) }), { nil: null }),
  time: fc.constantFrom(0, 0, 0, 0.75),
});

describe("the communication grid agrees with the core", () => {
  it("on random grids: weeks, clashes, overdue flags, the weekly calendar and its gaps", () => {
    fc.assert(
      fc.property(grid, typedLater, (spec, later) => {
        const L = communicationLayout(spec);
        const { col, row } = L;
        const sheet = evaluatePlan(communicationPlan(spec), { asOf: AS_OF });
        const id = sheet.engine.getSheetId(sheet.names.get("communication")!)!;
        const type = (r: number, c: number, v: string | number) => sheet.engine.setCellContents({ sheet: id, row: r, col: c }, v);
        const at = (r: number, c: number) => sheet.value("communication", r, c);
        const setting = (r: number) => at(r, col.setting);
        const asOf = (spec.asOf === null ? TODAY : serialOf(spec.asOf)) + later.time;
        const start = spec.windowStart === null ? mondayOf(asOf) : serialOf(spec.windowStart);
        // The rows as the sheet lists them: date order, then the spare rows, the first of them maybe typed in.
        const list: GridAnnouncement[] = sortedAnnouncements(spec).map((a) => ({ date: serialOf(a.date), audience: a.audience, status: a.status ?? "Planned" }));
        sheet.engine.batch(() => {
          if (later.time !== 0) type(row.asOf, col.setting, asOf);
          const spare = row.first + list.length;
          if (later.row && list.length < L.rows) {
            const { day, audience: a, status } = later.row;
            if (day !== null) type(spare, col.date, TODAY + day);
            if (a !== "") type(spare, col.audience, a);
            if (status !== "") type(spare, col.status, status);
            list.push({ date: day === null ? null : TODAY + day, audience: a, status });
          }
        });
        while (list.length < L.rows) list.push({ date: null, audience: "", status: "" });
        // No error value anywhere on the sheet.
        expect(errorCells(sheet)).toEqual([]);

        const clashes = clashCounts(list);
        const counts = weeklyCounts(list, start, spec.weeks);
        const gaps = gapWeeks(list, start, spec.weeks);
        const overdue = list.map((a) => isOverdueAnnouncement(a, asOf));
        expect(setting(row.windowStart)).toBe(start);
        expect(setting(row.windowEnd)).toBe(start + 7 * spec.weeks - 1);
        expect(setting(row.inWindow)).toBe(counts.reduce((a, b) => a + b, 0));
        expect(setting(row.clashes)).toBe(clashes.filter((n) => n > 1).length);
        expect(setting(row.gaps)).toBe(gaps.length);
        expect(setting(row.overdue)).toBe(overdue.filter(Boolean).length);

        list.forEach((a, i) => {
          const r = row.first + i;
          expect(at(r, col.date)).toBe(a.date ?? null);
          expect(at(r, col.week)).toBe(a.date === null ? "" : weekOf(a.date, start, spec.weeks));
          expect(at(r, col.clash)).toBe(clashes[i] > 1 ? `Clash (${clashes[i]})` : "");
          expect(at(r, col.overdue)).toBe(overdue[i] ? "Yes" : "");
        });
        weekStarts(start, spec.weeks).forEach((s, k) => {
          const r = row.firstWeek + k;
          expect([at(r, col.weekStart), at(r, col.weekEnd), at(r, col.weekCount)]).toEqual([s, s + 6, counts[k]]);
          expect(at(r, col.gap)).toBe(gaps.includes(k) ? "Gap" : "");
        });
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
