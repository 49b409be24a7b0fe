import { type CellSpec, type ChartPlan, type ConditionalFormat, type SheetPlan, type Validation, type WorkbookPlan, rangeA1 } from "../../plans/plan";
import { assignSheetNames, resolveSheetRefs } from "../../plans/sheet-names";
import { LOOKS } from "../look";

// Enum values are written as their string literals so the module needs no `Excel` global to load.

/**
 * Writes a plan into the open workbook through Office.js with a fixed number of round trips,
 * whatever the number of rows:
 *   1. read the names of the sheets already there (so nothing is overwritten: new names get a suffix);
 *   2. queue every sheet, value, format, validation, conditional format and chart, then sync once.
 * If that sync fails, the sheets this build added are found by name and deleted (two more syncs), so
 * the workbook is left as it was, and the error is passed on (a SheetsLeftError naming them if even
 * that failed).
 */
export const OFFICE_SYNCS = 2;

/** Chars to points for column widths (Calibri 11: about 7 px, 5.25 pt, per character plus padding). */
const widthInPoints = (chars: number) => Math.round(chars * 5.6 + 5);

function cellFormula(spec: CellSpec, names: ReadonlyMap<string, string>): string | number | boolean | null {
  if (spec.formula !== undefined) return `=${resolveSheetRefs(spec.formula, names)}`;
  return spec.value ?? null;
}

/**
 * One rectangle of cells. Text cells get the Text number format before their content is written, so
 * `=HYPERLINK(...)`, `+1` or `@SUM(A1)` typed by a user stays text instead of becoming a formula.
 */
function writeBlock(sheet: Excel.Worksheet, row: number, col: number, cells: CellSpec[][], names: ReadonlyMap<string, string>, notes: boolean): void {
  const width = Math.max(...cells.map((r) => r.length));
  if (width === 0) return;
  const grid = cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? {}));
  const range = sheet.getRangeByIndexes(row, col, grid.length, width);
  range.numberFormat = grid.map((r) => r.map((s) => (typeof s.value === "string" && s.formula === undefined ? "@" : (s.format ?? "General"))));
  range.formulas = grid.map((r) => r.map((s) => cellFormula(s, names) ?? "")) as unknown as string[][];
  // Styles, one range per run of equal style along a row.
  grid.forEach((line, r) => {
    let start = 0;
    for (let c = 1; c <= width; c++) {
      if (c < width && line[c].style === line[start].style) continue;
      const style = line[start].style;
      if (style) applyLook(sheet.getRangeByIndexes(row + r, col + start, 1, c - start), style);
      start = c;
    }
  });
  // Notes are queued with the rest (no sync of their own); hosts before ExcelApi 1.18 build without them.
  if (!notes) return;
  grid.forEach((line, r) =>
    line.forEach((spec, c) => {
      if (spec.note) sheet.notes.add(sheet.getRangeByIndexes(row + r, col + c, 1, 1), spec.note);
    }),
  );
}

function applyLook(range: Excel.Range, style: NonNullable<CellSpec["style"]>): void {
  const look = LOOKS[style];
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.size) range.format.font.size = look.size;
  if (look.color) range.format.font.color = `#${look.color}`;
  if (look.fill) range.format.fill.color = `#${look.fill}`;
  if (look.wrap) range.format.wrapText = true;
}

function addValidation(sheet: Excel.Worksheet, v: Validation): void {
  const dv = sheet.getRange(rangeA1(v.range)).dataValidation;
  if (v.kind === "list") dv.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
  else {
    const basic = { operator: "Between" as const, formula1: v.min, formula2: v.max };
    dv.rule = v.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
  }
  dv.prompt = { showPrompt: true, message: v.prompt, title: "" };
  dv.errorAlert = { showAlert: true, message: v.error, style: "Stop", title: "Mgao" };
}

function addConditionalFormat(sheet: Excel.Worksheet, cf: ConditionalFormat): void {
  const range = sheet.getRange(rangeA1(cf.range));
  if (cf.kind === "colorScale") {
    const scale = range.conditionalFormats.add("ColorScale").colorScale;
    scale.criteria = {
      minimum: { type: "LowestValue", color: cf.low },
      midpoint: { formula: "50", type: "Percentile", color: cf.mid },
      maximum: { type: "HighestValue", color: cf.high },
    };
    return;
  }
  const custom = range.conditionalFormats.add("Custom").custom;
  custom.rule.formula = `=${cf.formula}`;
  custom.format.fill.color = cf.fill;
  if (cf.fontColor) custom.format.font.color = cf.fontColor;
}

const CHART_TYPES = { scatter: "XYScatter", bar: "BarClustered", line: "Line" } as const;

