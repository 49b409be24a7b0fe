/**
 * One rule, one home: the delivery lab workbook's formulas agree with the core on random labs,
 * evaluated in-process by HyperFormula. Per activity: its first and last week on the Gantt (weekOf),
 * the Late flag (lateDependencies), the roles check (raciProblem); per risk: the score and band
 * (riskOf, under the default bands or a random valid table); the 5×5 grid's count and band in every
 * cell; the resourcing check: the budgets added up, the gap to the shilling and its word
 * (resourcingGap), against the projects' funded cost or a typed amount.
 *
 * Specs: labs starting on any day from 2000 to 2098 (so weeks cross month and year ends), activities
 * with dates missing or not, dependencies on earlier and later activities, budgets up to billions.
 * Typed afterwards in the spare rows, as an analyst would: an activity with a dependency and two
 * Accountable, and a risk.
 */
import fc from "fast-check";
import { isoOf, serialOf } from "../../../src/core/dates";
import { lateDependencies, parseDependencies, weekOf } from "../../../src/core/gantt-weeks";
import { raciProblem } from "../../../src/core/raci";
import { resourcingGap } from "../../../src/core/resourcing-gap";
import { DEFAULT_RISK_BANDS, MAX_RISK_SCORE, type RiskBand, riskOf } from "../../../src/core/risk-bands";
import { type LabActivitySpec, type LabSpec, labLayout, labPlan } from "../../../src/plans/lab-plan";
import { GRID_SEPARATOR, RISK_LEVEL_PROBLEM } from "../../../src/plans/lab-risks-sheet";
import { errorCells, evaluatePlan } from "../../support/hyperformula-plan";

const SEED = 1805;

const bandsTable: fc.Arbitrary<RiskBand[] | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.uniqueArray(fc.integer({ min: 2, max: MAX_RISK_SCORE }), { maxLength: 5 }).map((cuts) => {
    const starts = [1, ...cuts.sort((a, b) => a - b)];
    return starts.map((from, k) => ({ name: `Band ${k + 1}`, from, to: k + 1 < starts.length ? starts[k + 1] - 1 : MAX_RISK_SCORE }));
  }),
);

const roles = fc.constantFrom("", "Engineer", "Engineer, Surveyor", "Supply chain");

const lab: fc.Arbitrary<LabSpec> = fc
  .record({
    start: fc.integer({ min: serialOf("2000-01-11"), max: serialOf("2098-06-30") }),
    count: fc.integer({ min: 1, max: 6 }),
    projects: fc.array(fc.option(fc.integer({ min: 0, max: 3_000_000_000 }), { nil: null }), { maxLength: 3 }),
    available: fc.option(fc.integer({ min: 0, max: 9_000_000_000 }), { nil: null, freq: 2 }),
    risks: fc.array(fc.record({ likelihood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 }), impact: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 }) }), { maxLength: 6 }),
    bands: bandsTable,
    blankRows: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ start, count, projects, available, risks, bands, blankRows }) =>
    fc
      .array(
        fc.record({
          from: fc.option(fc.integer({ min: -10, max: 200 }), { nil: null, freq: 8 }),
          days: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null, freq: 8 }),
          dependsOn: fc.uniqueArray(fc.integer({ min: 1, max: count }), { maxLength: 2 }),
          budget: fc.option(fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 2_000_000_000 })), { nil: null, freq: 6 }),
          responsible: roles,
          accountable: fc.constantFrom("", "Chief Officer"),
        }),
        { minLength: count, maxLength: count },
      )
      .map((list): LabSpec => {
        const activities = list.map((a, k): LabActivitySpec => {
          const s = a.from === null ? null : start + a.from;
          return {
            workstream: `Workstream ${1 + (k % 2)}`,
            name: `Activity ${k + 1}`,
            owner: "Owner",
            start: s === null ? null : isoOf(s),
            end: s === null || a.days === null ? null : isoOf(s + a.days),
            dependsOn: a.dependsOn.filter((d) => d !== k + 1),
            budget: a.budget,
            responsible: a.responsible,
            accountable: a.accountable,
          };
        });
        return {
          title: "Lab",
          county: "Nyeri",
          priority: "Priority",
          start: isoOf(start),
          projects: projects.map((cost, k) => ({ name: `Project ${k + 1}`, cost })),
          available,
          participants: [{ name: "Ann", organisation: "SDU", group: "Government", role: "Facilitator" }],
          activities,
          risks: risks.map((r, k) => ({ risk: `Risk ${k + 1}`, ...r, owner: "", mitigation: "", trigger: "" })),
          bands,
          blankRows,
        };
      }),
  );

/** Typed afterwards in the first spare rows. */
const typedLater = fc.record({
  activity: fc.option(fc.record({ from: fc.integer({ min: 0, max: 100 }), days: fc.integer({ min: 0, max: 30 }), dependsOn: fc.constantFrom("1", "1;2", "2 1", ""), budget: fc.integer({ min: 0, max: 50_000_000 }) }), { nil: null }),
  risk: fc.option(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { nil: null }),
  available: fc.option(fc.integer({ min: 0, max: 9_000_000_000 }), { nil: null, freq: 3 }),
});

