/**
 * The delivery lab recalculated by LibreOffice, against the core: the example lab, a lab of twenty
 * activities over more than 26 weeks (its Gantt continues on a second sheet), and the example with
 * rows typed into its spare rows (an activity, a participant, a risk and a project), as an analyst
 * would, before recalculation. Compared: Gantt weeks, late flags, roles checks, risk scores and bands,
 * the grid's counts, the resourcing gap and its word.
 */
import ExcelJS from "exceljs";
import { serialOf } from "../../../src/core/dates";
import { lateDependencies, parseDependencies, weekOf } from "../../../src/core/gantt-weeks";
import { raciProblem } from "../../../src/core/raci";
import { resourcingGap } from "../../../src/core/resourcing-gap";
import { riskOf } from "../../../src/core/risk-bands";
import { EXAMPLE_LAB, type LabSpec, labLayout, labPlan } from "../../../src/plans/lab-plan";
import { HOSTILE, LAB_OF_20 } from "../../support/lab-specs";
import { GRID_SEPARATOR } from "../../../src/plans/lab-risks-sheet";
import { renderXlsx } from "../../../src/renderers/xlsx/render-xlsx";
import { recalculateBeforeAll } from "../../support/libreoffice";
import { errorCells, resultAt } from "../../support/recalculated";

const spare = labLayout(EXAMPLE_LAB);
/** Typed into the example's first spare rows (1-based rows and columns for ExcelJS). */
const typed = {
  activity: { start: "2026-04-20", end: "2026-05-15", dependsOn: "2; 4", budget: 1_250_001, accountable: "CECM, Chief Officer", name: HOSTILE },
  risk: [5, 3] as const,
  project: 2_500_000,
};
const typeInSpareRows = (wb: ExcelJS.Workbook) => {
  const lab = wb.getWorksheet("Lab plan")!;
  const r = spare.plan.first + EXAMPLE_LAB.activities.length + 1;
  const set = (ws: ExcelJS.Worksheet, row: number, col0: number, v: ExcelJS.CellValue) => (ws.getCell(row, col0 + 1).value = v);
  const c = spare.plan.col;
  set(lab, r, c.workstream, "Community");
  set(lab, r, c.name, typed.activity.name);
  set(lab, r, c.start, new Date(`${typed.activity.start}T00:00:00Z`));
  set(lab, r, c.end, new Date(`${typed.activity.end}T00:00:00Z`));
  set(lab, r, c.dependsOn, typed.activity.dependsOn);
  set(lab, r, c.budget, typed.activity.budget);
  set(lab, r, c.accountable, typed.activity.accountable);
  const risks = wb.getWorksheet("Risks")!;
  const rr = spare.risks.first + EXAMPLE_LAB.risks.length + 1;
  set(risks, rr, spare.risks.col.risk, "Floods cut the road");
  set(risks, rr, spare.risks.col.likelihood, typed.risk[0]);
  set(risks, rr, spare.risks.col.impact, typed.risk[1]);
  const people = wb.getWorksheet("Participants")!;
  const pr = spare.people.first + EXAMPLE_LAB.participants.length + 1;
  set(people, pr, spare.people.col.name, "Mary Wairimu");
  set(people, pr, spare.people.col.group, "Youth");
  const money = wb.getWorksheet("Resourcing")!;
  const mr = spare.money.first + EXAMPLE_LAB.projects!.length + 1;
  set(money, mr, spare.money.col.name, "Staff houses");
  set(money, mr, spare.money.col.cost, typed.project);
};

