/**
 * The .xlsx file as read back: every sheet of every template protected without a password, formulas
 * locked and inputs unlocked, what the user may still do, the title's note saying how to lift it, and
 * header rows tall enough for their wrapped text.
 */
import ExcelJS from "exceljs";
import type { CellSpec, SheetPlan } from "../../src/plans/plan";
import { rowHeights } from "../../src/plans/row-heights";
import { UNPROTECT_NOTE } from "../../src/plans/sheet-protection";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";

/** ExcelJS reads a sheet's protection into `sheetProtection`, which its types leave out. */
const protectionOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;

const noteText = (note: ExcelJS.Cell["note"]) => (typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join(""));

function cellsOf(sheet: SheetPlan): [number, number, CellSpec][] {
  return sheet.blocks.flatMap((block) => block.cells.flatMap((line, r) => line.flatMap((spec, c) => (spec ? [[block.row + r, block.col + c, spec] as [number, number, CellSpec]] : []))));
}

describe.each(TEMPLATE_IDS)("%s as .xlsx", (id) => {
  const plan = TEMPLATES[id].plan(TEMPLATES[id].example);
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(plan)) as unknown as ArrayBuffer);
  }, 60_000);

  it("protects every sheet without a password, allowing formatting and selection but not sorting", () => {
    for (const sheet of plan.sheets) {
      const protection = protectionOf(wb.getWorksheet(sheet.name)!);
      expect(protection).toMatchObject({ sheet: true, formatCells: true, formatColumns: true, formatRows: true });
      // No password: no hash to check one against. Locked and unlocked cells stay selectable.
      expect(protection).not.toHaveProperty("hashValue");
      expect(protection).not.toHaveProperty("algorithmName");
      expect(protection?.selectLockedCells).not.toBe(false);
      expect(protection?.selectUnlockedCells).not.toBe(false);
      for (const refused of ["sort", "autoFilter", "insertRows", "deleteRows", "insertColumns", "deleteColumns"]) expect(protection?.[refused]).toBeFalsy();
    }
  });

  it("unlocks every input cell and leaves every other planned cell locked", () => {
    const wrong: string[] = [];
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const [row, col, spec] of cellsOf(sheet)) {
        const cell = ws.getCell(row + 1, col + 1);
        const locked = cell.protection?.locked !== false;
        if (locked === !!spec.input) wrong.push(`${sheet.name}!${cell.address} ${locked ? "locked" : "unlocked"}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("sets the header rows' heights, and says on the title how to lift the protection", () => {
    for (const sheet of plan.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      for (const [row, height] of rowHeights(sheet)) expect([sheet.name, row, ws.getRow(row + 1).height]).toEqual([sheet.name, row, height]);
      const title = cellsOf(sheet).find(([, , spec]) => spec.style === "title");
      if (title && !title[2].note) expect(noteText(ws.getCell(title[0] + 1, title[1] + 1).note)).toBe(UNPROTECT_NOTE);
    }
  });
});

it("leaves a sheet unprotected where its plan says so, its inputs still unlocked", async () => {
  const sheet: SheetPlan = { key: "s", name: "Open", blocks: [{ row: 0, col: 0, cells: [[{ value: "Open", style: "title" }, { value: 1, input: true }]] }], widths: [], validations: [], conditionalFormats: [], charts: [], protect: false };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderXlsx({ title: "Open", sheets: [sheet] })) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Open")!;
  expect(protectionOf(ws)).toBeFalsy();
  expect(ws.getCell("A1").note).toBeUndefined();
  expect(ws.getCell("B1").protection?.locked).toBe(false);
});
