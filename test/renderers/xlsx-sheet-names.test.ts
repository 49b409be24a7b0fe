import ExcelJS from "exceljs";
import fc from "fast-check";
import type { WorkbookPlan } from "../../src/plans/plan";
import { assignSheetNames } from "../../src/plans/sheet-names";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";

const sheet = (key: string, name: string): WorkbookPlan["sheets"][number] => ({
  key,
  name,
  blocks: [{ row: 0, col: 0, cells: [[{ value: name }]] }],
  widths: [],
  validations: [],
  conditionalFormats: [],
  charts: [],
});

describe("sheet names in the .xlsx renderer", () => {
  it("builds the RRI initiative whose 31st character is an apostrophe", async () => {
    const plan: WorkbookPlan = { title: "t", sheets: [sheet("rri", "RRI Community Health Promoters' stipends"), sheet("h", "History")] };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderXlsx(plan)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["RRI Community Health Promoters", "History (2)"]);
  });

  it("ExcelJS accepts, writes and reads back every name Mgao gives (property, random Unicode)", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "binary", maxLength: 45 }), { minLength: 1, maxLength: 4 }), async (wanted) => {
        const plan: WorkbookPlan = { title: "t", sheets: wanted.map((w, i) => sheet(`s${i}`, w)) };
        const names = assignSheetNames(plan);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(await renderXlsx(plan)) as unknown as ArrayBuffer);
        expect(wb.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => names.get(s.key)));
      }),
      { seed: 14, numRuns: 40 },
    );
    // ExcelJS warns (and truncates) only when a name is over 31 characters.
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  }, 60_000);
});
