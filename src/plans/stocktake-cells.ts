/**
 * A workbook's cells as "Record this stocktake" reads them, whichever way they came: from a file
 * (ExcelJS, stocktake-read.ts) or from the open workbook (Office.js's used ranges). One reader of the
 * delivery sheets (stocktake-inputs.ts) works over either, so both paths judge alike.
 */

/** One sheet's cells: what was typed (a formula's result is not typed, so it reads as null), and which cells hold formulas. */
export interface SheetCells {
  name: string;
  typed(row: number, col: number): number | string | null;
  isFormula(row: number, col: number): boolean;
  /** One past the last row (0-based) that holds anything. */
  end: number;
}

/** The sheets by name; undefined for a sheet the workbook lacks. */
export type BookCells = (name: string) => SheetCells | undefined;

/** A used range as Office.js gives it: values and formulas from (rowIndex, columnIndex). */
export interface UsedRange {
  values: readonly (readonly unknown[])[];
  formulas: readonly (readonly unknown[])[];
  rowIndex: number;
  columnIndex: number;
}

const isFormulaText = (f: unknown): f is string => typeof f === "string" && f.startsWith("=");

/**
 * A sheet's cells from its used range. A formula reads as null, as in a file, unless its value is the
 * same text (text typed with a leading apostrophe, "=HYPERLINK(...)" kept as words).
 */
export function usedRangeCells(name: string, used: UsedRange): SheetCells {
  const at = (grid: UsedRange["values"], r: number, c: number) => grid[r - used.rowIndex]?.[c - used.columnIndex];
  return {
    name,
    typed(r, c) {
      const value = at(used.values, r, c);
      const formula = at(used.formulas, r, c);
      if (isFormulaText(formula) && value !== formula) return null;
      if (typeof value === "number") return Number.isFinite(value) ? value : null;
      return typeof value === "string" && value !== "" ? value : null;
    },
    isFormula: (r, c) => isFormulaText(at(used.formulas, r, c)),
    end: used.rowIndex + used.values.length,
  };
}

/** Whether a row holds anything in its first `width` columns. */
export const rowUsed = (sheet: SheetCells, row: number, width: number) => Array.from({ length: width }, (_, c) => c).some((c) => sheet.typed(row, c) !== null || sheet.isFormula(row, c));

/**
 * A table Record appends to, from its first row down: the rows whose first column is a date (a
 * number), and the row under the last one used in its columns, where new rows go, so no row the user
 * wrote below a gap is written over.
 */
export function tableRows(sheet: SheetCells | undefined, first: number, width: number): { rows: (number | string | null)[][]; next: number } {
  if (!sheet) return { rows: [], next: first };
  const rows: (number | string | null)[][] = [];
  let next = first;
  for (let r = first; r < sheet.end; r++) {
    if (!rowUsed(sheet, r, width)) continue;
    next = r + 1;
    if (typeof sheet.typed(r, 0) === "number") rows.push(Array.from({ length: width }, (_, c) => sheet.typed(r, c)));
  }
  return { rows, next };
}
