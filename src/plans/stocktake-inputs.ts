/**
 * The inputs of a delivery workbook, read as its sheets hold them: a file written by ExcelJS (or saved
 * by a spreadsheet) may hold no computed values, so "Record this stocktake" reads what was typed and
 * computes the rest with the core, from a file and in the open workbook alike. Where everything sits
 * comes from the workbook itself (the number of priorities, periods and issue rows), checked against
 * the headings the delivery plan writes.
 */
import { JUDGEMENTS, type Judgement } from "../core/delivery-judgement";
import { DEFAULT_OVERDUE_DAYS, type EscalationLevel, requireLevel, requireOverdueDays } from "../core/escalation";
import { valueError } from "../core/errors";
import { plannedTrajectory } from "../core/trajectory";
import { type DeliveryLayout, deliveryLayout } from "./delivery-layout";
import { a1 } from "./plan";
import type { BookCells, SheetCells } from "./stocktake-cells";

/** The sheets the delivery plan names, as "Record this stocktake" finds them. */
export const DELIVERY_SHEETS = { plan: "Delivery plan", traj: "Trajectory", stock: "Stocktake", problems: "Problem solving" } as const;

/** The Stocktake's label under its issues, where the completion block starts. */
export const PROJECTS_PLANNED = "Projects planned";

export interface PriorityRead {
  number: number;
  name: string;
  baseline: number | null;
  planned: (number | null)[];
  actuals: (number | null)[];
  analyst: Judgement | null;
}

export interface IssueRead {
  /** The issue's number: its row among the Stocktake's issues, 1 for the first. */
  number: number;
  priority: number | null;
  issue: string;
  due: number | null;
  closed: boolean;
  /** The level typed on the Problem solving sheet; null where blank. */
  level: EscalationLevel | null;
}

export interface DeliveryInputs {
  title: string;
  tolerance: number;
  /** The As of date typed on the Delivery plan (a serial), or null where it is TODAY(). */
  asOf: number | null;
  overdueDays: number;
  priorities: PriorityRead[];
  issues: IssueRead[];
  L: DeliveryLayout;
  /** The workbook's cells, for the sheets "Record this stocktake" appends to. */
  book: BookCells;
}

const numberAt = (ws: SheetCells, r: number, c: number) => {
  const v = ws.typed(r, c);
  return typeof v === "number" ? v : null;
};
const textAt = (ws: SheetCells, r: number, c: number) => {
  const v = ws.typed(r, c);
  return v === null ? "" : String(v);
};

function sheetOf(book: BookCells, name: string): SheetCells {
  const ws = book(name);
  if (!ws) throw valueError("workbook", `has no "${name}" sheet: is it a delivery workbook Mgao built?`);
  return ws;
}

function expectHeading(ws: SheetCells, r: number, c: number, heading: string): void {
  if (textAt(ws, r, c) !== heading) throw valueError("workbook", `${ws.name}!${a1(r, c)} should read "${heading}": is it a delivery workbook Mgao built?`);
}

