/**
 * A delivery workbook's inputs from the bytes of its .xlsx file, through ExcelJS: the file's cells as
 * the one reader of the delivery sheets (stocktake-inputs.ts) reads them.
 */
import ExcelJS from "exceljs";
import { serialOfDate } from "../core/dates";
import { valueError } from "../core/errors";
import type { SheetCells } from "./stocktake-cells";
import { type DeliveryInputs, deliveryInputsOf } from "./stocktake-inputs";

export { DELIVERY_SHEETS, type DeliveryInputs, type IssueRead, type PriorityRead } from "./stocktake-inputs";

/** A cell's typed value: numbers (dates as serials) and text; a formula is not typed, so it reads as null. */
export function typedValue(ws: ExcelJS.Worksheet, row0: number, col0: number): number | string | null {
  const v = ws.getCell(row0 + 1, col0 + 1).value;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v;
  if (v instanceof Date) return serialOfDate(v);
  if (v && typeof v === "object" && "richText" in v) return (v.richText as { text: string }[]).map((t) => t.text).join("");
  return null;
}

/** A worksheet of a file as the reader sees it. */
export function fileSheetCells(ws: ExcelJS.Worksheet): SheetCells {
  return {
    name: ws.name,
    typed: (r, c) => typedValue(ws, r, c),
    isFormula: (r, c) => ws.getCell(r + 1, c + 1).type === ExcelJS.ValueType.Formula,
    end: ws.rowCount,
  };
}

/** A delivery workbook's inputs, from the bytes of its .xlsx file, with the workbook as read. */
export async function readDeliveryInputs(file: Uint8Array): Promise<DeliveryInputs & { workbook: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch (error) {
    throw valueError("workbook", `is not an .xlsx file that can be read (${(error as Error).message})`);
  }
  const sheets = new Map<string, SheetCells>();
  const book = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) return undefined;
    if (!sheets.has(name)) sheets.set(name, fileSheetCells(ws));
    return sheets.get(name);
  };
  return { ...deliveryInputsOf(book), workbook: wb };
}
