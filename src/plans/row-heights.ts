/**
 * Row heights for wrapped text. A header that wraps ("Estimated cost (KES)" in an 18-character
 * column) needs a row tall enough for its lines, or its second line spills over the first data row:
 * Excel does not fit row heights to a file's wrapped text on opening, nor to text written through
 * Office.js. The height is estimated from the text's length against its column's width, so both
 * renderers set the same heights.
 */
import type { SheetPlan, StyleName } from "./plan";

/** Styles whose text wraps in its cell: the header (LOOKS in src/renderers/look.ts; a test keeps them in step). */
export const WRAPPED_STYLES: readonly StyleName[] = ["header"];

/** Points per line of 11-point text, Excel's default row height. */
export const LINE_POINTS = 15;

/** The width (characters) of a column the plan gives none: Excel's default. */
export const DEFAULT_WIDTH = 8.43;

/**
 * Lines a text takes wrapped in a column `width` characters wide: whole words to a line, one
 * character per unit of width (bold capitals and padding make that the safe side), a word longer than
 * a line broken across lines, and a line break in the text kept.
 */
export function wrappedLines(text: string, width: number): number {
  const capacity = Math.max(1, Math.floor(width));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= capacity) used = needed;
      else if (used === 0) {
        lines += Math.ceil(word.length / capacity) - 1;
        used = word.length % capacity || capacity;
      } else {
        lines += Math.ceil(word.length / capacity);
        used = word.length % capacity || capacity;
      }
    }
  }
  return lines;
}

/** The height (points) of a row holding `texts` in columns `widths` characters wide: its tallest cell's lines. */
export function rowHeightFor(texts: readonly string[], widths: readonly number[]): number {
  return LINE_POINTS * Math.max(1, ...texts.map((text, k) => wrappedLines(text, widths[k] ?? DEFAULT_WIDTH)));
}

/**
 * The rows (0-based) whose wrapped text takes more than one line, with their heights; the plan's own
 * `rowHeights` over them. Formulas are left out: their text is not known until Excel computes it.
 */
export function rowHeights(sheet: SheetPlan): Map<number, number> {
  const wrapped = new Map<number, { texts: string[]; widths: number[] }>();
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((spec, c) => {
        if (!spec?.style || !WRAPPED_STYLES.includes(spec.style) || typeof spec.value !== "string" || spec.formula !== undefined) return;
        const row = wrapped.get(block.row + r) ?? { texts: [], widths: [] };
        row.texts.push(spec.value);
        row.widths.push(sheet.widths[block.col + c] ?? DEFAULT_WIDTH);
        wrapped.set(block.row + r, row);
      }),
    );
  }
  const heights = new Map<number, number>();
  for (const [row, { texts, widths }] of wrapped) {
    const height = rowHeightFor(texts, widths);
    if (height > LINE_POINTS) heights.set(row, height);
  }
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) heights.set(Number(row), height);
  return new Map([...heights].sort(([a], [b]) => a - b));
}
