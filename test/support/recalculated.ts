/**
 * Reading a workbook LibreOffice recalculated (test/support/libreoffice.ts), for comparison with the
 * core: the one reader of its cells. ExcelJS's `cell.value` drops formula results that are 0 or FALSE
 * and turns date-formatted results into Date objects; this reads `cell.result` instead and gives
 * dates back as spreadsheet serials. A formula whose result is the empty text reads as "" (the file
 * stores it as an empty value).
 */
import ExcelJS from "exceljs";
import { type SheetPlan, rangeA1 } from "../../src/plans/plan";

const serialOfDate = (d: Date) => d.getTime() / 86_400_000 + 25_569;

/** A cell's computed value: a formula's result (0, FALSE and "" included), else its literal value; dates as serials. */
export function resultAt(ws: ExcelJS.Worksheet, row0: number, col0: number): unknown {
  const cell = ws.getCell(row0 + 1, col0 + 1);
  const v = cell.type === ExcelJS.ValueType.Formula ? (cell.result ?? "") : cell.value;
  return v instanceof Date ? serialOfDate(v) : v;
}

export type CellReader = (row0: number, col0: number) => unknown;

export const readerOf = (ws: ExcelJS.Worksheet): CellReader => (r, c) => resultAt(ws, r, c);

/** Addresses (sheet!cell) of every cell whose computed result is an error value (#DIV/0!, #VALUE!, ...). */
export function errorCells(wb: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const result = cell.type === ExcelJS.ValueType.Formula ? cell.result : undefined;
        if (result && typeof result === "object" && "error" in result) found.push(`${ws.name}!${cell.address}`);
      }),
    ),
  );
  return found;
}

/** Today's serial in this machine's time zone, as the spreadsheet's TODAY() gives it. */
export function todaySerial(): number {
  const now = new Date();
  return Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * The sheet, as LibreOffice saved it, still carries every colour rule (range and formula) and every
 * validation (type, and a list's choices, at each range's corners) of its plan: LibreOffice understood
 * them, so Excel will too.
 */
export function expectRulesKept(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const kept = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[]; type: string }[] }[] }).conditionalFormattings;
  expect(kept.map((c) => [c.ref, c.rules[0].formulae?.[0] ?? c.rules[0].type])).toEqual(plan.conditionalFormats.map((c) => [rangeA1(c.range), c.kind === "expression" ? c.formula : c.kind]));
  for (const v of plan.validations) {
    for (const [r, c] of [[v.range.row, v.range.col], [v.range.row + v.range.rows - 1, v.range.col + v.range.cols - 1]]) {
      const got = ws.getCell(r + 1, c + 1).dataValidation;
      expect([rangeA1(v.range), got?.type, got?.formulae?.[0]]).toEqual([rangeA1(v.range), v.kind, v.kind === "list" ? `"${v.list.join(",")}"` : v.min]);
    }
  }
}
