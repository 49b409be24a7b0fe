/**
 * One rule, one home: the delivery workbook's formulas agree with the core on random delivery plans,
 * evaluated in-process by HyperFormula. Per priority: the planned trajectory, period by period; on
 * the Stocktake, the latest period with an actual (gaps allowed), the actual and planned then, the
 * variance, progress against plan, the suggested judgement, the judgement after the analyst's
 * override, and why there is no suggestion (no actual yet, only when no period has one; no planned
 * value; or the core's refusal of a planned 0 without a baseline, in its words); the Summary's
 * judgement counts, its count of priorities with no actual and its rows; and the project completion
 * rate, or the core's refusal of the counts in its words.
 *
 * Specs: monthly and quarterly plans of 1 to 24 periods; tolerances of 0 and 100% and in between;
 * baselines missing, equal to the target, below it and above it (lower is better); actuals with gaps
 * that land on the bands' edges as often as between them. Typed afterwards in the sheet, as an analyst
 * would: a planned value over the straight line (the baseline itself, or 0 where there is no baseline)
 * and the projects planned and completed: more completed than planned, negative or fractional among them.
 *
 * On the Problem solving sheet, per issue: its priority's judgement, the days its next action is
 * overdue, and the level the escalation rule proposes (levels, due dates and the rule's days drawn at
 * random, straddling the allowance); nothing proposed in the spare rows; and the Summary's "For the
 * Governor" list, oldest first.
 *
 * Not compared, as the core does not compute them: dates (the trajectory's, the target date), the
 * overdue flags of milestones and issues and the Summary's counts of them and of open issues, and the
 * wording of the Why column's progress sentence. A tolerance outside 0 to 100% is refused by the
 * sheet's data validation, which HyperFormula does not model, so none is typed.
 */
import fc from "fast-check";
import { completionRate } from "../../../src/core/completion-rate";
import { isoOf, serialOf } from "../../../src/core/dates";
import { JUDGEMENTS, type Judgement, NO_JUDGEMENT_TEXT, progressRatio, suggestJudgement } from "../../../src/core/delivery-judgement";
import { MgaoError } from "../../../src/core/errors";
import { DEFAULT_OVERDUE_DAYS, ESCALATION_LEVELS, daysOverdue, proposeLevel } from "../../../src/core/escalation";
import { latestPeriod, plannedTrajectory } from "../../../src/core/trajectory";
import { type DeliveryPrioritySpec, type DeliverySpec, FREQUENCIES, ISSUE_STATUSES, MILESTONE_STATUSES, deliveryLayout, deliveryPlan } from "../../../src/plans/delivery-plan";
import { errorCells, evaluatePlan } from "../../support/hyperformula-plan";

const SEED = 2526;
/** The day TODAY() stands for. */
const AS_OF = "2025-11-20";
const TODAY = serialOf(AS_OF);

const outcome = <T>(f: () => T): T | MgaoError => {
  try {
    return f();
  } catch (error) {
    if (error instanceof MgaoError) return error;
    throw error;
  }
};

/** Within a billionth of the core's value (HyperFormula rounds what it returns to about 15 digits). */
const close = (got: unknown, want: number) => {
  expect(typeof got).toBe("number");
  expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
};