/** A delivery workbook's inputs, from its cells. */
export function deliveryInputsOf(book: BookCells): DeliveryInputs {
  const plan = sheetOf(book, DELIVERY_SHEETS.plan);
  const traj = sheetOf(book, DELIVERY_SHEETS.traj);
  const stock = sheetOf(book, DELIVERY_SHEETS.stock);
  // Where things sit: the priorities are numbered 1, 2, ... under the plan's header; the issues run to the completion block.
  const probe = deliveryLayout({ priorities: [], issues: [], periods: 1 });
  expectHeading(plan, probe.plan.header, probe.plan.col.name, "Priority");
  let P = 0;
  while (numberAt(plan, probe.plan.first + P, 0) === P + 1) P++;
  if (P === 0) throw valueError("workbook", "lists no priorities on the Delivery plan sheet");
  const N = numberAt(plan, probe.plan.periods, 1);
  if (N === null || !Number.isInteger(N) || N < 1) throw valueError("workbook", `Delivery plan!${a1(probe.plan.periods, 1)} should hold the number of periods`);
  const firstIssue = deliveryLayout({ priorities: Array.from({ length: P }, () => ({ milestones: [] })), issues: [], periods: N }).stock.firstIssue;
  // The issue rows end two rows above the completion block's "Projects planned".
  let completion = firstIssue;
  while (completion < stock.end && textAt(stock, completion, 0) !== PROJECTS_PLANNED) completion++;
  const I = completion - 3 - firstIssue + 1;
  if (completion >= stock.end || I < 1) throw valueError("workbook", `has no "${PROJECTS_PLANNED}" row under the Stocktake's issues`);
  const L = deliveryLayout({ priorities: Array.from({ length: P }, () => ({ milestones: [] })), issues: Array.from({ length: I }), periods: N, blankRows: 0 });
  expectHeading(stock, L.stock.header, L.stock.col.name, "Priority");
  expectHeading(stock, L.stock.issueHeader, L.stock.icol.issue, "Issue");

  const tolerance = numberAt(plan, L.plan.tolerance, 1);
  if (tolerance === null || !(tolerance >= 0 && tolerance <= 1)) throw valueError("workbook", `Delivery plan!${a1(L.plan.tolerance, 1)} should hold the tolerance, 0 to 100%`);
  const priorities = Array.from({ length: P }, (_, i): PriorityRead => {
    const baseline = numberAt(plan, L.plan.first + i, L.plan.col.baseline);
    const target = numberAt(plan, L.plan.first + i, L.plan.col.target);
    // The planned cells hold the straight line's formula unless a value was typed over it.
    const line = baseline !== null && target !== null ? plannedTrajectory(baseline, target, N) : null;
    const planned = Array.from({ length: N }, (_, k) => {
      const [r, c] = [L.traj.first + k, L.traj.col.planned(i)];
      if (traj.isFormula(r, c)) return line ? line[k] : null;
      return numberAt(traj, r, c);
    });
    const analyst = textAt(stock, L.stock.first + i, L.stock.col.analyst).trim();
    return {
      number: i + 1,
      name: textAt(plan, L.plan.first + i, L.plan.col.name),
      baseline,
      planned,
      actuals: Array.from({ length: N }, (_, k) => numberAt(traj, L.traj.first + k, L.traj.col.actual(i))),
      analyst: JUDGEMENTS.includes(analyst as Judgement) ? (analyst as Judgement) : null,
    };
  });

  const problems = book(DELIVERY_SHEETS.problems);
  const issues: IssueRead[] = [];
  for (let k = 0; k < I; k++) {
    const r = L.stock.firstIssue + k;
    const priority = numberAt(stock, r, L.stock.icol.priority);
    const issue = textAt(stock, r, L.stock.icol.issue);
    if (issue === "" && priority === null) continue;
    const typedLevel = problems ? textAt(problems, L.problems.first + k, L.problems.col.current).trim() : "";
    issues.push({
      number: k + 1,
      priority,
      issue,
      due: numberAt(stock, r, L.stock.icol.due),
      closed: textAt(stock, r, L.stock.icol.status) === "Closed",
      level: typedLevel === "" ? null : requireLevel(typedLevel, `${DELIVERY_SHEETS.problems}!${a1(L.problems.first + k, L.problems.col.current)}`),
    });
  }
  const days = problems ? numberAt(problems, L.problems.overdueDays, L.problems.setting.value) : null;
  return {
    title: textAt(plan, 0, 0),
    tolerance,
    asOf: numberAt(plan, L.plan.asOf, 1),
    overdueDays: days === null ? DEFAULT_OVERDUE_DAYS : requireOverdueDays(days, `${DELIVERY_SHEETS.problems}!${a1(L.problems.overdueDays, L.problems.setting.value)}`),
    priorities,
    issues,
    L,
    book,
  };
}
