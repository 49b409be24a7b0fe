/**
 * How every sheet prints, from its plan: A4; landscape where the table is wide; one page wide (as many
 * tall as it takes, or one in all where the plan asks) when that keeps the print at MIN_SCALE or more,
 * else at MIN_SCALE across as many pages as it takes (fitting a 370-character matrix on one page
 * would print it at a third of its size, which no one in the room can read); the table's header rows
 * repeated on every page; and a footer with the workbook's title, the page number and count, the
 * sheet and the date.
 * Both renderers apply it, so a sheet built in Excel prints as the downloaded file does.
 */
import type { SheetPlan } from "./plan";

export interface PrintSetup {
  paper: "A4";
  landscape: boolean;
  /** Fit to one page across (tall: one page, `fitToOnePage`, or as many as it takes, null), or print at `scale`. */
  fit: { pagesWide: 1; pagesTall: 1 | null } | { scale: number };
  /** Rows repeated at the top of every page (1-based, inclusive): the title lines and the header. */
  titleRows?: { first: number; last: number };
  /** Excel's header-footer codes: &P page, &N pages, &A the sheet's name, &D the date. */
  footer: { left: string; center: string; right: string };
}

/** Column widths (characters) that fit an A4 page at full size, margins taken off. */
export const PORTRAIT_CHARS = 95;
export const LANDSCAPE_CHARS = 140;
/** The smallest print scale a room can read (percent). */
export const MIN_SCALE = 60;

/** Text for a footer: `&` starts a code there, so a title's own `&` is doubled. */
export const footerText = (text: string) => text.replace(/&/g, "&&");

export function printSetup(sheet: SheetPlan, title: string): PrintSetup {
  const width = sheet.widths.reduce((total, w) => total + w, 0);
  const frozen = sheet.freeze?.rows ?? 0;
  const landscape = sheet.print?.landscape ?? width > PORTRAIT_CHARS;
  const fitScale = (100 * (landscape ? LANDSCAPE_CHARS : PORTRAIT_CHARS)) / Math.max(1, width);
  return {
    paper: "A4",
    landscape,
    fit: sheet.print?.fitToOnePage || fitScale >= MIN_SCALE ? { pagesWide: 1, pagesTall: sheet.print?.fitToOnePage ? 1 : null } : { scale: MIN_SCALE },
    titleRows: frozen > 0 ? { first: 1, last: frozen } : undefined,
    footer: { left: footerText(title), center: "Page &P of &N", right: "&A, printed &D" },
  };
}