/** A priority's numbers: baseline and target in each direction, or missing; actuals as a share of the planned progress. */
const priority = (periods: number, tolerance: number): fc.Arbitrary<DeliveryPrioritySpec> =>
  fc
    .record({
      baseline: fc.oneof(
        { arbitrary: fc.constant(null), weight: 1 },
        { arbitrary: fc.constant(0), weight: 2 },
        { arbitrary: fc.integer({ min: -50, max: 500 }), weight: 3 },
        { arbitrary: fc.integer({ min: 0, max: 10_000 }).map((k) => k / 100), weight: 2 },
      ),
      // The change planned: up, down (lower is better), none (planned = baseline), or no target.
      change: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 1000 }), weight: 4 },
        { arbitrary: fc.integer({ min: -1000, max: -1 }), weight: 3 },
        { arbitrary: fc.constant(0), weight: 1 },
        { arbitrary: fc.constant(null), weight: 1 },
      ),
      // Per period: no actual (a gap), or an actual that makes this share of the planned progress.
      shares: fc.integer({ min: 0, max: periods }).chain((n) =>
        fc.array(
          fc.oneof(
            { arbitrary: fc.constant(null), weight: 1 },
            { arbitrary: fc.constantFrom(1, 1 - tolerance, 1 - 2 * tolerance, 1 - 3 * tolerance, 0, 1.5, -0.2), weight: 3 },
            { arbitrary: fc.integer({ min: -50, max: 150 }).map((k) => k / 100), weight: 2 },
          ),
          { minLength: n, maxLength: n },
        ),
      ),
      judgement: fc.option(fc.constantFrom(...JUDGEMENTS), { nil: null, freq: 4 }),
      milestones: fc.array(fc.record({ due: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }), status: fc.option(fc.constantFrom(...MILESTONE_STATUSES), { nil: undefined }) }), { maxLength: 2 }),
    })
    .map(({ baseline, change, shares, judgement, milestones }) => {
      const target = change === null ? null : (baseline ?? 0) + change;
      const planned = baseline !== null && target !== null ? plannedTrajectory(baseline, target, periods) : null;
      // Without a straight line the share is of the target, or of 100.
      const actuals = shares.map((s, k) => (s === null ? null : planned ? baseline! + (planned[k] - baseline!) * s : (target ?? 100) * s));
      return {
        name: "Priority",
        lead: "CECM",
        metric: "Metric",
        unit: "units",
        baseline,
        target,
        milestones: milestones.map((m, k) => ({ name: `Milestone ${k + 1}`, owner: "Owner", due: m.due === null ? null : isoOf(TODAY + m.due), status: m.status })),
        actuals,
        judgement,
      };
    });

const plan: fc.Arbitrary<DeliverySpec> = fc
  .record({
    frequency: fc.constantFrom(...FREQUENCIES),
    periods: fc.oneof(fc.constantFrom(1, 2, 12), fc.integer({ min: 1, max: 24 })),
    tolerance: fc.oneof(fc.constantFrom(0, 1, 0.1, 0.3, 0.25), fc.integer({ min: 0, max: 100 }).map((k) => k / 100)),
    asOf: fc.option(fc.integer({ min: -3, max: 3 }), { nil: null }),
    count: fc.integer({ min: 1, max: 4 }),
    projects: fc.oneof(fc.constant([null, null] as const), fc.constant([0, 0] as const), fc.integer({ min: 0, max: 200 }).chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 0, max: p })))),
    blankRows: fc.integer({ min: 0, max: 2 }),
  })
  .chain(({ frequency, periods, tolerance, asOf, count, projects, blankRows }) =>
    fc
      .record({
        priorities: fc.array(priority(periods, tolerance), { minLength: count, maxLength: count }),
        issues: fc.array(
          fc.record({
            priority: fc.integer({ min: 1, max: count }),
            // Days before the stocktake, straddling the escalation rule's allowance.
            due: fc.option(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(-8, -29, -30, -31, -45)), { nil: null }),
            status: fc.option(fc.constantFrom(...ISSUE_STATUSES), { nil: undefined }),
            level: fc.option(fc.constantFrom(...ESCALATION_LEVELS), { nil: undefined }),
            raised: fc.option(fc.integer({ min: -90, max: 0 }), { nil: null }),
          }),
          { maxLength: 4 },
        ),
        overdueDays: fc.option(fc.constantFrom(0, 7, 30), { nil: undefined }),
      })
      .map(({ priorities, issues, overdueDays }) => ({
        title: "Delivery priorities",
        county: "Nyeri",
        start: "2025-07-01",
        frequency,
        periods,
        tolerance,
        asOf: asOf === null ? null : isoOf(TODAY + asOf),
        priorities: priorities.map((p, i) => ({ ...p, name: `Priority ${i + 1}` })),
        issues: issues.map((s) => ({ priority: s.priority, issue: "Issue", action: "Action", owner: "Owner", due: s.due === null ? null : isoOf(TODAY + s.due), status: s.status, level: s.level, raised: s.raised === null ? null : isoOf(TODAY + s.raised) })),
        escalation: overdueDays === undefined ? undefined : { overdueDays },
        projectsPlanned: projects[0],
        projectsCompleted: projects[1],
        blankRows,
      })),
  );

