/**
 * Sheet protection for every sheet Mgao builds: formulas are locked against a slip of the keyboard,
 * the input cells (`input: true`) stay unlocked, and there is no password, so the user stays in
 * control: Review > Unprotect Sheet lifts it in one click. The user may still select any cell, format
 * cells, columns and rows, and move or resize a chart; not sort, filter, or insert or delete rows or
 * columns, which would shift the formulas' ranges. Both renderers apply it after every other write.
 */
import type { CellSpec, SheetPlan } from "./plan";

/** Whether a sheet is protected: the one place the default (on) lives. */
export const isProtected = (sheet: SheetPlan): boolean => sheet.protect !== false;

/** A cell the user types in: unlocked on a protected sheet. */
export const isUnlocked = (spec: CellSpec): boolean => spec.input === true;

/** What the user may do on a protected sheet (Office.js's names; the .xlsx renderer maps them). */
export const PROTECTION_ALLOWS = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowEditObjects: true,
  allowSort: false,
  allowAutoFilter: false,
  allowInsertRows: false,
  allowInsertColumns: false,
  allowDeleteRows: false,
  allowDeleteColumns: false,
  allowInsertHyperlinks: false,
  allowPivotTables: false,
} as const;

/** Said on the sheet's title cell, so a user who wants to change a formula knows how. */
export const UNPROTECT_NOTE = "This sheet is protected so that a slip cannot overwrite a formula: type in the shaded input cells. Review > Unprotect Sheet lifts it (no password).";

/**
 * The plan with UNPROTECT_NOTE on its first title cell, where the sheet is protected and that cell has
 * no note of its own (a sheet without a title cell is left as it is). The plan itself is not changed.
 */
export function withUnprotectNote(sheet: SheetPlan): SheetPlan {
  if (!isProtected(sheet)) return sheet;
  for (const [b, block] of sheet.blocks.entries()) {
    for (const [r, line] of block.cells.entries()) {
      const c = line.findIndex((spec) => spec?.style === "title");
      if (c < 0) continue;
      if (line[c].note) return sheet;
      const cells = block.cells.map((l, k) => (k === r ? l.map((spec, j) => (j === c ? { ...spec, note: UNPROTECT_NOTE } : spec)) : l));
      return { ...sheet, blocks: sheet.blocks.map((x, k) => (k === b ? { ...block, cells } : x)) };
    }
  }
  return sheet;
}
