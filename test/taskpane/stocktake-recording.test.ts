/**
 * "Record this stocktake" in the pane, without the browser. Inside Excel the open workbook is recorded
 * (here Microsoft's Excel client over a modelled workbook). Standalone, the chosen file goes to the
 * same action as the command line, the line the pane shows is read from what it recorded, and each
 * refusal lands by the field at fault in the action's own words.
 */
import ExcelJS from "exceljs";
import { serialOf } from "../../src/core/dates";
import { type DeliverySpec, EXAMPLE_DELIVERY, deliveryLayout, deliveryPlan } from "../../src/plans/delivery-plan";
import { RECORD_SHEETS, recordStocktake } from "../../src/plans/stocktake-record";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { recordStocktakeInExcel } from "../../src/renderers/office/record-stocktake";
import { renderOffice } from "../../src/renderers/office/render-office";
import { asOfArgument, recordInFile, recordInWorkbook, recordedSummary, refusalOf } from "../../src/taskpane/stocktake-recording";
import { OfficeJsWorkbook } from "../support/office-js-harness";

// Two priorities; the first 21 of a planned 25 (Amber-Green at 10%); the first issue 44 days overdue on 2026-02-28.
const spec: DeliverySpec = {
  ...EXAMPLE_DELIVERY,
  periods: 4,
  tolerance: 0.1,
  asOf: null,
  priorities: [
    { ...EXAMPLE_DELIVERY.priorities[0], name: "Boreholes drilled", baseline: 0, target: 100, actuals: [21] },
    { ...EXAMPLE_DELIVERY.priorities[1], name: "Solar panels", baseline: 0, target: 20, actuals: [5] },
  ],
  issues: [{ priority: 1, issue: "Rig broken", action: "Hire a rig", owner: "CO Water", due: "2026-01-15", status: "Open", level: "SDU" }],
};
const L = deliveryLayout(spec);

const load = async (file: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
};

let built: Uint8Array;
beforeAll(async () => {
  built = await renderXlsx(deliveryPlan(spec));
});

describe("recording a stocktake from the pane", () => {
  it("records in the chosen file with the typed date, keeps its name, and says what it recorded", async () => {
    const outcome = await recordInFile(built, "Kisumu delivery.xlsx", " 2026-02-28 ");
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.fileName).toBe("Kisumu delivery.xlsx");
    const wb = await load(outcome.file);
    expect(wb.getWorksheet(RECORD_SHEETS.history)!.getCell(5, 1).value).toEqual(new Date("2026-02-28T00:00:00Z"));
    expect(wb.getWorksheet(RECORD_SHEETS.dashboard)).toBeDefined();
    expect(outcome.said).toBe(
      "Recorded the stocktake of 2026-02-28 in Kisumu delivery.xlsx: 2 priorities (1 Green, 1 Amber-Green); none fell since the stocktake before; " +
        "1 escalation logged (issue 1: SDU to CECM). Downloaded Kisumu delivery.xlsx with its Stocktake history, Escalation log and Dashboard sheets.",
    );
  });

  it("names the priority that fell between two stocktakes", async () => {
    const first = await recordStocktake(built, "2026-02-28");
    const wb = await load(first.file);
    // 38 of a planned 50 in the second period: 76%, Amber-Red.
    wb.getWorksheet("Trajectory")!.getCell(L.traj.first + 2, L.traj.col.actual(0) + 1).value = 38;
    const outcome = await recordInFile(new Uint8Array(await wb.xlsx.writeBuffer()), "d.xlsx", "2026-03-31");
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.said).toContain("2 priorities (1 Green, 1 Amber-Red); 1 fell since the stocktake before (Boreholes drilled: Amber-Green to Amber-Red); no escalation logged.");
  });

  it("shows a date recorded already by As of, in a file as in the open workbook", async () => {
    const first = await recordStocktake(built, "2026-02-28");
    expect(await recordInFile(first.file, "d.xlsx", "2026-02-28")).toEqual({
      ok: false,
      field: "asOf",
      message: "The stocktake of 2026-02-28 is in the Stocktake history sheet already: record another date, or delete that date's rows to record it again",
    });
  });

  it("counts priorities with no actual yet, and says so", () => {
    const said = recordedSummary({ asOf: serialOf("2026-01-31"), standings: [{ judgement: "" }, { judgement: "Red" }] as never, fell: [], moves: [] }, "x.xlsx");
    expect(said).toContain("2 priorities (1 Red, 1 with no judgement yet)");
  });

  it("reads a blank As of as the workbook's own date", async () => {
    expect(asOfArgument("  ")).toBeUndefined();
    expect(asOfArgument("2026-03-31 ")).toBe("2026-03-31");
    // The file's As of is typed: recorded on that date.
    const dated = await renderXlsx(deliveryPlan({ ...spec, asOf: "2026-02-15" }));
    const outcome = await recordInFile(dated, "d.xlsx", "");
    expect(outcome.ok && outcome.said.startsWith("Recorded the stocktake of 2026-02-15 in d.xlsx")).toBe(true);
  });
});

