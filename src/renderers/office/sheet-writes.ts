import { printSetup } from "../../plans/print-setup";
import { BAR_COLOUR, type Block, type CellSpec, type ChartPlan, type ChartSeries, type ConditionalFormat, type SheetPlan, type Validation, rangeA1 } from "../../plans/plan";
import { rowHeights } from "../../plans/row-heights";
import { PROTECTION_ALLOWS, isProtected, isUnlocked, withUnprotectNote } from "../../plans/sheet-protection";
import { resolveSheetRefs } from "../../plans/sheet-names";
import { LOOKS } from "../look";
import { rectangles } from "./rectangles";
import { BAND_BYTES, type Write, estimate, utf8Bytes } from "./request-budget";

// Enum values are written as their string literals so the module needs no `Excel` global to load.

/** What the host supports, decided once per build. */
export interface HostFeatures {
  /** Cell notes (ExcelApi 1.18). */
  notes: boolean;
  /** Page layout (ExcelApi 1.9). */
  pageLayout: boolean;
}

/** Chars to points for column widths (Calibri 11: about 7 px, 5.25 pt, per character plus padding). */
const widthInPoints = (chars: number) => Math.round(chars * 5.6 + 5);

/** A plain string is written as quote-prefixed text: `'=HYPERLINK(...)` stays text, whatever the cell's format. */
const isText = (spec: CellSpec) => typeof spec.value === "string" && spec.formula === undefined;

function cellContent(spec: CellSpec, names: ReadonlyMap<string, string>): string | number | boolean {
  if (spec.formula !== undefined) return `=${resolveSheetRefs(spec.formula, names)}`;
  if (isText(spec)) return spec.value === "" ? "" : `'${spec.value as string}`;
  return spec.value ?? "";
}

/**
 * Text cells get the Text number format (and it is queued before their content), so user text stays
 * text twice over: by its format and by its quote prefix. Other cells keep General unless the plan
 * says otherwise; General is what a new sheet has, so it is not written.
 */
const numberFormatOf = (spec: CellSpec): string | undefined => {
  const format = isText(spec) ? "@" : spec.format;
  return format === undefined || format === "General" ? undefined : format;
};

function lookSteps(style: NonNullable<CellSpec["style"]>): number {
  const look = LOOKS[style];
  const fontSets = [look.bold, look.italic, look.size, look.color].filter((x) => x !== undefined).length;
  // range, format, font and fill paths (each instantiated), then one action per property set.
  return 8 + fontSets + (look.fill ? 1 : 0) + (look.wrap ? 1 : 0);
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

/** Rows of a block's contents in bands of about BAND_BYTES, each one write. */
function contentBands(block: Block, grid: CellSpec[][], width: number, names: ReadonlyMap<string, string>): Write[] {
  const writes: Write[] = [];
  let start = 0;
  let rows: (string | number | boolean)[][] = [];
  let bytes = 0;
  const flush = () => {
    if (rows.length === 0) return;
    const [row, band] = [block.row + start, rows];
    // The client sends a large array in 100-row pieces, each three more object paths and an action.
    writes.push({ cost: estimate(4 + 4 * Math.ceil(band.length / 100)) + bytes, queue: (sheet) => (sheet.getRangeByIndexes(row, block.col, band.length, width).formulas = band as unknown as string[][]) });
    start += rows.length;
    rows = [];
    bytes = 0;
  };
  for (const line of grid) {
    const content = line.map((spec) => cellContent(spec, names));
    const size = utf8Bytes(JSON.stringify(content)) + 1;
    if (bytes + size > BAND_BYTES) flush();
    rows.push(content);
    bytes += size;
  }
  flush();
  return writes;
}

function blockWrites(block: Block, names: ReadonlyMap<string, string>, host: HostFeatures): Write[] {
  const width = Math.max(0, ...block.cells.map((r) => r.length));
  if (width === 0) return [];
  const grid = block.cells.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? {}));
  const at = (r: { row: number; col: number; rows: number; cols: number }, sheet: Excel.Worksheet) => sheet.getRangeByIndexes(block.row + r.row, block.col + r.col, r.rows, r.cols);
  // Number formats first, one rectangle per format (a 1x1 value applies to every cell of its range).
  const formats: Write[] = rectangles(grid, numberFormatOf).map((r) => ({ cost: estimate(3, r.key), queue: (sheet) => (at(r, sheet).numberFormat = [[r.key]]) }));
  const looks: Write[] = rectangles(grid, (spec) => spec.style).map((r) => {
    const style = r.key as NonNullable<CellSpec["style"]>;
    return { cost: estimate(lookSteps(style)), queue: (sheet) => applyLook(at(r, sheet), style) };
  });
  const notes: Write[] = !host.notes
    ? []
    : grid.flatMap((line, r) =>
        line.flatMap((spec, c) => (spec.note ? [{ cost: estimate(5, spec.note), queue: (sheet: Excel.Worksheet) => sheet.notes.add(at({ row: r, col: c, rows: 1, cols: 1 }, sheet), spec.note!) }] : [])),
      );
  // Input cells unlocked (whether or not the sheet is protected, so protecting it again keeps them so).
  const unlocked: Write[] = rectangles(grid, (spec) => (isUnlocked(spec) ? "unlocked" : undefined)).map((r) => ({
    cost: estimate(5),
    queue: (sheet) => (at(r, sheet).format.protection.locked = false),
  }));
  return [...formats, ...contentBands(block, grid, width, names), ...looks, ...unlocked, ...notes];
}

