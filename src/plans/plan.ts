/**
 * A declarative description of sheets to build: what goes in each cell, how it looks, which cells the
 * user edits and which compute. Builders produce plans; renderers (Office.js, .xlsx) write them.
 * Rows and columns are 0-based here; renderers turn them into A1 addresses.
 */
export type Scalar = string | number | boolean | null;

/** Named looks, so renderers agree on what "input" or "header" means. */
export type StyleName = "title" | "subtitle" | "label" | "header" | "input" | "computed" | "total" | "note" | "warning";

export interface CellSpec {
  /** A literal. Strings are always written as text, never read as formulas. */
  value?: Scalar;
  /**
   * An Excel formula without the leading "=", with English function names and A1 references.
   * `{sheet:key}` stands for the quoted name of another sheet of the plan (names may get a suffix).
   */
  formula?: string;
  /** Excel number format, e.g. "#,##0" or "0.00%". */
  format?: string;
  style?: StyleName;
  /** The user is meant to type here (shown as an input cell; never overwritten by formulas). */
  input?: boolean;
  /** A cell note (shown when the cell is pointed at): where the figure comes from, or whose it is. */
  note?: string;
  /**
   * A formula that shows another cell's text (a row's name read from another sheet): that cell, by
   * sheet key and 0-based row and column. A rebuild knows the row by that name (input-places.ts).
   */
  shows?: CellRef;
}

/** One cell of a plan: its sheet's key and its 0-based row and column. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A rectangle of cells anchored at (row, col); rows may be ragged (missing cells stay empty). */
export interface Block {
  row: number;
  col: number;
  cells: CellSpec[][];
}

export interface RangeRef {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type Validation =
  | { range: RangeRef; kind: "whole" | "decimal"; min: number; max: number; prompt: string; error: string }
  | { range: RangeRef; kind: "list"; list: readonly string[]; prompt: string; error: string };

export type ConditionalFormat =
  /** A three-colour heat map from low to high. */
  | { range: RangeRef; kind: "colorScale"; low: string; mid: string; high: string }
  /** Fill cells where a formula (relative to the range's top-left cell) is true. */
  | { range: RangeRef; kind: "expression"; formula: string; fill: string; fontColor?: string };

export interface ChartSeries {
  name: string;
  /** Category (bar, line) or x values (scatter). */
  x: RangeRef & { sheet?: string };
  y: RangeRef & { sheet?: string };
  /** Text beside each point, in order (a project's number); points past the end of the list have none. */
  labels?: readonly string[];
  /** Drawn as a dashed line through its points, without markers (a threshold line on a scatter). */
  line?: boolean;
}

export interface ChartPlan {
  kind: "scatter" | "bar" | "line";
  title: string;
  xTitle?: string;
  yTitle?: string;
  series: ChartSeries[];
  /** Both axes fixed to this range (a scatter of scores on the scoring scale), so the two read alike. */
  axesRange?: { min: number; max: number };
  /** The x values are dates: a date axis with this number format (not the dates' serial numbers). */
  xDates?: { format: string };
  /** Bar charts: bars below zero in this colour (losses in red), the others in BAR_COLOUR. */
  negativeColour?: string;
  /** Where the chart's top-left corner sits, and its size in columns and rows. */
  at: { row: number; col: number; cols: number; rows: number };
}

/** The fill of a bar chart's bars when the chart gives negative bars a colour of their own. */
export const BAR_COLOUR = "#4472C4";

export interface SheetPlan {
  /** Stable id used by `{sheet:key}` references. */
  key: string;
  /** The name wanted; the renderer adds " (2)" etc. if the workbook already has it. */
  name: string;
  blocks: Block[];
  /** Column widths in characters, from column A. */
  widths: number[];
  freeze?: { rows: number; cols: number };
  validations: Validation[];
  conditionalFormats: ConditionalFormat[];
  charts: ChartPlan[];
  /**
   * How the sheet prints, e.g. a one-page landscape summary. `area` is the one rectangle that prints
   * (the table without its working columns); without it the whole sheet prints. `minScale` (percent,
   * default 60) is the least scale one page wide may take before the sheet prints across pages at it.
   */
  print?: { landscape?: boolean; fitToOnePage?: boolean; area?: RangeRef; minScale?: number };
  /**
   * Sheet protection without a password, its input cells unlocked: on unless false (sheet-protection.ts
   * holds the default and what the user may still do).
   */
  protect?: boolean;
  /** Row heights in points by 0-based row, over the estimate for wrapped headers (row-heights.ts). */
  rowHeights?: Record<number, number>;
  /** Hidden from the tabs; "veryHidden" also from Unhide (the workbook's marker, workbook-marker.ts). */
  visibility?: "hidden" | "veryHidden";
}

export interface WorkbookPlan {
  title: string;
  sheets: SheetPlan[];
  /**
   * The template and spec the plan was made from. Where given, the renderers add the workbook's
   * marker sheet (workbook-marker.ts), so the workbook can later be rebuilt in place from its spec.
   */
  source?: { template: string; spec: unknown };
}

/** A1 column letters for a 0-based column index. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a cell, optionally absolute ($A$1). */
export function a1(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

/** A1 address of a range. */
export function rangeA1(r: RangeRef, absolute = false): string {
  const start = a1(r.row, r.col, absolute);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${a1(r.row + r.rows - 1, r.col + r.cols - 1, absolute)}`;
}
