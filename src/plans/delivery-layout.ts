/**
 * Where everything sits in the delivery workbook, what every sheet builds on, and the cells and
 * references the sheets share. It lives apart from delivery-plan.ts so the sheet modules can read it
 * without importing the plan that assembles them.
 */
import { JUDGEMENTS, type Judgement } from "../core/delivery-judgement";
import type { DeliverySpec } from "./delivery-spec";
import { LOOK } from "./input-cells";
import { measureFormatFor } from "./number-formats";
import { type CellSpec, type ConditionalFormat, a1 } from "./plan";
import { DEFAULT_BLANK_ROWS } from "./spec-fields";

/** The Governor's issues the Summary lists, oldest first; it counts them all. */
export const GOVERNOR_ROWS = 8;

/** Where everything sits, for the plan, the tests and the linking code. */
export function deliveryLayout(spec: { priorities: readonly { milestones: readonly unknown[] }[]; issues: readonly unknown[]; periods: number; blankRows?: number }) {
  const P = spec.priorities.length;
  const milestones = spec.priorities.reduce((n, p) => n + p.milestones.length, 0);
  // Rows written for each list: the items given, then empty ones (with their formulas) to add more.
  const spare = spec.blankRows ?? DEFAULT_BLANK_ROWS;
  const milestoneRows = Math.max(1, milestones + spare);
  const issueRows = Math.max(1, spec.issues.length + spare);
  const plan = {
    start: 3, frequency: 4, periods: 5, tolerance: 6, asOf: 7, header: 9, first: 10,
    col: { index: 0, name: 1, lead: 2, metric: 3, unit: 4, baseline: 5, target: 6, targetDate: 7 },
    milestoneHeader: 10 + P + 1, firstMilestone: 10 + P + 2, milestoneRows,
    mcol: { priority: 0, name: 1, owner: 2, due: 3, status: 4, overdue: 5 },
  };
  const traj = { header: 3, first: 4, col: { period: 0, date: 1, planned: (i: number) => 2 + 2 * i, actual: (i: number) => 3 + 2 * i } };
  const stock = {
    header: 3, first: 4,
    col: { index: 0, name: 1, lead: 2, latest: 3, date: 4, actual: 5, planned: 6, variance: 7, ratio: 8, suggested: 9, analyst: 10, judgement: 11, rule: 12 },
    issueHeader: 4 + P + 2, firstIssue: 4 + P + 3,
    icol: { priority: 0, issue: 1, action: 2, owner: 3, due: 4, status: 5, overdue: 6 },
  };
  const lastIssue = stock.firstIssue + issueRows - 1;
  const completion = { planned: lastIssue + 3, completed: lastIssue + 4, rate: lastIssue + 5 };
  // "For the Governor": under the priorities, room for the oldest few so the Summary stays one page.
  const governorRows = Math.min(issueRows, GOVERNOR_ROWS);
  const summary = { counts: 4, noActual: 8, rate: 10, openIssues: 11, overdueActions: 12, overdueMilestones: 13, header: 15, first: 16, governor: 16 + P + 1, governorCount: 16 + P + 2, governorHeader: 16 + P + 3, firstGovernor: 16 + P + 4, governorRows };
  // Problem solving: one row per Stocktake issue row (spare ones included), in the same order, so the issue number keys both.
  const problems = {
    // The rule's setting sits over the wide Issue column: its label there, its value beside it.
    overdueDays: 2, setting: { label: 2, value: 3 }, header: 5, first: 6, rows: issueRows, logHeader: 6 + issueRows + 2, firstLog: 6 + issueRows + 3, logRows: Math.max(1, spare),
    col: { issue: 0, priority: 1, text: 2, status: 3, judgement: 4, overdue: 5, why: (k: number) => 6 + k, options: 11, decision: 12, raised: 13, current: 14, proposed: 15, key: 16 },
    lcol: { date: 0, issue: 1, from: 2, to: 3, note: 4 },
  };
  return { plan, traj, stock: { ...stock, issueRows, lastIssue, completion }, summary, problems };
}

export type DeliveryLayout = ReturnType<typeof deliveryLayout>;

/** What every sheet builds on: the spec, where things sit, and the counts of priorities, periods, and milestone and issue rows (spare ones included). */
export interface DeliveryContext {
  spec: DeliverySpec;
  L: DeliveryLayout;
  P: number;
  N: number;
  M: number;
  I: number;
}

/** A priority's measure format: the decimals its baseline, target and actuals are given with. */
export const measureFormat = (p: { unit?: string; baseline: number | null; target: number | null; actuals?: (number | null)[] }) => measureFormatFor(p.unit, [p.baseline, p.target, ...(p.actuals ?? [])]);

export const input = (value: string | number | null, format?: string): CellSpec => ({ value, input: true, style: "input", format });

export const abs = (r: number, c: number) => a1(r, c, true);
/** A cell of the Delivery plan sheet, from another sheet. */
export const planRef = (r: number, c: number) => `{sheet:plan}!${abs(r, c)}`;
/** The settings every sheet reads from the Delivery plan sheet. */
export const settingsOf = (L: DeliveryLayout) => ({
  start: planRef(L.plan.start, 1),
  step: `IF(${planRef(L.plan.frequency, 1)}="quarter",3,1)`,
  periods: planRef(L.plan.periods, 1),
  tol: planRef(L.plan.tolerance, 1),
  asOf: planRef(L.plan.asOf, 1),
});

/** Fills for the four judgements, strongest signal last. */
export const JUDGEMENT_FILLS: Record<Judgement, { fill: string; fontColor: string }> = { Green: LOOK.green, "Amber-Green": LOOK.paleGreen, "Amber-Red": LOOK.amber, Red: LOOK.red };

/**
 * The Overdue flag of a milestone or issue row: a due date before As of, and not yet `finished`
 * ("Done", "Closed"). A blank status counts as not finished.
 */
export function overdueCell(row: number, col: { due: number; status: number }, finished: string, asOf: string): CellSpec {
  const c = (k: number) => a1(row, k);
  return { formula: `IF(AND(ISNUMBER(${c(col.due)}),${c(col.status)}<>"${finished}",${c(col.due)}<${asOf}),"Overdue","")`, style: "computed" };
}

/** The red highlight of an Overdue column. */
export function overdueFormat(row: number, col: number, rows: number): ConditionalFormat {
  return { range: { row, col, rows, cols: 1 }, kind: "expression", formula: `${a1(row, col)}="Overdue"`, ...LOOK.red };
}

export function judgementFormats(row: number, col: number, rows: number): ConditionalFormat[] {
  return JUDGEMENTS.map((j) => ({ range: { row, col, rows, cols: 1 }, kind: "expression", formula: `${a1(row, col)}="${j}"`, ...JUDGEMENT_FILLS[j] }));
}