describe("refusals, by the field at fault", () => {
  it("asks for a file when none was chosen", async () => {
    expect(await recordInFile(null, "", "2026-03-31")).toEqual({ ok: false, field: "file", message: "Choose a delivery workbook (.xlsx) that Mgao built." });
  });

  it("shows a missing or unreal date by As of, in the action's words", async () => {
    expect(await recordInFile(built, "d.xlsx", "")).toEqual({
      ok: false,
      field: "asOf",
      message: "Give the stocktake's date (YYYY-MM-DD): the workbook's As of is TODAY(), which a file does not hold",
    });
    expect(await recordInFile(built, "d.xlsx", "2026-02-30")).toEqual({ ok: false, field: "asOf", message: '"2026-02-30" is not a date written as YYYY-MM-DD' });
  });

  it("shows a workbook that is not a delivery workbook by the file", async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1");
    expect(await recordInFile(new Uint8Array(await other.xlsx.writeBuffer()), "other.xlsx", "2026-03-31")).toEqual({
      ok: false,
      field: "file",
      message: 'This file has no "Delivery plan" sheet: is it a delivery workbook Mgao built?',
    });
    const text = await recordInFile(new TextEncoder().encode("not a zip"), "notes.xlsx", "2026-03-31");
    expect(text).toEqual(expect.objectContaining({ ok: false, field: "file", message: expect.stringMatching(/^This file is not an \.xlsx file that can be read/) }));
  });

  it("keeps a problem that names its own cell as the action words it", async () => {
    const wb = await load(built);
    wb.getWorksheet("Stocktake")!.getCell(L.stock.header + 1, L.stock.col.name + 1).value = "Project";
    const moved = await recordInFile(new Uint8Array(await wb.xlsx.writeBuffer()), "d.xlsx", "2026-03-31");
    expect(moved).toEqual({ ok: false, field: "file", message: expect.stringMatching(/^Stocktake!\w+ should read "Priority": is it a delivery workbook Mgao built\?$/) });
    expect(refusalOf(new Error("disk full"))).toEqual({ field: "file", message: "The file could not be recorded: disk full" });
  });
});

describe("recording in the open workbook", () => {
  it("records through Office.js and says so in words, or shows the refusal by As of or under the button", async () => {
    const book = new OfficeJsWorkbook();
    try {
      await renderOffice(deliveryPlan(spec), book.context);
      const here = (asOf?: string) => recordStocktakeInExcel(book.context, asOf);
      expect(await recordInWorkbook(" 2026-02-28 ", here)).toEqual({
        ok: true,
        said: "Recorded the stocktake of 2026-02-28 in this workbook: 2 priorities (1 Green, 1 Amber-Green); none fell since the stocktake before; 1 escalation logged (issue 1: SDU to CECM). Rows added to its Stocktake history and Escalation log; its Dashboard rebuilt.",
      });
      expect(await recordInWorkbook("", here)).toEqual({ ok: false, field: "asOf", message: "Give the stocktake's date (YYYY-MM-DD): the workbook's As of is TODAY()" });
      expect(await recordInWorkbook("2026-02-28", here)).toEqual(expect.objectContaining({ ok: false, field: "asOf", message: expect.stringContaining("is in the Stocktake history sheet already") }));
    } finally {
      book.close();
    }
    const empty = new OfficeJsWorkbook();
    try {
      expect(await recordInWorkbook("2026-02-28", (asOf) => recordStocktakeInExcel(empty.context, asOf))).toEqual({
        ok: false,
        field: "file",
        message: 'This workbook has no "Delivery plan" sheet: is it a delivery workbook Mgao built?',
      });
    } finally {
      empty.close();
    }
  });
});
