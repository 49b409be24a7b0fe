/**
 * Reading a recalculated workbook's cells for comparison with the core. ExcelJS's `cell.value` drops
 * formula results that are 0 or FALSE and turns date-formatted results into Date objects; this reads
 * `cell.result` instead and gives dates back as spreadsheet serials. A formula whose result is the
 * empty text reads as "" (the file stores it as an empty value).
 */
import ExcelJS from "exceljs";

const serialOfDate = (d: Date) => d.getTime() / 86_400_000 + 25_569;

export function resultAt(ws: ExcelJS.Worksheet, row0: number, col0: number): unknown {
  const cell = ws.getCell(row0 + 1, col0 + 1);
  const v = cell.type === ExcelJS.ValueType.Formula ? (cell.result ?? "") : cell.value;
  return v instanceof Date ? serialOfDate(v) : v;
}

export type CellReader = (row0: number, col0: number) => unknown;

export const readerOf = (ws: ExcelJS.Worksheet): CellReader => (r, c) => resultAt(ws, r, c);

/** Today's serial in this machine's time zone, as the spreadsheet's TODAY() gives it. */
export function todaySerial(): number {
  const now = new Date();
  return Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
