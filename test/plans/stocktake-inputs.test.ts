/**
 * One reader of a delivery workbook's inputs: the same plan read from its .xlsx file (ExcelJS) and
 * from the open workbook's used ranges (built through Office.js into the recording fake) gives the same
 * priorities, issues and settings; a workbook that is not a delivery workbook is refused in words.
 */
import { type DeliverySpec, EXAMPLE_DELIVERY, deliveryPlan } from "../../src/plans/delivery-plan";
import { usedRangeCells } from "../../src/plans/stocktake-cells";
import { DELIVERY_SHEETS, type DeliveryInputs, deliveryInputsOf } from "../../src/plans/stocktake-inputs";
import { readDeliveryInputs } from "../../src/plans/stocktake-read";
import { renderOffice } from "../../src/renderers/office/render-office";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { FakeExcel } from "../support/excel-fake";

const spec: DeliverySpec = {
  ...EXAMPLE_DELIVERY,
  asOf: "2026-02-15",
  escalation: { overdueDays: 45 },
  priorities: EXAMPLE_DELIVERY.priorities.map((p, i) => (i === 0 ? { ...p, judgement: "Red" as const } : p)),
};

/** What was read, without the cells it was read from. */
const readings = ({ title, tolerance, asOf, overdueDays, priorities, issues, L }: DeliveryInputs) => ({ title, tolerance, asOf, overdueDays, priorities, issues, layout: JSON.stringify(L) });

/** The open workbook's cells, as Office.js gives the used ranges. */
async function openWorkbookCells(excel: FakeExcel) {
  const context = excel.context;
  const read = excel.sheets.map((s) => {
    const used = context.workbook.worksheets.getItem(s.name).getUsedRange(true);
    used.load(["values", "formulas", "rowIndex", "columnIndex"]);
    return { name: s.name, used };
  });
  await context.sync();
  const sheets = new Map(read.map((r) => [r.name, usedRangeCells(r.name, r.used)]));
  return (name: string) => sheets.get(name);
}

describe("a delivery workbook's inputs", () => {
  it("read alike from the file and from the open workbook", async () => {
    const plan = deliveryPlan(spec);
    const fromFile = readings(await readDeliveryInputs(await renderXlsx(plan)));
    const excel = new FakeExcel();
    await renderOffice(plan, excel.context);
    const fromOpen = readings(deliveryInputsOf(await openWorkbookCells(excel)));
    expect(fromOpen).toEqual(fromFile);
    expect(fromOpen.priorities.map((p) => p.name)).toEqual(spec.priorities.map((p) => p.name));
    expect(fromOpen.priorities[0].analyst).toBe("Red");
    expect(fromOpen.overdueDays).toBe(45);
    expect(fromOpen.issues.map((i) => i.issue)).toEqual(spec.issues.map((i) => i.issue));
  });

  it("are refused, in words naming the sheet, where a delivery sheet is missing", () => {
    expect(() => deliveryInputsOf(() => undefined)).toThrow(`workbook: has no "${DELIVERY_SHEETS.plan}" sheet: is it a delivery workbook Mgao built?`);
  });
});
