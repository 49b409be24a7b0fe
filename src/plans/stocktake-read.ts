/**
 * The inputs of a delivery workbook file, read as the sheets hold them: a file written by ExcelJS (or
 * saved by a spreadsheet) may hold no computed values, so "Record this stocktake" reads what was typed
 * and computes the rest with the core. Where everything sits comes from the file itself (the number of
 * priorities, periods and issue rows), checked against the headings the delivery plan writes.
 */
import ExcelJS from "exceljs";
import { JUDGEMENTS, type Judgement } from "../core/delivery-judgement";
import { DEFAULT_OVERDUE_DAYS, type EscalationLevel, requireLevel, requireOverdueDays } from "../core/escalation";
import { valueError } from "../core/errors";
import { plannedTrajectory } from "../core/trajectory";
import { type DeliveryLayout, deliveryLayout } from "./delivery-layout";
import { a1 } from "./plan";

/** The sheets the delivery plan names, as "Record this stocktake" finds them. */
export const DELIVERY_SHEETS = { plan: "Delivery plan", traj: "Trajectory", stock: "Stocktake", problems: "Problem solving" } as const;

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
  /** The file as read, for the sheets "Record this stocktake" appends to. */
  workbook: ExcelJS.Workbook;
}

const serialOfDate = (d: Date) => Math.round(d.getTime() / 86_400_000 + 25_569);

/** A cell's typed value: numbers (dates as serials) and text; a formula is not typed, so it reads as null. */
export function typedValue(ws: ExcelJS.Worksheet, row0: number, col0: number): number | string | null {
  const v = ws.getCell(row0 + 1, col0 + 1).value;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v;
  if (v instanceof Date) return serialOfDate(v);
  if (v && typeof v === "object" && "richText" in v) return (v.richText as { text: string }[]).map((t) => t.text).join("");
  return null;
}

const numberAt = (ws: ExcelJS.Worksheet, r: number, c: number) => {
  const v = typedValue(ws, r, c);
  return typeof v === "number" ? v : null;
};
const textAt = (ws: ExcelJS.Worksheet, r: number, c: number) => {
  const v = typedValue(ws, r, c);
  return v === null ? "" : String(v);
};

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw valueError("workbook", `has no "${name}" sheet: is it a delivery workbook Mgao built?`);
  return ws;
}

function expectHeading(ws: ExcelJS.Worksheet, r: number, c: number, heading: string): void {
  if (textAt(ws, r, c) !== heading) throw valueError("workbook", `${ws.name}!${a1(r, c)} should read "${heading}": is it a delivery workbook Mgao built?`);
}

/** A delivery workbook's inputs, from the bytes of its .xlsx file. */
export async function readDeliveryInputs(file: Uint8Array): Promise<DeliveryInputs> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch (error) {
    throw valueError("workbook", `is not an .xlsx file that can be read (${(error as Error).message})`);
  }
  const plan = sheetOf(wb, DELIVERY_SHEETS.plan);
  const traj = sheetOf(wb, DELIVERY_SHEETS.traj);
  const stock = sheetOf(wb, DELIVERY_SHEETS.stock);
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
  while (completion <= stock.rowCount && textAt(stock, completion, 0) !== "Projects planned") completion++;
  const I = completion - 3 - firstIssue + 1;
  if (completion > stock.rowCount || I < 1) throw valueError("workbook", 'has no "Projects planned" row under the Stocktake\'s issues');
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
      const cell = traj.getCell(L.traj.first + k + 1, L.traj.col.planned(i) + 1);
      if (cell.type === ExcelJS.ValueType.Formula) return line ? line[k] : null;
      return numberAt(traj, L.traj.first + k, L.traj.col.planned(i));
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

  const problems = wb.getWorksheet(DELIVERY_SHEETS.problems);
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
    workbook: wb,
  };
}