/** "2 · High" → [2, "High"]. */
const gridCell = (v: unknown): [number, string] => {
  const [n, band] = String(v).split(GRID_SEPARATOR);
  return [Number(n), band];
};

describe("the delivery lab workbook agrees with the core", () => {
  it("on random labs: Gantt weeks, late flags, roles, risk scores and bands, the grid, the resourcing gap", () => {
    fc.assert(
      fc.property(lab, typedLater, (spec, later) => {
        const L = labLayout(spec);
        const sheet = evaluatePlan(labPlan(spec));
        const at = (key: string, row: number, col: number) => sheet.value(key, row, col);
        const type = (key: string, row: number, col: number, v: string | number) => sheet.engine.setCellContents({ sheet: sheet.engine.getSheetId(sheet.names.get(key)!)!, row, col }, v);
        const labStart = serialOf(spec.start);
        const P = L.plan;

        // What the sheet holds once typed into: the spec's activities, then the spare row.
        const activities = spec.activities.map((a) => ({ start: a.start ? serialOf(a.start) : null, end: a.end ? serialOf(a.end) : null, dependsOn: a.dependsOn ?? [], budget: a.budget, responsible: a.responsible ?? "", accountable: a.accountable ?? "", named: true }));
        const risks = spec.risks.map((r) => ({ l: r.likelihood, i: r.impact }));
        let available = spec.available ?? (spec.projects!.length > 0 ? spec.projects!.reduce((t, p) => t + (p.cost ?? 0), 0) : null);
        sheet.engine.batch(() => {
          if (later.activity) {
            const r = P.first + spec.activities.length;
            const s = labStart + later.activity.from;
            type("lab", r, P.col.name, "Typed later");
            type("lab", r, P.col.start, s);
            type("lab", r, P.col.end, s + later.activity.days);
            type("lab", r, P.col.dependsOn, later.activity.dependsOn);
            type("lab", r, P.col.budget, later.activity.budget);
            type("lab", r, P.col.accountable, "CECM, Chief Officer");
            activities.push({ start: s, end: s + later.activity.days, dependsOn: parseDependencies(later.activity.dependsOn), budget: later.activity.budget, responsible: "", accountable: "CECM, Chief Officer", named: true });
          }
          if (later.risk) {
            const r = L.risks.first + spec.risks.length;
            type("risks", r, L.risks.col.likelihood, later.risk[0]);
            type("risks", r, L.risks.col.impact, later.risk[1]);
            risks.push({ l: later.risk[0], i: later.risk[1] });
          }
          if (later.available !== null) {
            available = later.available;
            type("money", L.money.available, L.money.value, later.available);
          }
        });
        expect(errorCells(sheet)).toEqual([]);

        // Gantt weeks, on the first Gantt sheet; late flags and roles on the Lab plan.
        const late = lateDependencies(activities);
        activities.forEach((a, k) => {
          const g = (c: number) => at("gantt", L.gantt.first + k, c);
          expect(g(L.gantt.col.first)).toBe(a.start === null ? "" : weekOf(a.start, labStart));
          expect(g(L.gantt.col.last)).toBe(a.end === null ? "" : weekOf(a.end, labStart));
          expect(at("lab", P.first + k, P.col.late)).toBe(late[k].length > 0 ? "Late" : "");
          expect(g(L.gantt.col.late)).toBe(late[k].length > 0 ? "Late" : "");
          expect(at("lab", P.first + k, P.col.raci)).toBe(raciProblem(a));
        });

        // Risks: score and band per row, then the grid.
        const bands = spec.bands ?? DEFAULT_RISK_BANDS;
        risks.forEach((r, k) => {
          const row = L.risks.first + k;
          const want = r.l === null || r.i === null ? null : riskOf(r.l, r.i, bands);
          const score = at("risks", row, L.risks.col.score);
          if (want === null) expect(score).toBe(r.l === null && r.i === null ? "" : RISK_LEVEL_PROBLEM);
          else expect([score, at("risks", row, L.risks.col.band)]).toEqual([want.score, want.band]);
        });
        for (let l = 1; l <= 5; l++) {
          for (let i = 1; i <= 5; i++) {
            const count = risks.filter((r) => r.l === l && r.i === i).length;
            expect(gridCell(at("risks", L.risks.gridFirst + (5 - l), L.risks.gridImpact(i)))).toEqual([count, riskOf(l, i, bands).band]);
          }
        }

        // Resourcing, to the shilling.
        const budgets = activities.map((a) => a.budget);
        const budgeted = budgets.reduce<number>((t, b) => t + (b ?? 0), 0);
        expect(at("money", L.money.budgeted, L.money.value)).toBe(budgeted);
        if (available === null) {
          expect(at("money", L.money.gap, L.money.value)).toBe("");
          expect(at("money", L.money.word, L.money.value)).toBe("Type the money available");
        } else {
          const gap = resourcingGap(budgets, available);
          expect(at("money", L.money.gap, L.money.value)).toBe(gap.gap);
          expect(at("money", L.money.word, L.money.value)).toBe(gap.word);
          expect(at("lab", P.participants, P.money)).toBe(gap.word);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});
