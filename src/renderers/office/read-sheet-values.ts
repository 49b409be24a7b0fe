import type { SheetValues } from "../../plans/delivery-sheets-found";

/**
 * Every worksheet's used-range values, in the workbook's order, in two syncs: one for the names, one
 * for the used ranges (values only, so formats running to the sheet's last row are not read). What
 * the values mean is decided in plans (delivery-sheets-found.ts finds Stocktakes by their headings).
 */
export async function readSheetValues(context: Excel.RequestContext): Promise<SheetValues[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const ranges = worksheets.items.map(({ name }) => {
    const used = worksheets.getItem(name).getUsedRange(true);
    used.load(["values", "rowIndex", "columnIndex"]);
    return { name, used };
  });
  await context.sync();
  return ranges.map(({ name, used }) => ({ name, values: used.values, rowIndex: used.rowIndex, columnIndex: used.columnIndex }));
}
