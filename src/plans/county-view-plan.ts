/**
 * The County view: the departments' delivery Stocktake sheets (found by their headings,
 * delivery-sheets-found.ts) rolled up on one sheet. Every figure is a formula on the department's own
 * cells ('Stocktake (2)'!$L$5:$L$7), no INDIRECT, so it follows the Stocktakes as they change; a
 * department added later needs the view built again.
 */
import { JUDGEMENTS } from "../core/delivery-judgement";
import { valueError } from "../core/errors";
import { judgementFormats } from "./delivery-layout";
import type { FoundDelivery } from "./delivery-sheets-found";
import { text } from "./input-cells";
import { type CellSpec, type SheetPlan, type WorkbookPlan, a1 } from "./plan";
import { quoteSheetName } from "./sheet-names";
import { NO_JUDGEMENT } from "./stocktake-snapshot";

export const COUNTY_VIEW_NAME = "County view";
export const COUNTY_COLUMNS = ["Department", "Stocktake sheet", "Priorities", ...JUDGEMENTS, NO_JUDGEMENT, "Open issues for the Governor"] as const;
export const PRIORITY_LIST_COLUMNS = ["Department", "#", "Priority", "Judgement"] as const;

/** Where the view's two tables sit, for `departments` departments. */
export function countyViewLayout(departments: number) {
  const first = 4;
  const total = first + departments;
  const col = { priorities: 2, judgement: (k: number) => 3 + k, none: 3 + JUDGEMENTS.length, governor: 4 + JUDGEMENTS.length };
  return { header: 3, first, total, listHeader: total + 3, firstListed: total + 4, col };
}

/** A column of a department's priority rows, from another sheet, absolute. */
const column = (f: FoundDelivery, col: number) => `${quoteSheetName(f.sheet)}!${a1(f.first, col, true)}:${a1(f.first + f.priorities - 1, col, true)}`;
const cellOf = (sheet: string, row: number, col: number) => `${quoteSheetName(sheet)}!${a1(row, col, true)}`;

/** The department's name: its Delivery plan's title, live, else the Stocktake's name as text. */
const department = (f: FoundDelivery): CellSpec => (f.plan ? { formula: `${cellOf(f.plan, 0, 0)}&""`, style: "computed" } : { value: f.title, style: "computed" });

export function countyViewSheet(found: readonly FoundDelivery[]): SheetPlan {
  if (found.length === 0) throw valueError("workbook", "has no Stocktake sheet of a delivery workbook Mgao built (none has the Stocktake's headings)");
  const L = countyViewLayout(found.length);
  const rows = found.map((f, d): CellSpec[] => {
    const r = L.first + d;
    return [
      department(f),
      { value: f.sheet, style: "computed" },
      { formula: `COUNT(${column(f, f.col.index)})`, style: "computed" },
      ...JUDGEMENTS.map((j): CellSpec => ({ formula: `COUNTIF(${column(f, f.col.judgement)},"${j}")`, style: "computed" })),
      // A priority with no judgement yet shows "" there: what the four counts leave.
      { formula: `${a1(r, L.col.priorities)}-SUM(${a1(r, L.col.judgement(0))}:${a1(r, L.col.judgement(JUDGEMENTS.length - 1))})`, style: "computed" },
      f.governor ? { formula: cellOf(f.governor.sheet, f.governor.row, f.governor.col), style: "computed" } : { value: "", style: "computed" },
    ];
  });
  const sum = (c: number): CellSpec => ({ formula: `SUM(${a1(L.first, c)}:${a1(L.total - 1, c)})`, style: "total" });
  const total: CellSpec[] = [text("County", "total"), { value: `${found.length} department${found.length === 1 ? "" : "s"}`, style: "total" }, ...Array.from({ length: COUNTY_COLUMNS.length - 2 }, (_, k) => sum(2 + k))];
  const listed = found.flatMap((f) =>
    Array.from({ length: f.priorities }, (_, k): CellSpec[] => [
      department(f),
      { formula: cellOf(f.sheet, f.first + k, f.col.index), style: "computed" },
      { formula: `${cellOf(f.sheet, f.first + k, f.col.name)}&""`, style: "computed" },
      { formula: `${cellOf(f.sheet, f.first + k, f.col.judgement)}&""`, style: "total" },
    ]),
  );
  return {
    key: "county",
    name: COUNTY_VIEW_NAME,
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [
          [text("County view: delivery across departments", "title")],
          [text(`The Stocktake sheets of ${found.length} delivery workbook${found.length === 1 ? "" : "s"} in this workbook, found by their headings; each figure reads that sheet's cells. Build the view again after adding a department.`, "note")],
        ],
      },
      { row: L.header, col: 0, cells: [COUNTY_COLUMNS.map((h) => text(h, "header")), ...rows, total] },
      { row: L.listHeader - 1, col: 0, cells: [[text("Every priority, department by department", "subtitle")], PRIORITY_LIST_COLUMNS.map((h) => text(h, "header")), ...listed] },
    ],
    widths: [34, 18, 11, 10, 12, 11, 10, 13, 15],
    validations: [],
    conditionalFormats: judgementFormats(L.firstListed, 3, listed.length),
    charts: [],
    print: { landscape: true },
  };
}

/** The County view as a plan of one sheet, built into the workbook that holds the departments. */
export function countyViewPlan(found: readonly FoundDelivery[], title: string): WorkbookPlan {
  return { title, sheets: [countyViewSheet(found)] };
}