async function typedInto(spec: LabSpec, type: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(labPlan(spec))) as unknown as ArrayBuffer);
  type(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const books = recalculateBeforeAll({
  example: () => renderXlsx(labPlan(EXAMPLE_LAB)),
  twenty: () => renderXlsx(labPlan(LAB_OF_20)),
  spareRows: () => typedInto(EXAMPLE_LAB, typeInSpareRows),
});

interface SheetActivity {
  start: number | null;
  end: number | null;
  dependsOn: number[];
  budget: number | null;
  responsible?: string;
  accountable?: string;
}
const activitiesOf = (spec: LabSpec): SheetActivity[] =>
  spec.activities.map((a) => ({ start: a.start ? serialOf(a.start) : null, end: a.end ? serialOf(a.end) : null, dependsOn: a.dependsOn ?? [], budget: a.budget, responsible: a.responsible, accountable: a.accountable }));

/** Checks a recalculated lab against the core, for the activities and risks the sheet holds. */
function expectAgreement(wb: ExcelJS.Workbook, spec: LabSpec, activities: SheetActivity[], risks: { l: number | null; i: number | null }[], available: number) {
  const L = labLayout(spec);
  const at = (sheet: string, r: number, c: number) => resultAt(wb.getWorksheet(sheet)!, r, c);
  const labStart = serialOf(spec.start);
  expect(errorCells(wb)).toEqual([]);
  const late = lateDependencies(activities);
  activities.forEach((a, k) => {
    const row = L.gantt.first + k;
    expect([at("Gantt", row, L.gantt.col.first), at("Gantt", row, L.gantt.col.last)]).toEqual([a.start === null ? "" : weekOf(a.start, labStart), a.end === null ? "" : weekOf(a.end, labStart)]);
    expect(at("Lab plan", L.plan.first + k, L.plan.col.late)).toBe(late[k].length > 0 ? "Late" : "");
    expect(at("Gantt", row, L.gantt.col.late)).toBe(late[k].length > 0 ? "Late" : "");
    expect(at("Lab plan", L.plan.first + k, L.plan.col.raci)).toBe(raciProblem(a));
  });
  risks.forEach((r, k) => {
    const want = riskOf(r.l!, r.i!);
    expect([at("Risks", L.risks.first + k, L.risks.col.score), at("Risks", L.risks.first + k, L.risks.col.band)]).toEqual([want.score, want.band]);
  });
  for (let l = 1; l <= 5; l++) {
    for (let i = 1; i <= 5; i++) {
      const count = risks.filter((r) => r.l === l && r.i === i).length;
      expect(at("Risks", L.risks.gridFirst + 5 - l, L.risks.gridImpact(i))).toBe(`${count}${GRID_SEPARATOR}${riskOf(l, i).band}`);
    }
  }
  const gap = resourcingGap(activities.map((a) => a.budget), available);
  expect(at("Resourcing", L.money.available, L.money.value)).toBe(available);
  expect(at("Resourcing", L.money.budgeted, L.money.value)).toBe(gap.budgeted);
  expect(at("Resourcing", L.money.gap, L.money.value)).toBe(gap.gap);
  expect(at("Resourcing", L.money.word, L.money.value)).toBe(gap.word);
  expect(at("Lab plan", L.plan.participants, L.plan.money)).toBe(gap.word);
  return { at, late };
}

describe("the delivery lab recalculated by LibreOffice", () => {
  it("agrees with the core on the example: weeks, late flags, roles, risks, the grid and the gap", () => {
    const { at, late } = expectAgreement(books.example, EXAMPLE_LAB, activitiesOf(EXAMPLE_LAB), EXAMPLE_LAB.risks.map((r) => ({ l: r.likelihood, i: r.impact })), 57_500_000);
    // The example's fixture covers both words: activity 2 starts before activity 1 ends.
    expect(late.map((l) => l.length > 0)).toEqual([false, true, false, false, false, false]);
    expect(at("Resourcing", spare.money.word, spare.money.value)).toBe("Funded");
    // Participants by group, in the order of LAB_GROUPS: Women 1 ... Government 2.
    expect([0, 5].map((k) => at("Participants", spare.people.first + k, spare.people.count))).toEqual([1, 2]);
    expect(at("Lab plan", spare.plan.participants, spare.plan.value)).toBe(7);
  });

  it("agrees on twenty activities across the year's end, the weeks past 26 continuing on a second Gantt sheet", () => {
    const { at, late } = expectAgreement(books.twenty, LAB_OF_20, activitiesOf(LAB_OF_20), LAB_OF_20.risks.map((r) => ({ l: r.likelihood, i: r.impact })), 60_000_000);
    expect(late.map((l) => l.length > 0)).toEqual(LAB_OF_20.activities.map((_, k) => k % 3 === 1));
    const L = labLayout(LAB_OF_20);
    expect(L.weeks).toBe(28);
    expect(books.twenty.worksheets.map((w) => w.name)).toEqual(["Lab plan", "Gantt", "Gantt weeks 27-28", "Participants", "Resourcing", "Risks"]);
    // Activity 20 starts on day 171 (week 25) and ends on day 191 (week 28): drawn in part on each Gantt sheet.
    expect(at("Gantt weeks 27-28", L.gantt.first + 19, L.gantt.col.last)).toBe(28);
    // Week 27's first day, across the year's end: 2026-11-30 + 182 days.
    expect(at("Gantt weeks 27-28", L.gantt.dates, L.gantt.col.week(0))).toBe(serialOf("2027-05-31"));
    expect(at("Resourcing", L.money.word, L.money.value)).toBe(resourcingGap(LAB_OF_20.activities.map((a) => a.budget), 60_000_000).word);
    expect(at("Lab plan", L.plan.first + 3, L.plan.col.name)).toBe(HOSTILE);
  });

  it("agrees with the core on rows typed into the spare rows, and keeps typed text as text", () => {
    const activities: SheetActivity[] = [
      ...activitiesOf(EXAMPLE_LAB),
      { start: serialOf(typed.activity.start), end: serialOf(typed.activity.end), dependsOn: parseDependencies(typed.activity.dependsOn), budget: typed.activity.budget, accountable: typed.activity.accountable },
    ];
    const risks = [...EXAMPLE_LAB.risks.map((r) => ({ l: r.likelihood, i: r.impact })), { l: typed.risk[0], i: typed.risk[1] }];
    const { at, late } = expectAgreement(books.spareRows, EXAMPLE_LAB, activities, risks, 57_500_000 + typed.project);
    // The typed activity waits for activities 2 and 4, both ending after it starts; it names two Accountable.
    expect(late[6]).toEqual([2, 4]);
    expect(at("Lab plan", spare.plan.first + 6, spare.plan.col.raci)).toBe("Several Accountable");
    expect(at("Lab plan", spare.plan.first + 6, spare.plan.col.name)).toBe(HOSTILE);
    expect(at("Lab plan", spare.plan.participants, spare.plan.value)).toBe(8);
    expect(at("Participants", spare.people.first + 1, spare.people.count)).toBe(2); // Youth
  });
});
