/** Cell notes (where a figure comes from, or whose it is) reach both renderers' output. */
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../src/plans/plan";
import { EXAMPLE_REVENUE, revenueLayoutOf, revenuePlan } from "../../src/plans/revenue-plan";
import { OFFICE_SYNCS, renderOffice } from "../../src/renderers/office/render-office";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { FakeExcel } from "../support/excel-fake";

const plan: WorkbookPlan = {
  title: "Notes",
  sheets: [
    {
      key: "s",
      name: "Sheet",
      blocks: [{ row: 1, col: 2, cells: [[{ value: "population", style: "header", note: "Source: 2019 census." }, { value: 1 }], [{}, { value: 2, note: "Yours; was 1." }]] }],
      widths: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
    },
  ],
};

const noteText = (note: ExcelJS.Cell["note"]) => (typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join(""));

describe("cell notes", () => {
  it("are written into the .xlsx file on their cells, and only there", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(plan)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Sheet")!;
    expect(noteText(ws.getCell("C2").note)).toBe("Source: 2019 census.");
    expect(noteText(ws.getCell("D3").note)).toBe("Yours; was 1.");
    expect(ws.getCell("D2").note).toBeUndefined();
  });

  it("reach the revenue model's County data headers in the file", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(revenuePlan(EXAMPLE_REVENUE))) as unknown as ArrayBuffer);
    const L = revenueLayoutOf(EXAMPLE_REVENUE);
    const ws = wb.getWorksheet("County data")!;
    L.data.headers.forEach((h, c) => expect(noteText(ws.getCell(L.data.header + 1, c + 1).note)).toMatch(/Source: /));
    // Building the 47-county model and reading it back takes seconds on a loaded machine.
  }, 60_000);

  describe("through Office.js", () => {
    const global = globalThis as { Office?: unknown };
    const host = (supported: string) => ({ context: { requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && Number(version) <= Number(supported) } } });
    afterEach(() => delete global.Office);

    it("are added with the rest of the batch where ExcelApi 1.18 is supported: no sync of their own", async () => {
      global.Office = host("1.18");
      const excel = new FakeExcel();
      await renderOffice(plan, excel.context);
      expect(excel.syncs).toBe(OFFICE_SYNCS);
      expect(excel.notes).toEqual([
        { sheet: "sheet[Sheet]", row: 1, col: 2, content: "Source: 2019 census." },
        { sheet: "sheet[Sheet]", row: 2, col: 3, content: "Yours; was 1." },
      ]);
    });

    it("are left out on older hosts, which still build the sheets", async () => {
      global.Office = host("1.17");
      const excel = new FakeExcel();
      await renderOffice(plan, excel.context);
      expect(excel.syncs).toBe(OFFICE_SYNCS);
      expect(excel.notes).toEqual([]);
      expect(excel.sheet("Sheet")!.cells.get("2,3")?.formula).toBe(2);
    });
  });
});
