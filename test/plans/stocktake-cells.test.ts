/** A workbook's cells as Record reads them from Office.js's used ranges, and the tables it appends to. */
import { type SheetCells, rowUsed, tableRows, usedRangeCells } from "../../src/plans/stocktake-cells";

const HOSTILE = '=HYPERLINK("http://evil","x")';

describe("a used range as the reader sees it", () => {
  // From B3: a number, a formula with its result, text typed with an apostrophe that looks like a formula, a blank.
  const sheet = usedRangeCells("Plan", {
    rowIndex: 2,
    columnIndex: 1,
    values: [
      [42, 0.84, HOSTILE],
      ["", "Boreholes", 46082],
    ],
    formulas: [
      [42, "=C5/C6", HOSTILE],
      ["", "Boreholes", "=TODAY()"],
    ],
  });

  it("reads typed numbers and text where the range sits, and a formula's result as not typed", () => {
    expect(sheet.typed(2, 1)).toBe(42);
    expect(sheet.typed(2, 2)).toBeNull();
    expect(sheet.isFormula(2, 2)).toBe(true);
    expect(sheet.typed(3, 2)).toBe("Boreholes");
    expect(sheet.typed(3, 3)).toBeNull();
    expect(sheet.isFormula(3, 3)).toBe(true);
  });

  it("keeps text that only looks like a formula as the words typed", () => {
    expect(sheet.typed(2, 3)).toBe(HOSTILE);
  });

  it("reads blanks and cells outside the range as empty, and ends under its last row", () => {
    expect(sheet.typed(3, 1)).toBeNull();
    expect(sheet.typed(0, 0)).toBeNull();
    expect(sheet.isFormula(9, 9)).toBe(false);
    expect(sheet.end).toBe(4);
    // Row 4's first two columns are blank; its third holds "Boreholes".
    expect(rowUsed(sheet, 3, 3)).toBe(true);
    expect(rowUsed(sheet, 3, 2)).toBe(false);
  });
});

describe("a table Record appends to", () => {
  /** A sheet from rows of cells, from row 0. */
  const sheetOf = (rows: (number | string | null)[][]): SheetCells => usedRangeCells("History", { rowIndex: 0, columnIndex: 0, values: rows.map((r) => r.map((v) => v ?? "")), formulas: rows.map((r) => r.map((v) => v ?? "")) });

  it("takes the rows dated in the first column, past gaps and the user's notes, and appends under the last used row", () => {
    const sheet = sheetOf([["Title"], [], [], ["Date", "Priority"], [46000, 1], [46000, 2], [], [null, "a note of mine"], []]);
    expect(tableRows(sheet, 4, 2)).toEqual({ rows: [[46000, 1], [46000, 2]], next: 8 });
    // A note beyond the table's columns is not the table's.
    expect(tableRows(sheet, 4, 1).next).toBe(6);
  });

  it("starts at the first row when the table is empty or the sheet is missing", () => {
    expect(tableRows(sheetOf([["Title"], [], [], ["Date"]]), 4, 1)).toEqual({ rows: [], next: 4 });
    expect(tableRows(undefined, 4, 6)).toEqual({ rows: [], next: 4 });
  });
});
