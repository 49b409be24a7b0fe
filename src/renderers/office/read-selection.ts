import type { SheetSelection } from "../../plans/matrix-selection";
import { errorCode, supports } from "./host-support";
import { type AreaRows, joinAreas } from "./selection-areas";

/** Excel's answer when what is selected is not one block of cells (several areas, a chart, a shape). */
const INVALID_SELECTION = "InvalidSelection";

/** A selection Excel cannot read, in words for the user; Excel's own error is kept as the cause. */
export class SelectionError extends Error {
  constructor(
    message: string,
    readonly cause: unknown,
  ) {
    super(message);
    this.name = "SelectionError";
  }
}

/**
 * Reads what the user selected, with the values of its sheet's used range around it, in one round
 * trip, for linking (plans/matrix-selection.ts decides what the rows mean). The used range counts
 * values only: whole columns formatted down to row 1,048,576 would otherwise be read to the end.
 * Where ExcelApi 1.9 is supported every selected area is read (Ctrl-selected project rows are taken
 * area by area); older hosts read one block, and say so in words when the selection is not one.
 */
export async function readSelection(context: Excel.RequestContext): Promise<SheetSelection & { sheet: string }> {
  let sheet: Excel.Worksheet;
  let areas: () => AreaRows[];
  if (supports("1.9")) {
    const selected = context.workbook.getSelectedRanges();
    const list = selected.areas;
    list.load("items/rowIndex,items/rowCount");
    sheet = selected.worksheet;
    areas = () => list.items.map((a) => ({ top: a.rowIndex, rows: a.rowCount }));
  } else {
    const selected = context.workbook.getSelectedRange();
    selected.load(["rowIndex", "rowCount"]);
    sheet = selected.worksheet;
    areas = () => [{ top: selected.rowIndex, rows: selected.rowCount }];
  }
  sheet.load("name");
  const used = sheet.getUsedRange(true);
  used.load(["values", "rowIndex"]);
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) !== INVALID_SELECTION) throw error;
    throw new SelectionError(
      supports("1.9")
        ? "Select the project rows of a prioritisation matrix: a chart or a shape is selected now."
        : "Select the project rows as one block: this version of Excel reads one block of cells, not several areas, a chart or a shape.",
      error,
    );
  }
  return { sheet: sheet.name, ...joinAreas(used.values, used.rowIndex, areas()) };
}
