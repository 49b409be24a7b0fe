/** The delivery workbook's Delivery plan sheet: the settings, the priorities and their milestones. */
import { DATE_FORMAT } from "../core/dates";
import { JUDGEMENT_RULE_NOTE } from "../core/delivery-judgement";
import { type DeliveryContext, abs, input, measureFormat, overdueCell, overdueFormat } from "./delivery-layout";
import { FREQUENCIES, MILESTONE_STATUSES } from "./delivery-spec";
import { asOfInput, dateInput, text, textInput } from "./input-cells";
import { type CellSpec, type SheetPlan, a1 } from "./plan";

/** Delivery plan: settings, priorities, milestones. */
export function planSheet({ spec, L, P, N, M }: DeliveryContext): SheetPlan {
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
      input(p.baseline, measureFormat(p)),
      input(p.target, measureFormat(p)),
      { formula: `IF(${a1(r, L.plan.col.name)}="","",EDATE(${abs(L.plan.start, 1)},(${abs(L.plan.periods, 1)}-1)*IF(${abs(L.plan.frequency, 1)}="quarter",3,1)))`, format: DATE_FORMAT, style: "computed" },
    ];
  });
  const milestoneRows: CellSpec[][] = spec.priorities.flatMap((p, i) => p.milestones.map((m) => [input(i + 1), input(m.name), input(m.owner), dateInput(m.due), input(m.status ?? "Not started")]));
  // Spare rows for milestones added in the sheet: Text-formatted name and owner, the Overdue formula.
  while (milestoneRows.length < M) milestoneRows.push([input(null), textInput(""), textInput(""), dateInput(null), input(null)]);
  milestoneRows.forEach((row, k) => row.push(overdueCell(L.plan.firstMilestone + k, L.plan.mcol, "Done", abs(L.plan.asOf, 1))));
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
    conditionalFormats: [overdueFormat(L.plan.firstMilestone, L.plan.mcol.overdue, M)],
    charts: [],
  };
}
