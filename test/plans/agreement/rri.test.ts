/**
 * One rule, one home: the Rapid Results Initiative tracker's formulas agree with the core on random
 * initiatives, evaluated in-process by HyperFormula: the end date, the status line, the day of the
 * cycle, days left and time gone, progress and its bar, the activity counts, and each activity's Done,
 * Overdue and days-overdue cells. Launch and due dates fall around the as-of day (before the launch,
 * on day 1, day 100 and after the end; due yesterday, today and tomorrow); the as-of day is TODAY()
 * (fixed by the harness) or a typed date, now and then with a time of day typed over it afterwards.
 * Spare rows are sometimes filled in afterwards with a name that is blank to a formula, or not.
 *
 * Not compared: the text inputs the sheet only shows (brief, owners, start dates).
 */
import fc from "fast-check";
import { isoOf, serialOf } from "../../../src/core/dates";
import { RRI_ACTIVITY_STATUSES, type RriActivity, cycleClock, daysOverdue, isOverdue, progressBar, rriEnd, rriProgress, rriStatus } from "../../../src/core/rri-cycle";
import { type RriActivitySpec, type RriSpec, rriLayout, rriPlan } from "../../../src/plans/rri-plan";
import { errorCells, evaluatePlan } from "../../support/hyperformula-plan";

const SEED = 100;
/** The day TODAY() stands for. */
const AS_OF = "2026-03-16";
const TODAY = serialOf(AS_OF);

/** Days from the as-of day: on the edges of the cycle and of "overdue" as often as between them. */
const near = fc.oneof(fc.constantFrom(-100, -99, -98, -1, 0, 1, 2), fc.integer({ min: -130, max: 40 }));

/** Names with spaces at the ends, doubled inside or a no-break space; never blank: the spec refuses a blank name. */
const name = fc.constantFrom("Roofing", " Pay contractors ", "Hand  over", "\u00a0Survey", "x");

const activity: fc.Arbitrary<RriActivitySpec> = fc
  .record({
    name,
    due: fc.option(near, { nil: null }),
    lead: fc.integer({ min: 0, max: 30 }),
    hasStart: fc.boolean(),
    status: fc.option(fc.constantFrom(...RRI_ACTIVITY_STATUSES), { nil: undefined }),
  })
  .map(({ name: n, due, lead, hasStart, status }) => ({
    name: n,
    owner: "Owner",
    start: hasStart && due !== null ? isoOf(TODAY + due - lead) : null,
    due: due === null ? null : isoOf(TODAY + due),
    status,
  }));

const initiative: fc.Arbitrary<RriSpec> = fc
  .record({
    launch: fc.option(near, { nil: null }),
    asOf: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
    activities: fc.array(activity, { maxLength: 6 }),
    blankRows: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ launch, asOf, activities, blankRows }) => ({
    initiative: "Stalled ECDE classrooms",
    county: "Siaya",
    goal: "Open 12 classrooms",
    politicalLeader: "CECM",
    initiativeLeader: "CO",
    resultsLeader: "Director",
    team: "Team",
    launch: launch === null ? null : isoOf(TODAY + launch),
    asOf: asOf === null ? null : isoOf(TODAY + asOf),
    activities,
    blankRows,
  }));

/** Typed afterwards into the first spare row: a name blank to a formula ("   ") or one that is not (a no-break space), with a status or none. */
const typedLater = fc.option(fc.record({ name: fc.constantFrom("   ", "\u00a0", "Extra"), status: fc.constantFrom("" as const, ...RRI_ACTIVITY_STATUSES), due: near }), { nil: null });

/** A time of day typed over the as-of day, one time in four. */
const timeOfDay = fc.constantFrom(0, 0, 0, 0.75);

describe("the RRI tracker agrees with the core", () => {
  it("on random initiatives: clock, status, progress, counts and each activity's flags", () => {
    fc.assert(
      fc.property(initiative, typedLater, timeOfDay, (spec, later, time) => {
        const L = rriLayout(spec);
        const { col, row } = L;
        const sheet = evaluatePlan(rriPlan(spec), { asOf: AS_OF });
        const id = sheet.engine.getSheetId(sheet.names.get("rri")!)!;
        const type = (r: number, c: number, v: string | number) => sheet.engine.setCellContents({ sheet: id, row: r, col: c }, v);
        const asOf = (spec.asOf === null ? TODAY : serialOf(spec.asOf)) + time;
        const list: RriActivity[] = spec.activities.map((a) => ({ name: a.name, status: a.status ?? "Not started", due: a.due === null ? null : serialOf(a.due) }));
        const spare = spec.activities.length;
        sheet.engine.batch(() => {
          if (time !== 0) type(row.asOf, col.brief, asOf);
          if (later && spare < L.rows) {
            type(row.firstActivity + spare, col.name, later.name);
            if (later.status !== "") type(row.firstActivity + spare, col.status, later.status);
            type(row.firstActivity + spare, col.due, TODAY + later.due);
            list.push({ name: later.name, status: later.status, due: TODAY + later.due });
          }
        });
        const at = (r: number, c: number) => sheet.value("rri", r, c);
        const clockAt = (r: number) => at(r, col.clock);
        const launch = spec.launch === null ? null : serialOf(spec.launch);

        const progress = rriProgress(list);
        // No error value anywhere on the sheet.
        expect(errorCells(sheet)).toEqual([]);
        expect(at(row.end, col.brief)).toBe(launch === null ? "" : rriEnd(launch));
        expect(clockAt(row.status)).toBe(rriStatus(launch, asOf, progress));
        expect(clockAt(row.activities)).toBe(progress.activities);
        expect(clockAt(row.done)).toBe(progress.done);
        expect(clockAt(row.blocked)).toBe(progress.blocked);
        if (progress.progress === null) expect([clockAt(row.progress), clockAt(row.bar)]).toEqual(["", ""]);
        else {
          expect(clockAt(row.progress)).toBeCloseTo(progress.progress, 9);
          expect(clockAt(row.bar)).toBe(progressBar(progress.done, progress.activities));
        }
        if (launch === null) expect([clockAt(row.day), clockAt(row.daysLeft), clockAt(row.elapsed)]).toEqual(["", "", ""]);
        else {
          const clock = cycleClock(launch, asOf);
          expect([clockAt(row.day), clockAt(row.daysLeft)]).toEqual([clock.day, clock.daysLeft]);
          expect(clockAt(row.elapsed)).toBeCloseTo(clock.elapsed, 9);
        }
        expect(clockAt(row.overdue)).toBe(list.filter((a) => isOverdue(a, asOf)).length);

        // Each row: the listed activities, the one typed later, and the spare rows left blank.
        for (let i = 0; i < L.rows; i++) {
          const a: RriActivity = list[i] ?? { name: "", status: "", due: null };
          const r = row.firstActivity + i;
          const named = rriProgress([a]).activities === 1;
          expect(at(r, col.done)).toBe(named ? (a.status === "Done" ? 1 : 0) : "");
          expect(at(r, col.overdue)).toBe(isOverdue(a, asOf) ? "Yes" : "");
          expect(at(r, col.daysOverdue)).toBe(daysOverdue(a, asOf) ?? "");
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
