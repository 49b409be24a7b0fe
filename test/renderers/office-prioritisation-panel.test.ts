import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { SCORER_COLUMNS } from "../../src/plans/prioritisation-scorer-sheet";
import { officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { FakeExcel } from "../support/excel-fake";

const spec: PrioritisationSpec = {
  ...EXAMPLE_PRIORITISATION,
  panel: { scorers: ["Wanjiru", "O'Brien", "Sheet1"] },
  projects: EXAMPLE_PRIORITISATION.projects.map((p, i) => ({ name: p.name, cost: p.cost, ward: i === 0 ? "+Othaya" : undefined, panelScores: [[5, 4, 3, 3, 5]] })),
};

describe("a panel's matrix through the Office.js renderer (recording fake)", () => {
  it("adds a scorer's sheet per name beside the workbook's own, and the matrix's means read each by its given name", async () => {
    const excel = new FakeExcel({ Sheet1: { "0,0": "my notes" } });
    const plan = prioritisationPlan(spec);
    const result = await renderOffice(plan, excel.context);
    expect(excel.syncs).toBe(officeSyncs(plan));
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Prioritisation", "Wanjiru", "O'Brien", "Sheet1 (2)"]);
    expect(result.sheetNames.get("scorer-3")).toBe("Sheet1 (2)");
    const { col, row, panel } = prioritisationLayout(spec);
    const matrix = excel.sheet("Prioritisation")!.cells;
    expect(matrix.get(`${row.firstProject},${col.firstScore}`)?.formula).toBe(`=IF(COUNT('Wanjiru'!C7,'O''Brien'!C7,'Sheet1 (2)'!C7)=0,"",AVERAGE('Wanjiru'!C7,'O''Brien'!C7,'Sheet1 (2)'!C7))`);
    expect(String(matrix.get(`${row.firstProject},${panel!.disagrees}`)?.formula)).toMatch(/^=IF\(/);
    expect(matrix.get(`${row.firstProject},${col.ward}`)).toEqual({ formula: "+Othaya", numberFormat: "@" });
    // The user's own sheet is left as it was; the scorer's scores are written where the matrix reads them.
    expect(excel.sheet("Sheet1")!.cells.get("0,0")?.formula).toBe("my notes");
    expect(excel.sheet("Wanjiru")!.cells.get(`${row.firstProject},${SCORER_COLUMNS.firstScore}`)?.formula).toBe(5);
  });
});