/** A count of projects as typed: whole (up to `max`), now and then negative or fractional. */
const count = (max: number) => fc.oneof({ arbitrary: fc.integer({ min: 0, max }), weight: 6 }, { arbitrary: fc.constantFrom(-1, 2.5), weight: 1 });

/** Typed afterwards: a planned value over one period of one priority's line, and the projects planned and completed. */
const typedLater = fc.record({
  planned: fc.option(fc.record({ priority: fc.nat(), period: fc.nat(), value: fc.constantFrom("baseline" as const, 0, 7) }), { nil: null, freq: 2 }),
  projects: fc.option(fc.tuple(count(50), count(60)), { nil: null, freq: 3 }),
});

describe("the delivery workbook agrees with the core", () => {
  it("on random plans: trajectories, latest actuals, progress, judgements, the summary and the completion rate", () => {
    fc.assert(
      fc.property(plan, typedLater, (spec, later) => {
        const L = deliveryLayout(spec);
        const S = L.stock;
        const N = spec.periods;
        const sheet = evaluatePlan(deliveryPlan(spec), { asOf: AS_OF });
        const type = (key: string, row: number, col: number, v: number) => sheet.engine.setCellContents({ sheet: sheet.engine.getSheetId(sheet.names.get(key)!)!, row, col }, v);
        const at = (key: string, row: number, col: number) => sheet.value(key, row, col);

        // The core's planned values: the straight line, with the one typed over it.
        const planned = spec.priorities.map((p) => (p.baseline !== null && p.target !== null ? plannedTrajectory(p.baseline, p.target, N) : Array<number | null>(N).fill(null)));
        let projects: readonly [number | null, number | null] = [spec.projectsPlanned, spec.projectsCompleted];
        sheet.engine.batch(() => {
          if (later.planned) {
            const i = later.planned.priority % spec.priorities.length;
            const k = later.planned.period % N;
            const value = later.planned.value === "baseline" ? (spec.priorities[i].baseline ?? 0) : later.planned.value;
            planned[i][k] = value;
            type("traj", L.traj.first + k, L.traj.col.planned(i), value);
          }
          if (later.projects) {
            projects = later.projects;
            type("stock", S.completion.planned, 1, projects[0]!);
            type("stock", S.completion.completed, 1, projects[1]!);
          }
        });

        // No sheet shows an error value: where the core refuses, the sheet says why in words.
        expect(errorCells(sheet)).toEqual([]);
        const judgements: Judgement[] = [];
        let noActual = 0;
        spec.priorities.forEach((p, i) => {
          // The trajectory, period by period.
          planned[i].forEach((v, k) => {
            const got = at("traj", L.traj.first + k, L.traj.col.planned(i));
            if (v === null) expect(got).toBe("");
            else close(got, v);
          });
          const r = S.first + i;
          const stock = (c: number) => at("stock", r, c);
          const actuals = p.actuals ?? [];
          const latest = latestPeriod(actuals);
          expect(stock(S.col.latest)).toBe(latest);
          const actual = latest === 0 ? null : actuals[latest - 1]!;
          const then = latest === 0 ? null : planned[i][latest - 1];
          if (actual === null) expect(stock(S.col.actual)).toBe("");
          else close(stock(S.col.actual), actual);
          if (then === null) expect(stock(S.col.planned)).toBe("");
          else close(stock(S.col.planned), then);
          if (actual === null || then === null) expect(stock(S.col.variance)).toBe("");
          else close(stock(S.col.variance), actual - then);
          const ratio = actual === null || then === null ? null : outcome(() => progressRatio(actual, then, p.baseline ?? undefined));
          const suggested = typeof ratio === "number" ? suggestJudgement(ratio, spec.tolerance) : "";
          if (typeof ratio === "number") close(stock(S.col.ratio), ratio);
          else expect(stock(S.col.ratio)).toBe("");
          expect(stock(S.col.suggested)).toBe(suggested);
          const judgement = p.judgement ?? suggested;
          expect(stock(S.col.judgement)).toBe(judgement);
          if (judgement !== "") judgements.push(judgement);
          // Why no judgement is suggested: no actual yet (and only then), no planned value, or the core's refusal.
          const why = stock(S.col.rule);
          if (latest === 0) expect(why).toBe(NO_JUDGEMENT_TEXT.noActual);
          else if (then === null) expect(why).toBe(NO_JUDGEMENT_TEXT.noPlanned);
          else if (ratio instanceof MgaoError) expect(why).toBe(`Planned ${ratio.problem}`);
          else expect(String(why).startsWith("Progress ")).toBe(true);
          if (latest === 0) noActual++;
          // The Summary's row for the priority.
          const y = (c: number) => at("summary", L.summary.first + i, c);
          expect(y(2)).toBe(judgement);
          expect([y(3), y(4)]).toEqual([stock(S.col.actual), stock(S.col.planned)]);
        });
        JUDGEMENTS.forEach((j, k) => expect(at("summary", L.summary.counts + k, 1)).toBe(judgements.filter((x) => x === j).length));
        expect(at("summary", L.summary.noActual, 1)).toBe(noActual);

        // The completion rate: blank until both counts are in, then the core's rate or its refusal in its words.
        const [p, c] = projects;
        const rate = p === null || c === null ? "" : outcome(() => completionRate(c, p));
        const got = at("stock", S.completion.rate, 1);
        if (typeof rate === "number") close(got, rate);
        else expect(got).toBe(rate instanceof MgaoError ? `Projects ${rate.argument} ${rate.problem}` : rate);
        expect(at("summary", L.summary.rate, 1)).toEqual(got);

        // Problem solving: each issue's judgement, days overdue and proposed level are the core's (escalation.ts).
        const asOf = spec.asOf === null ? TODAY : serialOf(spec.asOf);
        const rule = { overdueDays: spec.escalation?.overdueDays ?? DEFAULT_OVERDUE_DAYS };
        const Q = L.problems;
        const governor: { key: number; k: number }[] = [];
        spec.issues.forEach((issue, k) => {
          const ps = (c: number) => at("problems", Q.first + k, c);
          const closed = issue.status === "Closed";
          const judgement = at("stock", S.first + issue.priority - 1, S.col.judgement) as string;
          const overdue = daysOverdue(issue.due === null ? null : serialOf(issue.due), asOf, closed);
          const proposed = proposeLevel({ closed, judgement, overdue, current: issue.level ?? null }, rule);
          expect([ps(Q.col.judgement), ps(Q.col.overdue), ps(Q.col.proposed)]).toEqual([judgement, overdue, proposed]);
          if (!closed && (issue.level ?? "Delivery team") === "Governor") governor.push({ key: issue.raised ? serialOf(issue.raised) : issue.due ? serialOf(issue.due) : Infinity, k });
        });
        // The spare rows propose nothing until an issue is typed there.
        for (let k = spec.issues.length; k < L.stock.issueRows; k++) expect(at("problems", Q.first + k, Q.col.proposed)).toBe("");
        // The Summary's "For the Governor": open issues at Governor level, oldest first (raised, else due; then issue number).
        governor.sort((a, b) => a.key - b.key || a.k - b.k);
        expect(at("summary", L.summary.governorCount, 1)).toBe(governor.length);
        for (let g = 0; g < L.summary.governorRows; g++) expect(at("summary", L.summary.firstGovernor + g, 2)).toBe(g < governor.length ? governor[g].k + 1 : "");
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