function validationWrite(v: Validation): Write {
  return {
    cost: estimate(8, v),
    queue: (sheet) => {
      const dv = sheet.getRange(rangeA1(v.range)).dataValidation;
      if (v.kind === "list") dv.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
      else {
        const basic = { operator: "Between" as const, formula1: v.min, formula2: v.max };
        dv.rule = v.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
      }
      dv.prompt = { showPrompt: true, message: v.prompt, title: "" };
      dv.errorAlert = { showAlert: true, message: v.error, style: "Stop", title: "Mgao" };
    },
  };
}

function conditionalFormatWrite(cf: ConditionalFormat): Write {
  return {
    cost: estimate(14, cf),
    queue: (sheet) => {
      const range = sheet.getRange(rangeA1(cf.range));
      if (cf.kind === "colorScale") {
        range.conditionalFormats.add("ColorScale").colorScale.criteria = {
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
    },
  };
}

const CHART_TYPES = { scatter: "XYScatter", bar: "BarClustered", line: "Line" } as const;

/** A series' look beyond its values: a dashed threshold line, each point's own label, negative bars in their colour. */
function seriesLook(series: Excel.ChartSeries, s: ChartSeries, chart: ChartPlan): void {
  if (s.line) {
    series.chartType = "XYScatterLinesNoMarkers" as Excel.ChartType;
    series.format.line.lineStyle = "Dash" as Excel.ChartLineStyle;
    series.format.line.color = "#7F7F7F";
  }
  (s.labels ?? []).forEach((label, k) => {
    const point = series.points.getItemAt(k);
    point.hasDataLabel = true;
    point.dataLabel.text = label;
    point.dataLabel.position = "Right" as Excel.ChartDataLabelPosition;
  });
  if (chart.kind === "bar" && chart.negativeColour !== undefined) {
    series.format.fill.setSolidColor(BAR_COLOUR);
    series.invertIfNegative = true;
    series.invertColor = chart.negativeColour;
  }
}

function chartWrite(chart: ChartPlan): Write {
  const labels = chart.series.reduce((n, s) => n + (s.labels?.length ?? 0), 0);
  return {
    cost: estimate(24 + 12 * chart.series.length + 8 * labels, chart),
    queue: (sheet) => {
      const first = chart.series[0];
      const added = sheet.charts.add(CHART_TYPES[chart.kind] as Excel.ChartType, sheet.getRange(rangeA1(first.y)), "Columns");
      added.title.text = chart.title;
      chart.series.forEach((s, k) => {
        const series = k === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
        series.name = s.name;
        series.setValues(sheet.getRange(rangeA1(s.y)));
        series.setXAxisValues(sheet.getRange(rangeA1(s.x)));
        seriesLook(series, s, chart);
      });
      if (chart.xTitle) added.axes.categoryAxis.title.text = chart.xTitle;
      // Dates on a date axis, shown as months, not as the serial numbers Excel stores them as.
      if (chart.xDates) {
        added.axes.categoryAxis.categoryType = "DateAxis" as Excel.ChartAxisCategoryType;
        added.axes.categoryAxis.numberFormat = chart.xDates.format;
      }
      if (chart.yTitle) added.axes.valueAxis.title.text = chart.yTitle;
      // Both axes on the same fixed range (the scoring scale), so the two read alike.
      if (chart.axesRange) {
        for (const a of [added.axes.categoryAxis, added.axes.valueAxis]) {
          a.minimum = chart.axesRange.min;
          a.maximum = chart.axesRange.max;
        }
      }
      added.setPosition(
        sheet.getRangeByIndexes(chart.at.row, chart.at.col, 1, 1),
        sheet.getRangeByIndexes(chart.at.row + chart.at.rows - 1, chart.at.col + chart.at.cols - 1, 1, 1),
      );
    },
  };
}

/** Column widths, one range per run of equal widths. */
function widthWrites(widths: readonly number[]): Write[] {
  const runs = rectangles([widths], (w) => String(w));
  return runs.map((r) => ({ cost: estimate(6), queue: (sheet) => (sheet.getRangeByIndexes(0, r.col, 1, r.cols).format.columnWidth = widthInPoints(Number(r.key))) }));
}

/** Row heights for wrapped text, one range per run of rows of equal height. */
function heightWrites(plan: SheetPlan): Write[] {
  const heights = rowHeights(plan);
  const rows = Array.from({ length: Math.max(-1, ...heights.keys()) + 1 }, (_, r) => [heights.get(r)]);
  return rectangles(rows, (h) => (h === undefined ? undefined : String(h))).map((r) => ({
    cost: estimate(6),
    queue: (sheet) => (sheet.getRangeByIndexes(r.row, 0, r.rows, 1).format.rowHeight = Number(r.key)),
  }));
}

/** Protection without a password, queued after every other write of the sheet: Excel refuses writes to locked cells once it is on. */
const protectionWrite = (): Write => ({
  cost: estimate(4, PROTECTION_ALLOWS),
  queue: (sheet) => sheet.protection.protect({ ...PROTECTION_ALLOWS, selectionMode: "Normal" }),
});

/** Everything a sheet plan asks Excel to do, in order, each with its estimated request bytes. */
export function sheetWrites(plan: SheetPlan, names: ReadonlyMap<string, string>, host: HostFeatures, title = ""): Write[] {
  const writes = [...widthWrites(plan.widths), ...heightWrites(plan), ...withUnprotectNote(plan).blocks.flatMap((b) => blockWrites(b, names, host))];
  writes.push(...plan.validations.map(validationWrite), ...plan.conditionalFormats.map(conditionalFormatWrite), ...plan.charts.map(chartWrite));
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    writes.push({ cost: estimate(6), queue: (sheet) => sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, Math.max(freeze.rows, 1), Math.max(freeze.cols, 1))) });
  }
  if (host.pageLayout) {
    const setup = printSetup(plan, title);
    writes.push({
      cost: estimate(20),
      queue: (sheet) => {
        const layout = sheet.pageLayout;
        layout.paperSize = "A4" as Excel.PaperType;
        layout.orientation = (setup.landscape ? "Landscape" : "Portrait") as Excel.PageOrientation;
        // One page wide (tall left to Excel unless the plan fits one page), or a readable scale.
        const fit = setup.fit;
        layout.zoom = "scale" in fit ? { scale: fit.scale } : fit.pagesTall === null ? { horizontalFitToPages: fit.pagesWide } : { horizontalFitToPages: fit.pagesWide, verticalFitToPages: fit.pagesTall };
        if (setup.titleRows) layout.setPrintTitleRows(`$${setup.titleRows.first}:$${setup.titleRows.last}`);
        if (setup.area) layout.setPrintArea(setup.area);
        // Excel takes margins in points.
        layout.leftMargin = setup.margins.left * 72;
        layout.rightMargin = setup.margins.right * 72;
        layout.topMargin = setup.margins.top * 72;
        layout.bottomMargin = setup.margins.bottom * 72;
        layout.headerMargin = setup.margins.header * 72;
        layout.footerMargin = setup.margins.footer * 72;
        const footer = layout.headersFooters.defaultForAllPages;
        footer.leftFooter = setup.footer.left;
        footer.centerFooter = setup.footer.center;
        footer.rightFooter = setup.footer.right;
      },
    });
  }
  // Hidden last, once nothing more is written to it (ExcelApi 1.1).
  if (plan.visibility) writes.push({ cost: estimate(2), queue: (sheet) => (sheet.visibility = (plan.visibility === "veryHidden" ? "VeryHidden" : "Hidden") as Excel.SheetVisibility) });
  return isProtected(plan) ? [...writes, protectionWrite()] : writes;
}
