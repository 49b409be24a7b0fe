/**
 * The delivery workbook: from chosen priorities to a delivery plan (lead, metric, milestones), a
 * planned trajectory against actuals, a stocktake with the delivery judgement and the analyst's
 * override, issues and next actions, the county's project completion rate, and a one-page summary
 * for the governor's monthly meeting. Every judgement and flag is a live formula mirroring the core
 * (delivery-judgement.ts, trajectory.ts, completion-rate.ts).
 */
import { DATE_FORMAT, serialOf } from "../core/dates";
import { BAND_SLACK, DEFAULT_TOLERANCE, JUDGEMENTS, JUDGEMENT_RULE_NOTE, type Judgement } from "../core/delivery-judgement";
import { LOOK, asOfInput, dateInput, text } from "./input-cells";
import { type CellSpec, type ConditionalFormat, type SheetPlan, type WorkbookPlan, a1, columnLetter } from "./plan";
import { type FieldError, throwIfAny } from "./spec-errors";

export const MILESTONE_STATUSES = ["Not started", "On track", "At risk", "Done"] as const;
export const ISSUE_STATUSES = ["Open", "Closed"] as const;
export const FREQUENCIES = ["month", "quarter"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface MilestoneSpec {
  name: string;
  owner: string;
  /** ISO date, or null to type it in the sheet. */
  due: string | null;
  status?: (typeof MILESTONE_STATUSES)[number];
}

export interface DeliveryPrioritySpec {
  name: string;
  lead: string;
  metric: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  milestones: MilestoneSpec[];
  /** Actuals so far, one per period from the first; null where none was recorded. */
  actuals?: (number | null)[];
  /** The analyst's judgement at the last stocktake, overriding the suggestion. */
  judgement?: Judgement | null;
}

export interface IssueSpec {
  /** The priority's number in the plan (1 for the first). */
  priority: number;
  issue: string;
  action: string;
  owner: string;
  due: string | null;
  status?: (typeof ISSUE_STATUSES)[number];
}

export interface DeliverySpec {
  title: string;
  county: string;
  /** First period of the trajectory, ISO date (the first of a month reads best). */
  start: string;
  frequency: Frequency;
  periods: number;
  /** Shortfall against the trajectory still judged Green (unconfirmed rule; a setting). */
  tolerance: number;
  /** Date of the stocktake, ISO; null keeps the sheet on =TODAY(). */
  asOf: string | null;
  priorities: DeliveryPrioritySpec[];
  issues: IssueSpec[];
  projectsPlanned: number | null;
  projectsCompleted: number | null;
}

export const EXAMPLE_DELIVERY: DeliverySpec = {
  title: "Governor's delivery priorities FY2025/26",
  county: "Nyeri",
  start: "2025-07-01",
  frequency: "month",
  periods: 12,
  tolerance: DEFAULT_TOLERANCE,
  asOf: null,
  priorities: [
    {
      name: "Maternity wing, Othaya Level 4",
      lead: "CECM Health",
      metric: "Share of works complete",
      unit: "%",
      baseline: 0,
      target: 1,
      milestones: [
        { name: "Contractor on site", owner: "Chief Officer Health", due: "2025-08-15", status: "Done" },
        { name: "Roofing complete", owner: "Project engineer", due: "2026-01-31", status: "On track" },
        { name: "Handover and equipping", owner: "Medical superintendent", due: "2026-06-15", status: "Not started" },
      ],
      actuals: [0.05, 0.12, 0.2, 0.27],
    },
    {
      name: "Solar power for 20 dispensaries",
      lead: "CECM Energy",
      metric: "Dispensaries on solar",
      unit: "dispensaries",
      baseline: 0,
      target: 20,
      milestones: [{ name: "Tender awarded", owner: "Supply chain", due: "2025-09-30", status: "Done" }],
      actuals: [0, 0, 1, 2],
    },
  ],
  issues: [{ priority: 2, issue: "Panels held at the port", action: "Escalate clearance to the Governor's office", owner: "Chief Officer Energy", due: "2025-11-30", status: "Open" }],
  projectsPlanned: 40,
  projectsCompleted: 31,
};

const validDate = (iso: string | null, field: string, errors: FieldError[]) => {
  if (iso === null || iso.trim() === "") return;
  try {
    serialOf(iso, field);
  } catch {
    errors.push({ field, message: `"${iso}" is not a date: write it as YYYY-MM-DD.` });
  }
};

export function checkDelivery(spec: DeliverySpec): FieldError[] {
  const errors: FieldError[] = [];
  if (!spec.title.trim()) errors.push({ field: "title", message: "Give the plan a title." });
  if (!spec.start?.trim()) errors.push({ field: "start", message: "Give the first period's date." });
  else validDate(spec.start, "start", errors);
  if (!FREQUENCIES.includes(spec.frequency)) errors.push({ field: "frequency", message: "Choose month or quarter." });
  if (!(Number.isInteger(spec.periods) && spec.periods >= 1 && spec.periods <= 60)) errors.push({ field: "periods", message: "Periods is a whole number from 1 to 60." });
  if (!(spec.tolerance >= 0 && spec.tolerance <= 1)) errors.push({ field: "tolerance", message: "The tolerance is between 0% and 100%." });
  validDate(spec.asOf, "asOf", errors);
  if (spec.priorities.length === 0) errors.push({ field: "priorities", message: "Add at least one priority." });
  spec.priorities.forEach((p, i) => {
    const at = `priorities.${i}`;
    if (!p.name.trim()) errors.push({ field: `${at}.name`, message: `Priority ${i + 1} has no name.` });
    for (const key of ["baseline", "target"] as const) {
      const v = p[key];
      if (v !== null && !Number.isFinite(v)) errors.push({ field: `${at}.${key}`, message: `The ${key} of "${p.name}" is not a number.` });
    }
    if ((p.actuals?.length ?? 0) > spec.periods) errors.push({ field: `${at}.actuals`, message: `"${p.name}" has ${p.actuals!.length} actuals for ${spec.periods} periods.` });
    p.milestones.forEach((m, k) => {
      if (!m.name.trim()) errors.push({ field: `${at}.milestones.${k}.name`, message: `Milestone ${k + 1} of "${p.name}" has no name.` });
      validDate(m.due, `${at}.milestones.${k}.due`, errors);
    });
    if (p.judgement && !JUDGEMENTS.includes(p.judgement)) errors.push({ field: `${at}.judgement`, message: `A judgement is one of ${JUDGEMENTS.join(", ")}.` });
  });
  spec.issues.forEach((issue, k) => {
    if (!(Number.isInteger(issue.priority) && issue.priority >= 1 && issue.priority <= spec.priorities.length)) {
      errors.push({ field: `issues.${k}.priority`, message: `Issue ${k + 1} names priority ${issue.priority}; there are ${spec.priorities.length}.` });
    }
    validDate(issue.due, `issues.${k}.due`, errors);
  });
  const { projectsPlanned: planned, projectsCompleted: done } = spec;
  if (planned !== null && !(Number.isInteger(planned) && planned >= 0)) errors.push({ field: "projectsPlanned", message: "Projects planned is a whole number, zero or more." });
  if (done !== null && !(Number.isInteger(done) && done >= 0)) errors.push({ field: "projectsCompleted", message: "Projects completed is a whole number, zero or more." });
  else if (done !== null && planned !== null && done > planned) errors.push({ field: "projectsCompleted", message: `${done} completed is more than the ${planned} planned.` });
  return errors;
}

/** Where everything sits, for the plan, the tests and the linking code. */
export function deliveryLayout(spec: { priorities: readonly { milestones: readonly unknown[] }[]; issues: readonly unknown[]; periods: number }) {
  const P = spec.priorities.length;
  const milestones = spec.priorities.reduce((n, p) => n + p.milestones.length, 0);
  const plan = {
    start: 3, frequency: 4, periods: 5, tolerance: 6, asOf: 7, header: 9, first: 10,
    col: { index: 0, name: 1, lead: 2, metric: 3, unit: 4, baseline: 5, target: 6, targetDate: 7 },
    milestoneHeader: 10 + P + 1, firstMilestone: 10 + P + 2, milestones,
    mcol: { priority: 0, name: 1, owner: 2, due: 3, status: 4, overdue: 5 },
  };
  const traj = { header: 3, first: 4, col: { period: 0, date: 1, planned: (i: number) => 2 + 2 * i, actual: (i: number) => 3 + 2 * i } };
  const stock = {
    header: 3, first: 4,
    col: { index: 0, name: 1, lead: 2, latest: 3, date: 4, actual: 5, planned: 6, variance: 7, ratio: 8, suggested: 9, analyst: 10, judgement: 11, rule: 12 },
    issueHeader: 4 + P + 2, firstIssue: 4 + P + 3,
    icol: { priority: 0, issue: 1, action: 2, owner: 3, due: 4, status: 5, overdue: 6 },
  };
  const lastIssue = stock.firstIssue + Math.max(spec.issues.length, 1) - 1;
  const completion = { planned: lastIssue + 3, completed: lastIssue + 4, rate: lastIssue + 5 };
  const summary = { counts: 4, noActual: 8, rate: 10, openIssues: 11, overdueActions: 12, overdueMilestones: 13, header: 15, first: 16 };
  return { plan, traj, stock: { ...stock, lastIssue, completion }, summary };
}

const input = (value: string | number | null, format?: string): CellSpec => ({ value, input: true, style: "input", format });

/** Fills for the four judgements, strongest signal last. */
const JUDGEMENT_FILLS: Record<Judgement, { fill: string; fontColor: string }> = { Green: LOOK.green, "Amber-Green": LOOK.paleGreen, "Amber-Red": LOOK.amber, Red: LOOK.red };

function judgementFormats(row: number, col: number, rows: number): ConditionalFormat[] {
  return JUDGEMENTS.map((j) => ({ range: { row, col, rows, cols: 1 }, kind: "expression", formula: `${a1(row, col)}="${j}"`, ...JUDGEMENT_FILLS[j] }));
}

/** The nested IF for the suggested judgement, the same bands (and slack) as suggestJudgement. */
const judgementFormula = (ratio: string, tol: string) => {
  const within = (k: number) => `1-${ratio}<=${k === 1 ? "" : `${k}*`}${tol}+${BAND_SLACK.toExponential().toUpperCase()}`;
  return `IF(${ratio}="","",IF(${within(1)},"Green",IF(${within(2)},"Amber-Green",IF(${within(3)},"Amber-Red","Red"))))`;
};

export function deliveryPlan(spec: DeliverySpec): WorkbookPlan {
  throwIfAny(checkDelivery(spec));
  const L = deliveryLayout(spec);
  const at: Context = { spec, L, P: spec.priorities.length, N: spec.periods, M: Math.max(L.plan.milestones, 1), I: Math.max(spec.issues.length, 1) };
  return { title: spec.title, sheets: [planSheet(at), trajectorySheet(at), stocktakeSheet(at), summarySheet(at)] };
}

/** What every sheet builds on: the spec, where things sit, and the counts of priorities, periods, milestones and issues (at least one row each). */
interface Context {
  spec: DeliverySpec;
  L: ReturnType<typeof deliveryLayout>;
  P: number;
  N: number;
  M: number;
  I: number;
}

const abs = (r: number, c: number) => a1(r, c, true);
/** A cell of the Delivery plan sheet, from another sheet. */
const planRef = (r: number, c: number) => `{sheet:plan}!${abs(r, c)}`;
/** The settings every sheet reads from the Delivery plan sheet. */
const settingsOf = (L: Context["L"]) => ({
  start: planRef(L.plan.start, 1),
  step: `IF(${planRef(L.plan.frequency, 1)}="quarter",3,1)`,
  periods: planRef(L.plan.periods, 1),
  tol: planRef(L.plan.tolerance, 1),
  asOf: planRef(L.plan.asOf, 1),
});

/** Delivery plan: settings, priorities, milestones. */
function planSheet({ spec, L, P, N, M }: Context): SheetPlan {
  const settings: CellSpec[][] = [
    [text("First period", "label"), dateInput(spec.start), text("The trajectory's first month or quarter.", "note")],
    [text("Frequency", "label"), input(spec.frequency), text("month or quarter.", "note")],
    [text("Periods", "label"), { value: N, style: "computed" }, text("Fixed when the workbook is built (one trajectory row each); build again to change it.", "note")],
    [text("Tolerance", "label"), input(spec.tolerance, "0%"), text(JUDGEMENT_RULE_NOTE, "note")],
    [text("As of", "label"), asOfInput(spec.asOf), text("The stocktake's date: TODAY() unless you type one.", "note")],
  ];
  const priorityRows = spec.priorities.map((p, i): CellSpec[] => {
    const r = L.plan.first + i;
    return [
      { value: i + 1, style: "computed" },
      input(p.name),
      input(p.lead),
      input(p.metric),
      input(p.unit),
      input(p.baseline, "#,##0.##"),
      input(p.target, "#,##0.##"),
      { formula: `IF(${a1(r, L.plan.col.name)}="","",EDATE(${abs(L.plan.start, 1)},(${abs(L.plan.periods, 1)}-1)*IF(${abs(L.plan.frequency, 1)}="quarter",3,1)))`, format: DATE_FORMAT, style: "computed" },
    ];
  });
  const milestoneRows: CellSpec[][] = [];
  spec.priorities.forEach((p, i) =>
    p.milestones.forEach((m) => {
      const r = L.plan.firstMilestone + milestoneRows.length;
      const c = (k: number) => a1(r, k);
      milestoneRows.push([
        input(i + 1),
        input(m.name),
        input(m.owner),
        dateInput(m.due),
        input(m.status ?? "Not started"),
        { formula: `IF(AND(ISNUMBER(${c(L.plan.mcol.due)}),${c(L.plan.mcol.status)}<>"Done",${c(L.plan.mcol.due)}<${abs(L.plan.asOf, 1)}),"Overdue","")`, style: "computed" },
      ]);
    }),
  );
  return {
    key: "plan",
    name: "Delivery plan",
    blocks: [
      { row: 0, col: 0, cells: [[text(spec.title, "title")], [text(`${spec.county} County · delivery plan`, "subtitle")]] },
      { row: L.plan.start, col: 0, cells: settings },
      { row: L.plan.header, col: 0, cells: [["#", "Priority", "Lead", "Metric", "Unit", "Baseline", "Target", "Target date"].map((h) => text(h, "header"))] },
      { row: L.plan.first, col: 0, cells: priorityRows },
      { row: L.plan.milestoneHeader, col: 0, cells: [["Priority #", "Milestone", "Owner", "Due", "Status", "Overdue"].map((h) => text(h, "header"))] },
      { row: L.plan.firstMilestone, col: 0, cells: milestoneRows },
    ],
    widths: [14, 36, 24, 28, 12, 12, 12, 12],
    validations: [
      { range: { row: L.plan.frequency, col: 1, rows: 1, cols: 1 }, kind: "list", list: FREQUENCIES, prompt: "month or quarter", error: "Choose month or quarter." },
      { range: { row: L.plan.tolerance, col: 1, rows: 1, cols: 1 }, kind: "decimal", min: 0, max: 1, prompt: "Shortfall still judged Green, e.g. 10%.", error: "Between 0% and 100%." },
      { range: { row: L.plan.firstMilestone, col: L.plan.mcol.priority, rows: M, cols: 1 }, kind: "whole", min: 1, max: P, prompt: `The priority's number, 1 to ${P}.`, error: `A priority number from 1 to ${P}.` },
      { range: { row: L.plan.firstMilestone, col: L.plan.mcol.status, rows: M, cols: 1 }, kind: "list", list: MILESTONE_STATUSES, prompt: "Where the milestone stands.", error: `Choose ${MILESTONE_STATUSES.join(", ")}.` },
    ],
    conditionalFormats: [{ range: { row: L.plan.firstMilestone, col: L.plan.mcol.overdue, rows: M, cols: 1 }, kind: "expression", formula: `${a1(L.plan.firstMilestone, L.plan.mcol.overdue)}="Overdue"`, ...LOOK.red }],
    charts: [],
  };
}

/** Trajectory: one row per period; planned (straight line, overwritable) and actual per priority. */
function trajectorySheet({ spec, L, P, N }: Context): SheetPlan {
  const { start, step, periods } = settingsOf(L);
  const T = L.traj;
  const trajHeader: CellSpec[] = [text("Period", "header"), text("Date", "header")];
  spec.priorities.forEach((_, i) => {
    trajHeader.push({ formula: `${planRef(L.plan.first + i, L.plan.col.name)}&": planned"`, style: "header" }, { formula: `${planRef(L.plan.first + i, L.plan.col.name)}&": actual"`, style: "header" });
  });
  const trajRows = Array.from({ length: N }, (_, k): CellSpec[] => {
    const r = T.first + k;
    const cells: CellSpec[] = [{ value: k + 1, style: "computed" }, { formula: `EDATE(${start},(${a1(r, 0)}-1)*${step})`, format: DATE_FORMAT, style: "computed" }];
    spec.priorities.forEach((p, i) => {
      const base = planRef(L.plan.first + i, L.plan.col.baseline);
      const target = planRef(L.plan.first + i, L.plan.col.target);
      cells.push(
        { formula: `IF(OR(${base}="",${target}=""),"",IF(${a1(r, 0)}=${periods},${target},${base}+(${target}-${base})*${a1(r, 0)}/${periods}))`, format: "#,##0.##", style: "input", input: true },
        input(p.actuals?.[k] ?? null, "#,##0.##"),
      );
    });
    return cells;
  });
  return {
    key: "traj",
    name: "Trajectory",
    blocks: [
      { row: 0, col: 0, cells: [[text("Trajectory: planned against actual", "title")], [text("Planned runs straight from baseline to target (type over any period with your own plan); type each actual as it comes in.", "note")]] },
      { row: T.header, col: 0, cells: [trajHeader] },
      { row: T.first, col: 0, cells: trajRows },
    ],
    widths: [8, 12, ...spec.priorities.flatMap(() => [16, 16])],
    freeze: { rows: T.first, cols: 2 },
    validations: [],
    conditionalFormats: [],
    charts: spec.priorities.map((p, i) => ({
      kind: "line" as const,
      title: p.name,
      xTitle: "Period",
      yTitle: p.unit || p.metric,
      series: [
        { name: "Planned", x: { row: T.first, col: 1, rows: N, cols: 1 }, y: { row: T.first, col: T.col.planned(i), rows: N, cols: 1 } },
        { name: "Actual", x: { row: T.first, col: 1, rows: N, cols: 1 }, y: { row: T.first, col: T.col.actual(i), rows: N, cols: 1 } },
      ],
      at: { row: T.header + i * 17, col: 2 + 2 * P + 1, cols: 8, rows: 16 },
    })),
  };
}

/** The column of one Trajectory series, from another sheet. */
const trajectoryColumn = (L: Context["L"], N: number, c: number) => `{sheet:traj}!${columnLetter(c)}$${L.traj.first + 1}:${columnLetter(c)}$${L.traj.first + N}`;

/** Stocktake: the latest actual against the plan, the suggested and the final judgement; issues; the completion rate. */
function stocktakeSheet({ spec, L, P, N, I }: Context): SheetPlan {
  const { tol, asOf } = settingsOf(L);
  const T = L.traj;
  const S = L.stock;
  const trajCol = (c: number) => trajectoryColumn(L, N, c);
  const stockRows = spec.priorities.map((p, i): CellSpec[] => {
    const r = S.first + i;
    const c = (k: number) => a1(r, k);
    const base = planRef(L.plan.first + i, L.plan.col.baseline);
    const latest = c(S.col.latest);
    return [
      { value: i + 1, style: "computed" },
      { formula: `${planRef(L.plan.first + i, L.plan.col.name)}&""`, style: "computed" },
      { formula: `${planRef(L.plan.first + i, L.plan.col.lead)}&""`, style: "computed" },
      // The last period with a number typed as actual (gaps allowed); 0 when none yet.
      { formula: `SUMPRODUCT(MAX(ISNUMBER(${trajCol(T.col.actual(i))})*${trajCol(T.col.period)}))`, format: "0", style: "computed" },
      { formula: `IF(${latest}=0,"",INDEX(${trajCol(T.col.date)},${latest}))`, format: DATE_FORMAT, style: "computed" },
      { formula: `IF(${latest}=0,"",INDEX(${trajCol(T.col.actual(i))},${latest}))`, format: "#,##0.##", style: "computed" },
      { formula: `IF(${latest}=0,"",INDEX(${trajCol(T.col.planned(i))},${latest}))`, format: "#,##0.##", style: "computed" },
      { formula: `IF(OR(${c(S.col.actual)}="",${c(S.col.planned)}=""),"",${c(S.col.actual)}-${c(S.col.planned)})`, format: "#,##0.##;-#,##0.##", style: "computed" },
      {
        formula: `IF(OR(${c(S.col.actual)}="",${c(S.col.planned)}=""),"",IF(${base}="",IF(${c(S.col.planned)}=0,"",${c(S.col.actual)}/${c(S.col.planned)}),IF(${c(S.col.planned)}=${base},1,(${c(S.col.actual)}-${base})/(${c(S.col.planned)}-${base}))))`,
        format: "0%",
        style: "computed",
      },
      { formula: judgementFormula(c(S.col.ratio), tol), style: "computed" },
      input(p.judgement ?? null),
      { formula: `IF(${c(S.col.analyst)}<>"",${c(S.col.analyst)},${c(S.col.suggested)})`, style: "total" },
      { formula: `IF(${c(S.col.ratio)}="","No actual yet","Progress "&TEXT(${c(S.col.ratio)},"0%")&" of plan; tolerance "&TEXT(${tol},"0%")&IF(${c(S.col.analyst)}<>""," (analyst's judgement)",""))`, style: "note" },
    ];
  });
  const issueRows = spec.issues.map((issue, k): CellSpec[] => {
    const r = S.firstIssue + k;
    const c = (j: number) => a1(r, j);
    return [
      input(issue.priority),
      input(issue.issue),
      input(issue.action),
      input(issue.owner),
      dateInput(issue.due),
      input(issue.status ?? "Open"),
      { formula: `IF(AND(ISNUMBER(${c(S.icol.due)}),${c(S.icol.status)}<>"Closed",${c(S.icol.due)}<${asOf}),"Overdue","")`, style: "computed" },
    ];
  });
  const completion = S.completion;
  return {
    key: "stock",
    name: "Stocktake",
    blocks: [
      { row: 0, col: 0, cells: [[text("Stocktake", "title")], [text("As of", "label"), { formula: asOf, format: DATE_FORMAT, style: "computed" }, text("Tolerance", "label"), { formula: tol, format: "0%", style: "computed" }]] },
      { row: S.header, col: 0, cells: [["#", "Priority", "Lead", "Latest period", "Date", "Actual", "Planned", "Variance", "Progress vs plan", "Suggested", "Analyst's judgement", "Judgement", "Why"].map((h) => text(h, "header"))] },
      { row: S.first, col: 0, cells: stockRows },
      { row: S.issueHeader - 1, col: 0, cells: [[text("Issues and next actions", "subtitle")]] },
      { row: S.issueHeader, col: 0, cells: [["Priority #", "Issue", "Next action", "Owner", "Due", "Status", "Overdue"].map((h) => text(h, "header"))] },
      { row: S.firstIssue, col: 0, cells: issueRows },
      {
        row: completion.planned,
        col: 0,
        cells: [
          [text("Projects planned", "label"), input(spec.projectsPlanned, "0"), text("County projects planned for the year (CIDP/ADP).", "note")],
          [text("Projects completed", "label"), input(spec.projectsCompleted, "0")],
          [text("Completion rate", "label"), { formula: `IF(OR(${a1(completion.planned, 1)}="",${a1(completion.completed, 1)}=""),"",IF(${a1(completion.planned, 1)}=0,"",${a1(completion.completed, 1)}/${a1(completion.planned, 1)}))`, format: "0.0%", style: "total" }, text("Completed ÷ planned, as SDUs report it.", "note")],
        ],
      },
    ],
    widths: [12, 32, 20, 10, 12, 12, 12, 12, 12, 14, 14, 14, 44],
    freeze: { rows: S.first, cols: 2 },
    validations: [
      { range: { row: S.first, col: S.col.analyst, rows: P, cols: 1 }, kind: "list", list: JUDGEMENTS, prompt: "Your judgement overrides the suggestion; leave blank to accept it.", error: `Choose ${JUDGEMENTS.join(", ")}, or leave blank.` },
      { range: { row: S.firstIssue, col: S.icol.priority, rows: I, cols: 1 }, kind: "whole", min: 1, max: P, prompt: `The priority's number, 1 to ${P}.`, error: `A priority number from 1 to ${P}.` },
      { range: { row: S.firstIssue, col: S.icol.status, rows: I, cols: 1 }, kind: "list", list: ISSUE_STATUSES, prompt: "Open or Closed.", error: "Choose Open or Closed." },
    ],
    conditionalFormats: [
      ...judgementFormats(S.first, S.col.judgement, P),
      ...judgementFormats(S.first, S.col.suggested, P),
      { range: { row: S.firstIssue, col: S.icol.overdue, rows: I, cols: 1 }, kind: "expression", formula: `${a1(S.firstIssue, S.icol.overdue)}="Overdue"`, ...LOOK.red },
    ],
    charts: [],
  };
}

/** Summary: one landscape page for the governor's monthly meeting. */
function summarySheet({ spec, L, P, M, I }: Context): SheetPlan {
  const { asOf } = settingsOf(L);
  const S = L.stock;
  const completion = S.completion;
  const Y = L.summary;
  const stockRef = (r: number, c: number) => `{sheet:stock}!${abs(r, c)}`;
  const stockCol = (c: number, first: number, n: number) => `{sheet:stock}!${columnLetter(c)}$${first + 1}:${columnLetter(c)}$${first + n}`;
  const judgements = stockCol(S.col.judgement, S.first, P);
  const summaryRows = spec.priorities.map((_, i): CellSpec[] => [
    { formula: `${stockRef(S.first + i, S.col.name)}&""`, style: "computed" },
    { formula: `${stockRef(S.first + i, S.col.lead)}&""`, style: "computed" },
    { formula: `${stockRef(S.first + i, S.col.judgement)}&""`, style: "total" },
    { formula: `${stockRef(S.first + i, S.col.actual)}`, format: "#,##0.##", style: "computed" },
    { formula: `${stockRef(S.first + i, S.col.planned)}`, format: "#,##0.##", style: "computed" },
    { formula: `${stockRef(S.first + i, S.col.rule)}&""`, style: "note" },
  ]);
  return {
    key: "summary",
    name: "Summary",
    blocks: [
      { row: 0, col: 0, cells: [[text(`${spec.title}: summary`, "title")], [text(`${spec.county} County · for the Governor's monthly delivery meeting`, "subtitle")], [text("As of", "label"), { formula: asOf, format: DATE_FORMAT, style: "computed" }]] },
      { row: Y.counts, col: 0, cells: JUDGEMENTS.map((j) => [text(j, "label"), { formula: `COUNTIF(${judgements},"${j}")`, format: "0", style: "computed" }]) },
      { row: Y.noActual, col: 0, cells: [[text("No actual yet", "label"), { formula: `COUNTIF(${stockCol(S.col.rule, S.first, P)},"No actual yet")`, format: "0", style: "computed" }]] },
      {
        row: Y.rate,
        col: 0,
        cells: [
          [text("Project completion rate", "label"), { formula: stockRef(completion.rate, 1), format: "0.0%", style: "total" }],
          [text("Open issues", "label"), { formula: `COUNTIF(${stockCol(S.icol.status, S.firstIssue, I)},"Open")`, format: "0", style: "computed" }],
          [text("Overdue next actions", "label"), { formula: `COUNTIF(${stockCol(S.icol.overdue, S.firstIssue, I)},"Overdue")`, format: "0", style: "computed" }],
          [text("Overdue milestones", "label"), { formula: `COUNTIF({sheet:plan}!${columnLetter(L.plan.mcol.overdue)}$${L.plan.firstMilestone + 1}:${columnLetter(L.plan.mcol.overdue)}$${L.plan.firstMilestone + M},"Overdue")`, format: "0", style: "computed" }],
        ],
      },
      { row: Y.header, col: 0, cells: [["Priority", "Lead", "Judgement", "Actual", "Planned", "Why"].map((h) => text(h, "header"))] },
      { row: Y.first, col: 0, cells: summaryRows },
    ],
    widths: [34, 22, 14, 12, 12, 44],
    validations: [],
    conditionalFormats: [...judgementFormats(Y.first, 2, P), ...JUDGEMENTS.map((j, k) => ({ range: { row: Y.counts + k, col: 0, rows: 1, cols: 1 }, kind: "expression" as const, formula: "TRUE", ...JUDGEMENT_FILLS[j] }))],
    charts: [],
    print: { landscape: true, fitToOnePage: true },
  };
}
