/**
 * `mgao stocktake county-view` over a workbook's file: the departments' Stocktake sheets found by their
 * headings in the file's values, and the County view's sheet added to the zip (stocktake-xml.ts) under
 * a name no sheet has, in the looks of the first department's Stocktake. Every other part of the file
 * stays as it was, byte for byte, except the workbook's list of sheets (which gains the view, and is
 * told to compute formulas on opening: the view's have no cached values).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { serialOfDate } from "../core/dates";
import { valueError } from "../core/errors";
import { countyViewSheet } from "./county-view-plan";
import { deliveryLayout } from "./delivery-layout";
import { type FoundDelivery, type SheetValues, deliverySheetsFound } from "./delivery-sheets-found";
import { uniqueSheetName } from "./sheet-names";
import { looksOf } from "./stocktake-record";
import { calculateOnLoad, planSheetXml, putSheets, sheetParts, sheetXml } from "./stocktake-xml";

/** A cell's value as a used range shows it: a formula's cached result (none in a file ExcelJS wrote). */
function shown(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return serialOfDate(v);
  if (v && typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return shown((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    return null;
  }
  return v ?? null;
}

/** Each worksheet's values from A1, as the finder reads them. */
export function fileSheetValues(wb: ExcelJS.Workbook): SheetValues[] {
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    rowIndex: 0,
    columnIndex: 0,
    values: Array.from({ length: ws.rowCount }, (_, r) => Array.from({ length: ws.columnCount }, (_, c) => shown(ws.getCell(r + 1, c + 1).value))),
  }));
}

export interface CountyViewResult {
  file: Uint8Array;
  /** The name the view's sheet got. */
  name: string;
  found: FoundDelivery[];
}

/** Adds the County view to a workbook's file holding one or more delivery workbooks' sheets. */
export async function addCountyView(file: Uint8Array): Promise<CountyViewResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch (error) {
    throw valueError("workbook", `is not an .xlsx file that can be read (${(error as Error).message})`);
  }
  const found = deliverySheetsFound(fileSheetValues(wb));
  const sheet = countyViewSheet(found);
  const zip = await JSZip.loadAsync(file);
  const parts = await sheetParts(zip);
  const name = uniqueSheetName(sheet.name, parts.keys());
  const first = found[0];
  const stocktake = await zip.file(parts.get(first.sheet)!)!.async("string");
  const looks = looksOf(stocktake, deliveryLayout({ priorities: Array.from({ length: first.priorities }, () => ({ milestones: [] })), issues: [], periods: 1 }));
  await putSheets(zip, [{ name, xml: sheetXml(planSheetXml({ ...sheet, name }, looks, wb.title || first.title)) }]);
  await calculateOnLoad(zip);
  return { file: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), name, found };
}
