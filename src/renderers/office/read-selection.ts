import type { SheetSelection } from "../../plans/matrix-selection";

/**
 * Reads what the user selected, with the values of its sheet's used range around it, in one round
 * trip, for linking (plans/matrix-selection.ts decides what the rows mean).
 */
export async function readSelection(context: Excel.RequestContext): Promise<SheetSelection & { sheet: string }> {
  const selected = context.workbook.getSelectedRange();
  selected.load(["rowIndex", "rowCount"]);
  const sheet = selected.worksheet;
  sheet.load("name");
  const used = sheet.getUsedRange();
  used.load(["values", "rowIndex"]);
  await context.sync();
  return { sheet: sheet.name, values: used.values, top: used.rowIndex, selectionTop: selected.rowIndex, selectionRows: selected.rowCount };
}
