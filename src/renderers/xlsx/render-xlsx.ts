import ExcelJS from "exceljs";
import { type CellSpec, type ConditionalFormat, type SheetPlan, type Validation, type WorkbookPlan, rangeA1 } from "../../plans/plan";
import { type PrintSetup, printSetup } from "../../plans/print-setup";
import { rowHeights } from "../../plans/row-heights";
import { PROTECTION_ALLOWS, isProtected, isUnlocked, withUnprotectNote } from "../../plans/sheet-protection";
import { assignSheetNames, resolveSheetRefs } from "../../plans/sheet-names";
import { withMarker } from "../../plans/workbook-marker";
import { toFileFormula } from "../file-formula";
import { LOOKS } from "../look";
import { addCharts } from "./charts";

const argb = (rgb: string) => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

function writeCell(cell: ExcelJS.Cell, spec: CellSpec, names: ReadonlyMap<string, string>): void {
  if (spec.formula !== undefined) cell.value = { formula: toFileFormula(resolveSheetRefs(spec.formula, names)) } as ExcelJS.CellFormulaValue;
  // Strings are stored as strings: "=HYPERLINK(...)" typed by a user stays text.
  else if (spec.value !== undefined && spec.value !== null) cell.value = spec.value;
  if (spec.format) cell.numFmt = spec.format;
  // A note (a legacy comment in the file): Excel and LibreOffice show it when the cell is pointed at.
  if (spec.note) cell.note = spec.note;
  // Input cells are unlocked whether or not the sheet is protected, so protecting it again keeps them so.
  if (isUnlocked(spec)) cell.protection = { locked: false };
  const look = spec.style && LOOKS[spec.style];
  if (look) {
    cell.font = { bold: look.bold, italic: look.italic, size: look.size, color: look.color ? { argb: argb(look.color) } : undefined };
    if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
    if (look.wrap) cell.alignment = { wrapText: true, vertical: "top" };
  }
}

function validation(v: Validation): ExcelJS.DataValidation {
  const common = { allowBlank: true, showInputMessage: true, prompt: v.prompt, showErrorMessage: true, errorStyle: "stop" as const, error: v.error };
  if (v.kind === "list") return { ...common, type: "list", formulae: [`"${v.list.join(",")}"`] };
  return { ...common, type: v.kind, operator: "between", formulae: [v.min, v.max] };
}

function conditional(cf: ConditionalFormat): ExcelJS.ConditionalFormattingRule {
  if (cf.kind === "colorScale") {
    return {
      type: "colorScale",
      priority: 1,
      cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
      color: [{ argb: argb(cf.low) }, { argb: argb(cf.mid) }, { argb: argb(cf.high) }],
    } as ExcelJS.ConditionalFormattingRule;
  }
  return {
    type: "expression",
    priority: 1,
    formulae: [toFileFormula(cf.formula)],
    style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } }, font: cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : undefined },
  } as ExcelJS.ConditionalFormattingRule;
}

/** A4 is paper size 9 in the file format; a fit of 0 pages tall means "as many as it takes". */
const A4 = 9;
function applyPrint(ws: ExcelJS.Worksheet, setup: PrintSetup): void {
  Object.assign(ws.pageSetup, {
    paperSize: A4,
    orientation: setup.landscape ? "landscape" : "portrait",
    ...("scale" in setup.fit ? { fitToPage: false, scale: setup.fit.scale } : { fitToPage: true, fitToWidth: setup.fit.pagesWide, fitToHeight: setup.fit.pagesTall ?? 0 }),
    printTitlesRow: setup.titleRows ? `${setup.titleRows.first}:${setup.titleRows.last}` : undefined,
    // The print area without the working columns. ExcelJS puts "$" before each corner; the rows' "$"
    // is ours, so the name reads $A$1:$O$80 (LibreOffice ignores a half-absolute $A1:$O80).
    printArea: setup.area?.replace(/(\d+)/g, "$$$1"),
    margins: { ...setup.margins },
  });
  ws.headerFooter.oddFooter = `&L${setup.footer.left}&C${setup.footer.center}&R${setup.footer.right}`;
}

/** Protection without a password (ExcelJS's protect() sets it at once; its promise has nothing to wait for). */
function protect(ws: ExcelJS.Worksheet): void {
  const a = PROTECTION_ALLOWS;
  void ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: a.allowFormatCells,
    formatColumns: a.allowFormatColumns,
    formatRows: a.allowFormatRows,
    objects: a.allowEditObjects,
    sort: a.allowSort,
    autoFilter: a.allowAutoFilter,
    insertRows: a.allowInsertRows,
    insertColumns: a.allowInsertColumns,
    deleteRows: a.allowDeleteRows,
    deleteColumns: a.allowDeleteColumns,
    insertHyperlinks: a.allowInsertHyperlinks,
    pivotTables: a.allowPivotTables,
  });
}

function writeSheet(ws: ExcelJS.Worksheet, plan: SheetPlan, names: ReadonlyMap<string, string>, title: string): void {
  const sheet = withUnprotectNote(plan);
  sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, height] of rowHeights(sheet)) ws.getRow(row + 1).height = height;
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) => line.forEach((spec, c) => writeCell(ws.getCell(block.row + r + 1, block.col + c + 1), spec, names)));
  }
  if (sheet.freeze) ws.views = [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }];
  applyPrint(ws, printSetup(sheet, title));
  // ExcelJS keeps range validations in an untyped collection keyed by address ("D14:H23").
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) validations.add(rangeA1(v.range), validation(v));
  for (const cf of sheet.conditionalFormats) ws.addConditionalFormatting({ ref: rangeA1(cf.range), rules: [conditional(cf)] });
  if (isProtected(sheet)) protect(ws);
  if (sheet.visibility) ws.state = sheet.visibility;
}

/**
 * Writes a plan to an .xlsx file (bytes). Formulas are stored without cached results, so Excel and
 * LibreOffice compute them on opening. Charts are added to the file afterwards (ExcelJS has none).
 * A plan that says what it was made from gets the workbook's marker sheet (workbook-marker.ts).
 */
export async function renderXlsx(given: WorkbookPlan): Promise<Uint8Array> {
  const plan = withMarker(given);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Mgao";
  wb.title = plan.title;
  wb.calcProperties.fullCalcOnLoad = true;
  const names = assignSheetNames(plan);
  for (const sheet of plan.sheets) writeSheet(wb.addWorksheet(names.get(sheet.key)!), sheet, names, plan.title);
  const file = new Uint8Array(await wb.xlsx.writeBuffer());
  return addCharts(file, plan.sheets.map((sheet, i) => ({ position: i + 1, name: names.get(sheet.key)!, charts: sheet.charts })));
}