function addChart(sheet: Excel.Worksheet, chart: ChartPlan): void {
  const first = chart.series[0];
  const added = sheet.charts.add(CHART_TYPES[chart.kind] as Excel.ChartType, sheet.getRange(rangeA1(first.y)), "Columns");
  added.title.text = chart.title;
  chart.series.forEach((s, k) => {
    const series = k === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
    series.name = s.name;
    series.setValues(sheet.getRange(rangeA1(s.y)));
    series.setXAxisValues(sheet.getRange(rangeA1(s.x)));
  });
  if (chart.xTitle) added.axes.categoryAxis.title.text = chart.xTitle;
  if (chart.yTitle) added.axes.valueAxis.title.text = chart.yTitle;
  added.setPosition(
    sheet.getRangeByIndexes(chart.at.row, chart.at.col, 1, 1),
    sheet.getRangeByIndexes(chart.at.row + chart.at.rows - 1, chart.at.col + chart.at.cols - 1, 1, 1),
  );
}

function writeSheet(sheet: Excel.Worksheet, plan: SheetPlan, names: ReadonlyMap<string, string>, notes: boolean): void {
  plan.widths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthInPoints(w)));
  for (const block of plan.blocks) writeBlock(sheet, block.row, block.col, block.cells, names, notes);
  for (const v of plan.validations) addValidation(sheet, v);
  for (const cf of plan.conditionalFormats) addConditionalFormat(sheet, cf);
  for (const chart of plan.charts) addChart(sheet, chart);
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)) {
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, Math.max(plan.freeze.rows, 1), Math.max(plan.freeze.cols, 1)));
  }
  if (plan.print && supportsPageLayout()) {
    if (plan.print.landscape) sheet.pageLayout.orientation = "Landscape";
    if (plan.print.fitToOnePage) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
  }
}

/** Whether the host supports an ExcelApi requirement set (false outside Office). */
const supports = (version: string): boolean => typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported?.("ExcelApi", version);

/** Page layout needs ExcelApi 1.9; older hosts print with their defaults rather than fail the build. */
const supportsPageLayout = (): boolean => supports("1.9");

/** Cell notes need ExcelApi 1.18; older hosts build the sheets without them (sources show in the sheet too). */
const supportsNotes = (): boolean => supports("1.18");

export interface OfficeBuildResult {
  /** Plan sheet key → the name the sheet got in the workbook. */
  sheetNames: Map<string, string>;
}

/** Writes the plan inside an Excel.run context. `progress` hears each step, for the task pane. */
export async function renderOffice(plan: WorkbookPlan, context: Excel.RequestContext, progress: (step: string) => void = () => {}): Promise<OfficeBuildResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  progress("Reading the workbook's sheets");
  await context.sync();
  const before = worksheets.items.map((s) => s.name);
  const names = assignSheetNames(plan, before);
  const added: Excel.Worksheet[] = [];
  const notes = supportsNotes();
  progress("Writing the sheets");
  for (const sheetPlan of plan.sheets) {
    const sheet = worksheets.add(names.get(sheetPlan.key)!);
    added.push(sheet);
    writeSheet(sheet, sheetPlan, names, notes);
  }
  added[0]?.activate();
  try {
    await context.sync();
  } catch (error) {
    // Leave the workbook as it was: remove what this build added, then report the failure.
    progress("Build failed; removing the sheets it added");
    const left = await removeAdded(context, [...names.values()], before);
    if (left.length > 0) throw new SheetsLeftError(error, left);
    throw error;
  }
  progress("Done");
  return { sheetNames: names };
}

/** A build that failed and whose sheets could not be shown to be removed: the pane says so, with their names. */
export class SheetsLeftError extends Error {
  constructor(
    readonly cause: unknown,
    readonly sheets: readonly string[],
  ) {
    super(`${cause instanceof Error ? cause.message : String(cause)}; the sheets it added could not be removed (${sheets.join(", ")}): delete them if they are there`);
    this.name = "SheetsLeftError";
  }
}

/**
 * After a failed write, the sheets this build named that are now in the workbook are deleted: found
 * again by name (a batch that failed may have added some of them, all of them or none; deleting one
 * that is not there would stop the batch), never one that was there before. Two more syncs, only when
 * a build fails. Returns the names it could not clear: all of them if Excel could not be reached.
 */
async function removeAdded(context: Excel.RequestContext, assigned: readonly string[], before: readonly string[]): Promise<string[]> {
  const existed = new Set(before.map((n) => n.toLowerCase()));
  const ours = assigned.filter((n) => !existed.has(n.toLowerCase()));
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const present = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
    const toDelete = ours.filter((n) => present.has(n.toLowerCase()));
    if (toDelete.length === 0) return [];
    for (const name of toDelete) worksheets.getItem(name).delete();
    await context.sync();
    return [];
  } catch {
    return ours;
  }
}
