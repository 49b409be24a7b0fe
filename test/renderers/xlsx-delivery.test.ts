/**
 * Delivery plans recalculated by LibreOffice, against the core: every workbook of this file, the
 * browser journey's among them, is built (and typed into, as an analyst would) first and
 * recalculated by one LibreOffice start.
 */
import ExcelJS from "exceljs";
import { latestPeriod, plannedTrajectory, progressRatio, serialOf, suggestJudgement } from "../../src/core";
import { DEFAULT_OVERDUE_DAYS, daysOverdue, proposeLevel } from "../../src/core/escalation";
import { type DeliverySpec, EXAMPLE_DELIVERY, checkDelivery, deliveryLayout, deliveryPlan } from "../../src/plans/delivery-plan";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { DELIVERY_JOURNEY } from "../support/journey-specs";
import { recalculateBeforeAll } from "../support/libreoffice";
import { errorCells, resultAt } from "../support/recalculated";

const HOSTILE = '=HYPERLINK("http://evil","x")';
const spec: DeliverySpec = {
  ...EXAMPLE_DELIVERY,
  asOf: "2025-11-20",
  periods: 6,
  tolerance: 0.1,
  priorities: [
    // Higher is better, with a gap in the actuals: the latest is period 4.
    { name: "Households with piped water", lead: "CECM Water", metric: "Households connected", unit: "households", baseline: 42_000, target: 54_000, milestones: [{ name: "Pipes delivered", owner: "Supply chain", due: "2025-09-30", status: "Done" }, { name: "Tank commissioned", owner: "Engineer", due: "2025-10-31", status: "On track" }], actuals: [43_500, 44_000, null, 49_500] },
    // Lower is better: waiting time falling from 95 to 59 minutes; 86 at period 2 is 75% of the planned fall.
    { name: HOSTILE, lead: "CECM Health", metric: "Outpatient waiting time", unit: "minutes", baseline: 95, target: 59, milestones: [{ name: "Triage desk", owner: "Superintendent", due: "2025-12-15" }], actuals: [90, 86] },
    // No actual yet.
    { name: "Market sheds", lead: "CECM Trade", metric: "Sheds built", unit: "sheds", baseline: 0, target: 12, milestones: [], judgement: "Amber-Red" },
    // An analyst's override on a Red suggestion.
    { name: "Ward roads graded", lead: "CECM Roads", metric: "km graded", unit: "km", baseline: 0, target: 600, milestones: [], actuals: [40, 80, 120], judgement: "Amber-Green" },
  ],
  issues: [
    { priority: 1, issue: "Contractor slow", action: "Meet contractor", owner: "CO Water", due: "2025-11-01", status: "Open" },
    { priority: 4, issue: "Grader broken", action: "Hire a grader", owner: "CO Roads", due: "2025-12-01", status: "Open" },
    { priority: 2, issue: "Staff shortage", action: "Redeploy nurses", owner: "CO Health", due: "2025-10-01", status: "Closed" },
  ],
  projectsPlanned: 200,
  projectsCompleted: 179,
};

describe("delivery spec checks", () => {
  it("names each problem by field", () => {
    const bad: DeliverySpec = { ...spec, start: "2025-13-01", periods: 0, priorities: [{ ...spec.priorities[0], name: " ", milestones: [{ name: "x", owner: "", due: "soon" }] }], issues: [{ ...spec.issues[0], priority: 3 }], projectsCompleted: 201 };
    expect(checkDelivery(bad).map((e) => e.field)).toEqual(["start", "periods", "priorities.0.name", "priorities.0.milestones.0.due", "issues.0.priority", "projectsCompleted"]);
    expect(checkDelivery(spec)).toEqual([]);
  });

  it("names the problems of an issue's why chain, level and date raised, and of the escalation setting", () => {
    const issue = { ...spec.issues[0], whys: ["1", "2", "3", "4", "5", "6"], level: "Minister" as never, raised: "2025-02-30", options: 7 as never };
    expect(checkDelivery({ ...spec, issues: [issue], escalation: { overdueDays: -1 } })).toEqual([
      { field: "issues.0.whys", message: "Issue 1 has 6 whys; the sheet has room for 5." },
      { field: "issues.0.options", message: "Must be text." },
      { field: "issues.0.level", message: "A level is one of Delivery team, SDU, CECM, Governor." },
      { field: "issues.0.raised", message: '"2025-02-30" is not a date: write it as YYYY-MM-DD.' },
      { field: "escalation.overdueDays", message: "The days overdue before an issue moves up is a whole number from 0 to 36500." },
    ]);
    expect(checkDelivery({ ...spec, issues: [{ ...spec.issues[0], whys: ["Paid late"], level: "CECM", raised: "2025-09-01", decision: "Pay" }], escalation: { overdueDays: 14 } })).toEqual([]);
  });
});

