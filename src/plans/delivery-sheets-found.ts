/**
 * The Stocktake sheets of the delivery workbooks in one workbook (one per department), found by their
 * headings in each sheet's used-range values, as matrix-selection.ts finds a matrix: wherever they
 * sit and whatever the sheets are called. A delivery plan built again into the same workbook gets
 * " (2)", " (3)" ... on every sheet, so a Stocktake's Delivery plan and Summary are the sheets of the
 * same suffix; where they are there (checked by their own headings), the department's title and its
 * count of issues for the Governor come from them.
 */
import { deliveryLayout } from "./delivery-layout";
import { STOCKTAKE_HEADINGS } from "./delivery-stocktake-sheet";
import { GOVERNOR_COUNT_LABEL } from "./delivery-summary-sheet";

/** A sheet's used range: its values, the first row being sheet row `rowIndex` and column `columnIndex` (0-based). */
export interface SheetValues {
  name: string;
  values: readonly (readonly unknown[])[];
  rowIndex: number;
  columnIndex: number;
}

/** A department's Stocktake sheet: where its priorities and judgements sit (0-based sheet cells). */
export interface FoundDelivery {
  sheet: string;
  /** The department's title: its Delivery plan's title, else the Stocktake's own name. */
  title: string;
  /** The Delivery plan of the same suffix, whose first cell holds the title. */
  plan?: string;
  /** The Summary of the same suffix, and its cell counting the open issues at Governor level. */
  governor?: { sheet: string; row: number; col: number };
  /** The first priority's row, and the number of priorities. */
  first: number;
  priorities: number;
  col: { index: number; name: number; judgement: number };
}

const at = (s: SheetValues, row: number, col: number): unknown => s.values[row - s.rowIndex]?.[col - s.columnIndex];

/** Where the Stocktake's headings run, left to right in one row: the header's row and first column. */
function headingsAt(s: SheetValues): { row: number; col: number } | undefined {
  for (const [r, line] of s.values.entries()) {
    for (let c = 0; c + STOCKTAKE_HEADINGS.length <= line.length; c++) {
      if (STOCKTAKE_HEADINGS.every((h, k) => line[c + k] === h)) return { row: s.rowIndex + r, col: s.columnIndex + c };
    }
  }
  return undefined;
}

/** The sheet of the same suffix as a Stocktake ("Stocktake (2)" → "Summary (2)"), if the workbook has it. */
function sibling(stocktake: string, base: string, byName: ReadonlyMap<string, SheetValues>): SheetValues | undefined {
  const m = /^Stocktake( \(\d+\))?$/i.exec(stocktake);
  return m ? byName.get(`${base}${m[1] ?? ""}`.toLowerCase()) : undefined;
}

/** The delivery Stocktake sheets among a workbook's sheets, in the workbook's order. */
export function deliverySheetsFound(sheets: readonly SheetValues[]): FoundDelivery[] {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  return sheets.flatMap((s): FoundDelivery[] => {
    const header = headingsAt(s);
    if (!header) return [];
    const col = { index: header.col, name: header.col + STOCKTAKE_HEADINGS.indexOf("Priority"), judgement: header.col + STOCKTAKE_HEADINGS.indexOf("Judgement") };
    // The priorities are numbered 1, 2, ... under the header.
    let priorities = 0;
    while (at(s, header.row + 1 + priorities, col.index) === priorities + 1) priorities++;
    if (priorities === 0) return [];
    const plan = sibling(s.name, "Delivery plan", byName);
    const title = plan ? at(plan, 0, 0) : undefined;
    const titled = typeof title === "string" && title.trim() !== "";
    const summary = sibling(s.name, "Summary", byName);
    const count = deliveryLayout({ priorities: Array.from({ length: priorities }, () => ({ milestones: [] })), issues: [], periods: 1 }).summary.governorCount;
    const governor = summary && at(summary, count, 0) === GOVERNOR_COUNT_LABEL ? { sheet: summary.name, row: count, col: 1 } : undefined;
    return [
      {
        sheet: s.name,
        title: titled ? title : s.name,
        ...(plan && titled ? { plan: plan.name } : {}),
        ...(governor ? { governor } : {}),
        first: header.row + 1,
        priorities,
        col,
      },
    ];
  });
}
