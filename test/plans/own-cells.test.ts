/**
 * What Mgao writes of its own, in every template's example: text that can never turn into a formula,
 * and number formats that Excel shows as intended.
 */
import type { CellSpec, WorkbookPlan } from "../../src/plans/plan";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";

function cellsOf(plan: WorkbookPlan): { where: string; cell: CellSpec }[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) => block.cells.flatMap((line, r) => line.map((cell, c) => ({ where: `${sheet.name}!R${block.row + r + 1}C${block.col + c + 1}`, cell })))),
  );
}

describe.each(TEMPLATE_IDS)("%s: Mgao's own cells", (id) => {
  const template = TEMPLATES[id];
  const cells = cellsOf(template.plan(template.example));

  it("never start text with =, + or @ (Excel would read a formula if a format were lost)", () => {
    const risky = cells.filter(({ cell }) => !cell.input && typeof cell.value === "string" && /^[=+@]/.test(cell.value));
    expect(risky.map(({ where, cell }) => `${where}: ${String(cell.value)}`)).toEqual([]);
  });

  it("use no number format whose decimals are all optional (Excel shows 20 as '20.')", () => {
    const bare = cells.filter(({ cell }) => cell.format !== undefined && /\.#/.test(cell.format.replace(/"[^"]*"/g, "")));
    expect(bare.map(({ where, cell }) => `${where}: ${cell.format}`)).toEqual([]);
  });
});
