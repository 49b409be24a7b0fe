/**
 * How every sheet prints, from its plan: A4; landscape where the table is wide; one page wide (as many
 * tall as it takes, or one in all where the plan asks) when that keeps the print at MIN_SCALE or more,
 * else at MIN_SCALE across as many pages as it takes (fitting a 370-character matrix on one page
 * would print it at a third of its size, which no one in the room can read); the table's header rows
 * repeated on every page; and a footer with the workbook's title, the page number and count, the
 * sheet and the date; narrow margins; and, where the plan names one, a print area that leaves out the
 * working columns (the fit is then reckoned on the printed columns only).
 * Both renderers apply it, so a sheet built in Excel prints as the downloaded file does.
 */
import { type RangeRef, type SheetPlan, a1 } from "./plan";

export interface PrintSetup {
  paper: "A4";
  landscape: boolean;
  /** Fit to one page across (tall: one page, `fitToOnePage`, or as many as it takes, null), or print at `scale`. */
  fit: { pagesWide: 1; pagesTall: 1 | null } | { scale: number };
  /** Rows repeated at the top of every page (1-based, inclusive): the title lines and the header. */
  titleRows?: { first: number; last: number };
  /** The one rectangle that prints, as "A1:N60" (always two corners); the whole sheet when absent. */
  area?: string;
  /** Excel's header-footer codes: &P page, &N pages, &A the sheet's name, &D the date. */
  footer: { left: string; center: string; right: string };
  /** Margins in inches: narrow, so a one-page table keeps its scale (the footer needs only one line). */
  margins: typeof MARGINS;
}

export const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 } as const;

/** Column widths (characters, with each column's padding) that fit an A4 page at full size, MARGINS taken off. */
export const PORTRAIT_CHARS = 95;
export const LANDSCAPE_CHARS = 140;
/** Excel's width of a column the plan leaves at its default (characters). */
const DEFAULT_WIDTH = 8.43;

/** The smallest print scale a room can read (percent). */
export const MIN_SCALE = 60;

/** Text for a footer: `&` starts a code there, so a title's own `&` is doubled. */
export const footerText = (text: string) => text.replace(/&/g, "&&");

export function printSetup(sheet: SheetPlan, title: string): PrintSetup {
  const area = sheet.print?.area;
  const printed = area ? Array.from({ length: area.cols }, (_, k) => sheet.widths[area.col + k] ?? DEFAULT_WIDTH) : sheet.widths;
  const width = printed.reduce((total, w) => total + w, 0);
  const frozen = sheet.freeze?.rows ?? 0;
  const landscape = sheet.print?.landscape ?? width > PORTRAIT_CHARS;
  const minScale = sheet.print?.minScale ?? MIN_SCALE;
  const fitScale = (100 * (landscape ? LANDSCAPE_CHARS : PORTRAIT_CHARS)) / Math.max(1, width);
  return {
    paper: "A4",
    landscape,
    fit: sheet.print?.fitToOnePage || fitScale >= minScale ? { pagesWide: 1, pagesTall: sheet.print?.fitToOnePage ? 1 : null } : { scale: minScale },
    titleRows: frozen > 0 ? { first: 1, last: frozen } : undefined,
    ...(area ? { area: `${a1(area.row, area.col)}:${a1(area.row + area.rows - 1, area.col + area.cols - 1)}` } : {}),
    footer: { left: footerText(title), center: "Page &P of &N", right: "&A, printed &D" },
    margins: MARGINS,
  };
}

/**
 * A print area of the first `cols` columns, down to the last row the sheet's cells or charts use: the
 * table with the working columns to its right left out.
 */
export function leftColumns(sheet: Pick<SheetPlan, "blocks" | "charts">, cols: number): RangeRef {
  const ends = [...sheet.blocks.map((b) => b.row + b.cells.length), ...sheet.charts.map((c) => c.at.row + c.at.rows)];
  return { row: 0, col: 0, rows: Math.max(1, ...ends), cols };
}