const L = deliveryLayout(spec);
const blank: DeliverySpec = { ...spec, asOf: null, priorities: spec.priorities.map((p) => ({ ...p, baseline: null, target: null, actuals: [], judgement: null, milestones: p.milestones.map((m) => ({ ...m, due: null })) })), issues: [], projectsPlanned: null, projectsCompleted: null };

/** The workbook after `type` writes into its sheets, as an analyst does before it is recalculated. */
async function typedInto(plan: DeliverySpec, type: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx(deliveryPlan(plan))) as unknown as ArrayBuffer);
  type(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// In the spare rows, as an analyst would type them (1-based rows and columns): one overdue milestone, one open overdue issue.
const spareMilestone = L.plan.firstMilestone + 3 + 1;
const spareIssue = L.stock.firstIssue + 3 + 1;
const typeInSpareRows = (wb: ExcelJS.Workbook) => {
  const plan = wb.getWorksheet("Delivery plan")!;
  [3, HOSTILE, "Surveyor", new Date(Date.UTC(2025, 9, 15)), "At risk"].forEach((v, k) => (plan.getCell(spareMilestone, L.plan.mcol.priority + 1 + k).value = v));
  const stock = wb.getWorksheet("Stocktake")!;
  [2, "Drugs out of stock", "Emergency order", "CO Health", new Date(Date.UTC(2025, 10, 1)), "Open"].forEach((v, k) => (stock.getCell(spareIssue, L.stock.icol.priority + 1 + k).value = v));
};

const journey = DELIVERY_JOURNEY.spec;
const J = deliveryLayout(journey);
/** The journey's actuals, typed in the Trajectory at the March stocktake. */
const typeJourneyActuals = (wb: ExcelJS.Workbook) => {
  const trajectory = wb.getWorksheet("Trajectory")!;
  DELIVERY_JOURNEY.actuals.forEach((list, i) => list.forEach((v, k) => (trajectory.getCell(J.traj.first + k + 1, J.traj.col.actual(i) + 1).value = v)));
};

// Escalation: the fourth priority left to its suggestion (Red); issues at each level, one typed later into a spare row.
const escalation: DeliverySpec = {
  ...spec,
  priorities: spec.priorities.map((p, i) => (i === 3 ? { ...p, judgement: null } : p)),
  issues: [
    { priority: 1, issue: "Contractor slow", action: "Meet contractor", owner: "CO Water", due: "2025-10-01", status: "Open", level: "SDU", whys: ["Paid late", "Invoices lost"], options: "Pay now; change contractor", decision: "Pay now" },
    { priority: 4, issue: "Grader broken", action: "Hire a grader", owner: "CO Roads", due: "2025-12-01", status: "Open", level: "Governor", raised: "2025-09-01" },
    { priority: 2, issue: "Staff shortage", action: "Redeploy nurses", owner: "CO Health", due: "2025-10-01", status: "Closed", level: "CECM" },
    { priority: 1, issue: "Wayleave dispute", action: "Meet landowners", owner: "CO Water", due: "2025-11-10", status: "Open", level: "Governor", raised: "2025-08-01" },
  ],
};
const E = deliveryLayout(escalation);
const typeEscalatedIssue = (wb: ExcelJS.Workbook) => {
  const row = E.stock.firstIssue + 4 + 1;
  [4, "Fuel budget spent", "Reallocate", "CO Roads", new Date(Date.UTC(2025, 10, 1)), "Open"].forEach((v, k) => (wb.getWorksheet("Stocktake")!.getCell(row, E.stock.icol.priority + 1 + k).value = v));
  const problems = wb.getWorksheet("Problem solving")!;
  problems.getCell(E.problems.first + 4 + 1, E.problems.col.current + 1).value = "CECM";
  problems.getCell(E.problems.first + 4 + 1, E.problems.col.why(0) + 1).value = HOSTILE;
};

const books = recalculateBeforeAll({
  escalation: () => typedInto(escalation, typeEscalatedIssue),
  spec: () => renderXlsx(deliveryPlan(spec)),
  spareRows: () => typedInto(spec, typeInSpareRows),
  blank: () => renderXlsx(deliveryPlan(blank)),
  journey: () => renderXlsx(deliveryPlan(journey)),
  journeyActuals: () => typedInto(journey, typeJourneyActuals),
});
/** A cell of a recalculated workbook: its sheet, 0-based row and column. */
const reader = (name: keyof typeof books) => (sheet: string, r: number, c: number) => resultAt(books[name].getWorksheet(sheet)!, r, c);

describe("delivery workbook recalculated by LibreOffice", () => {
  const at = reader("spec");

  it("shows no error values", () => expect(errorCells(books.spec)).toEqual([]));

  it("plans each trajectory as the core does, dated by month, the last period on the target", () => {
    spec.priorities.forEach((p, i) => {
      const planned = plannedTrajectory(p.baseline!, p.target!, spec.periods);
      planned.forEach((v, k) => expect(at("Trajectory", L.traj.first + k, L.traj.col.planned(i))).toBeCloseTo(v, 9));
      expect(at("Trajectory", L.traj.first + spec.periods - 1, L.traj.col.planned(i))).toBe(p.target);
    });
    expect(at("Trajectory", L.traj.first + 2, L.traj.col.date)).toBe(serialOf("2025-09-01"));
    expect(at("Trajectory", L.traj.header, L.traj.col.planned(1))).toBe(`${HOSTILE}: planned`);
  });

  it("takes each priority's latest actual and judges it as the core does, the analyst's judgement winning", () => {
    const expected = spec.priorities.map((p) => {
      const actuals = p.actuals ?? [];
      const latest = latestPeriod(actuals);
      if (latest === 0) return { latest, suggested: "", judgement: p.judgement ?? "" };
      const planned = plannedTrajectory(p.baseline!, p.target!, spec.periods)[latest - 1];
      const suggested = suggestJudgement(progressRatio(actuals[latest - 1]!, planned, p.baseline!), spec.tolerance);
      return { latest, actual: actuals[latest - 1], planned, suggested, judgement: p.judgement ?? suggested };
    });
    expect(expected.map((e) => e.suggested)).toEqual(["Green", "Amber-Red", "", "Red"]); // the fixture covers the bands
    expected.forEach((e, i) => {
      const r = L.stock.first + i;
      expect(at("Stocktake", r, L.stock.col.name)).toBe(spec.priorities[i].name);
      expect(at("Stocktake", r, L.stock.col.latest)).toBe(e.latest);
      expect(at("Stocktake", r, L.stock.col.suggested)).toBe(e.suggested);
      expect(at("Stocktake", r, L.stock.col.judgement)).toBe(e.judgement);
      if (e.latest > 0) {
        expect(at("Stocktake", r, L.stock.col.actual)).toBe(e.actual);
        expect(at("Stocktake", r, L.stock.col.planned)).toBeCloseTo(e.planned!, 9);
        expect(at("Stocktake", r, L.stock.col.variance)).toBeCloseTo(e.actual! - e.planned!, 9);
      } else expect(at("Stocktake", r, L.stock.col.rule)).toBe("No actual yet");
    });
  });

  it("flags overdue milestones and next actions against the stocktake date", () => {
    const asOf = serialOf(spec.asOf!);
    const milestones = spec.priorities.flatMap((p) => p.milestones);
    milestones.forEach((m, k) => {
      const overdue = m.due !== null && m.status !== "Done" && serialOf(m.due) < asOf;
      expect(at("Delivery plan", L.plan.firstMilestone + k, L.plan.mcol.overdue)).toBe(overdue ? "Overdue" : "");
    });
    spec.issues.forEach((issue, k) => {
      const overdue = issue.due !== null && issue.status !== "Closed" && serialOf(issue.due) < asOf;
      expect(at("Stocktake", L.stock.firstIssue + k, L.stock.icol.overdue)).toBe(overdue ? "Overdue" : "");
    });
  });

  it("sums it up on one page: judgements, completion rate, open and overdue items", () => {
    const Y = L.summary;
    // Green; Amber-Green (the analyst's, over a Red suggestion); Amber-Red twice (one suggested, one the analyst's with no actual); no Red.
    expect([0, 1, 2, 3].map((k) => at("Summary", Y.counts + k, 1))).toEqual([1, 1, 2, 0]);
    expect(at("Summary", Y.noActual, 1)).toBe(1);
    expect(at("Summary", Y.rate, 1)).toBeCloseTo(0.895, 12);
    expect(at("Stocktake", L.stock.completion.rate, 1)).toBeCloseTo(0.895, 12);
    expect(at("Summary", Y.openIssues, 1)).toBe(2);
    expect(at("Summary", Y.overdueActions, 1)).toBe(1);
    expect(at("Summary", Y.overdueMilestones, 1)).toBe(1);
    expect(at("Summary", Y.first + 1, 0)).toBe(HOSTILE);
  });
});

describe("milestones and issues added in the sheet's spare rows", () => {
  it("are flagged and counted like the ones the plan listed, and typed words stay text", async () => {
    expect(L.plan.milestoneRows).toBe(3 + 10);
    expect(L.stock.issueRows).toBe(3 + 10);
    const at = reader("spareRows");
    expect(at("Delivery plan", spareMilestone - 1, L.plan.mcol.overdue)).toBe("Overdue");
    expect(at("Stocktake", spareIssue - 1, L.stock.icol.overdue)).toBe("Overdue");
    expect(at("Delivery plan", spareMilestone - 1, L.plan.mcol.name)).toBe(HOSTILE);
    // The spare rows are Text-formatted, so a formula-like name typed there is kept as typed.
    const built = new ExcelJS.Workbook();
    await built.xlsx.load((await renderXlsx(deliveryPlan(spec))) as unknown as ArrayBuffer);
    expect(built.getWorksheet("Delivery plan")!.getCell(spareMilestone, L.plan.mcol.name + 1).numFmt).toBe("@");
    // One more of each on the Summary than the plan's own (2 open issues, 1 overdue action, 1 overdue milestone).
    expect(at("Summary", L.summary.openIssues, 1)).toBe(3);
    expect(at("Summary", L.summary.overdueActions, 1)).toBe(2);
    expect(at("Summary", L.summary.overdueMilestones, 1)).toBe(2);
    expect(errorCells(books.spareRows)).toEqual([]);
  });

  it("are as many as asked for, one row at the least", () => {
    expect(deliveryLayout({ ...spec, issues: [], blankRows: 0 }).stock.issueRows).toBe(1);
    expect(deliveryLayout({ ...spec, blankRows: 25 }).plan.milestoneRows).toBe(3 + 25);
    expect(checkDelivery({ ...spec, blankRows: -1 })).toEqual([{ field: "blankRows", message: "The number of blank rows is a whole number from 0 to 1000." }]);
  });
});

describe("a blank delivery template", () => {
  it("shows no error values before any actual, date or count is typed", () => {
    expect(errorCells(books.blank)).toEqual([]);
  });
});

describe("the plan the delivery journey downloads (test/e2e/delivery-journey.test.ts)", () => {
  it("is clean: planned trajectories as the core plans them, no actuals yet", () => {
    const at = reader("journey");
    expect(errorCells(books.journey)).toEqual([]);
    DELIVERY_JOURNEY.priorities.forEach(([, , , , baseline, target], i) => {
      plannedTrajectory(baseline, target, journey.periods).forEach((v, k) => expect(at("Trajectory", J.traj.first + k, J.traj.col.planned(i))).toBeCloseTo(v, 9));
      expect(at("Stocktake", J.stock.first + i, J.stock.col.rule)).toBe("No actual yet");
    });
    expect(at("Summary", J.summary.rate, 1)).toBeCloseTo(87 / 120, 12);
  });

  it("lists the issues on the Stocktake, the open one overdue against today, and counts them on the Summary", () => {
    const at = reader("journey");
    expect([0, 1].map((k) => at("Stocktake", J.stock.firstIssue + k, J.stock.icol.issue))).toEqual(["Triage nurses short", "Pipes late, port delays"]);
    expect([0, 1].map((k) => at("Stocktake", J.stock.firstIssue + k, J.stock.icol.status))).toEqual(["Open", "Closed"]);
    expect([0, 1].map((k) => at("Stocktake", J.stock.firstIssue + k, J.stock.icol.overdue))).toEqual(["Overdue", ""]);
    expect(at("Summary", J.summary.openIssues, 1)).toBe(1);
    expect(at("Summary", J.summary.overdueActions, 1)).toBe(1);
    expect(at("Stocktake", J.stock.completion.rate, 1)).toBeCloseTo(87 / 120, 12);
  });

  it("judges the actuals the analyst types as the core does", () => {
    const at = reader("journeyActuals");
    DELIVERY_JOURNEY.priorities.forEach(([, , , , baseline, target], i) => {
      const actuals = DELIVERY_JOURNEY.actuals[i];
      const latest = latestPeriod(actuals);
      const planned = plannedTrajectory(baseline, target, journey.periods)[latest - 1];
      expect(at("Stocktake", J.stock.first + i, J.stock.col.latest)).toBe(latest);
      expect(at("Stocktake", J.stock.first + i, J.stock.col.judgement)).toBe(suggestJudgement(progressRatio(actuals[latest - 1], planned, baseline), 0.1));
    });
  });
});

describe("problem solving and escalation, recalculated by LibreOffice", () => {
  const at = reader("escalation");
  const Q = E.problems;

  it("proposes each issue's level as the core does, an issue typed into a spare row included", () => {
    expect(errorCells(books.escalation)).toEqual([]);
    const asOf = serialOf(escalation.asOf!);
    const typed = { priority: 4, due: "2025-11-01", status: "Open" as const, level: "CECM" as const };
    const issues = [...escalation.issues, typed];
    const proposed = issues.map((issue, k) => {
      const judgement = at("Stocktake", E.stock.first + issue.priority - 1, E.stock.col.judgement) as string;
      const closed = issue.status === "Closed";
      const overdue = daysOverdue(serialOf(issue.due!), asOf, closed);
      expect([at("Problem solving", Q.first + k, Q.col.judgement), at("Problem solving", Q.first + k, Q.col.overdue)]).toEqual([judgement, overdue]);
      return proposeLevel({ closed, judgement, overdue, current: issue.level ?? null });
    });
    // Overdue 50 days; Governor stays Governor; closed stays; Governor; Red moves the typed issue from CECM.
    expect(proposed).toEqual(["CECM", "Governor", "CECM", "Governor", "Governor"]);
    proposed.forEach((level, k) => expect(at("Problem solving", Q.first + k, Q.col.proposed)).toBe(level));
    expect(at("Problem solving", Q.first + 4, Q.col.issue)).toBe(5);
    expect(at("Problem solving", Q.first + 4, Q.col.text)).toBe("Fuel budget spent");
    expect(at("Problem solving", Q.first + 4, Q.col.why(0))).toBe(HOSTILE);
    expect(at("Problem solving", Q.first + 5, Q.col.proposed)).toBe("");
    expect(at("Problem solving", Q.overdueDays, Q.setting.value)).toBe(DEFAULT_OVERDUE_DAYS);
  });

  it("lists the open issues at Governor level for the Governor, oldest first", () => {
    const Y = E.summary;
    expect(at("Summary", Y.governorCount, 1)).toBe(2);
    expect([0, 1, 2].map((g) => at("Summary", Y.firstGovernor + g, 0))).toEqual(["Wayleave dispute", "Grader broken", ""]);
    expect([0, 1].map((g) => at("Summary", Y.firstGovernor + g, 2))).toEqual([4, 2]);
    expect(at("Summary", Y.firstGovernor, 3)).toBe(serialOf("2025-08-01"));
    expect(at("Summary", Y.firstGovernor, 4)).toBe(10);
  });
});
