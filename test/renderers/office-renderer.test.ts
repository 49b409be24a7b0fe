import { EXAMPLE_PRIORITISATION, type PrioritisationSpec, prioritisationLayout, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { EXAMPLE_CONTRACT, contractPlan } from "../../src/plans/contract-plan";
import { OFFICE_SYNCS, officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { a1 } from "../../src/plans/plan";
import { FakeExcel } from "../support/excel-fake";

const withProjects = (n: number): PrioritisationSpec => ({
  ...EXAMPLE_PRIORITISATION,
  projects: Array.from({ length: n }, (_, i) => ({ name: i === 0 ? '=HYPERLINK("http://evil","x")' : `Project ${i + 1}`, cost: 1000 * (i + 1), scores: [3, 3, 3, 3, 3] })),
});

describe("Office.js renderer (recording fake of Excel)", () => {
  it("takes OFFICE_SYNCS syncs for a matrix within one request, and the syncs officeSyncs counts for a larger one", async () => {
    for (const n of [10, 1000]) {
      const excel = new FakeExcel();
      const plan = prioritisationPlan(withProjects(n));
      await renderOffice(plan, excel.context);
      expect(excel.syncs).toBe(n === 10 ? OFFICE_SYNCS : officeSyncs(plan));
    }
  });

  it("never touches an existing sheet: the new one gets a suffix", async () => {
    const excel = new FakeExcel({ Prioritisation: { "0,0": "my notes", "5,5": "=SUM(A1:A3)" } });
    const before = excel.snapshot();
    const result = await renderOffice(prioritisationPlan(withProjects(3)), excel.context);
    expect(result.sheetNames.get("matrix")).toBe("Prioritisation (2)");
    expect(excel.snapshot()).toEqual(expect.arrayContaining([(before as unknown[])[0]]));
    expect(excel.sheets.map((s) => s.name)).toEqual(["Prioritisation", "Prioritisation (2)"]);
  });

  it("writes typed text as text and computed cells as formulas", async () => {
    const excel = new FakeExcel();
    await renderOffice(prioritisationPlan(withProjects(3)), excel.context);
    const { col, row } = prioritisationLayout(withProjects(3));
    const name = excel.sheet("Prioritisation")!.cells.get(`${row.firstProject},${col.project}`)!;
    expect(name).toEqual({ formula: '=HYPERLINK("http://evil","x")', numberFormat: "@" });
    const weighted = excel.sheet("Prioritisation")!.cells.get(`${row.firstProject},${col.weighted}`)!;
    expect(weighted.formula).toMatch(new RegExp(`^=IF\\(COUNT\\(${a1(row.firstProject, col.firstScore)}:${a1(row.firstProject, col.lastScore)}\\)=5,ROUND\\(SUMPRODUCT`));
    expect(weighted.numberFormat).toBe("0.00");
  });

  it("leaves the workbook exactly as it was when the build fails, and reports the failure", async () => {
    const excel = new FakeExcel({ Budget: { "0,0": 42 } });
    const before = excel.snapshot();
    excel.failAtSync = 2;
    await expect(renderOffice(contractPlan(EXAMPLE_CONTRACT), excel.context)).rejects.toThrow(/sync 2 failed/);
    expect(excel.snapshot()).toEqual(before);
  });
});

describe("every template through the Office.js renderer", () => {
  it.each(TEMPLATE_IDS)("%s: builds its example in the syncs officeSyncs counts, every sheet added", async (id) => {
    const plan = TEMPLATES[id].plan(TEMPLATES[id].example);
    const excel = new FakeExcel();
    await renderOffice(plan, excel.context);
    expect(excel.syncs).toBe(officeSyncs(plan));
    expect(excel.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  });
});
