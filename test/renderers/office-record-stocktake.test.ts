/**
 * "Record this stocktake" in the open workbook: a delivery plan built through Office.js, two
 * stocktakes recorded into it with Microsoft's Excel client (its requests counted and measured) and
 * with the recording fake. The rows and judgements are the ones the file's record computes from the
 * same plan; rows go under what the user wrote; a date recorded already and a sheet Record did not
 * build are refused with the workbook left as it was.
 */
import { serialOf } from "../../src/core/dates";
import { deliveryLayout, deliveryPlan } from "../../src/plans/delivery-plan";
import { RECORD_SHEETS, recordStocktake } from "../../src/plans/stocktake-record";
import { DASHBOARD_TITLE } from "../../src/plans/stocktake-sheets";
import { FIRST_RECORD_ROW, HISTORY_COLUMNS } from "../../src/plans/stocktake-snapshot";
import { RECORD_SYNCS, recordStocktakeInExcel } from "../../src/renderers/office/record-stocktake";
import { renderOffice } from "../../src/renderers/office/render-office";
import { REQUEST_LIMIT } from "../../src/renderers/office/request-budget";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { FakeExcel } from "../support/excel-fake";
import { OfficeJsWorkbook, at } from "../support/office-js-harness";
import { HOSTILE, STOCKTAKE_SPEC } from "../support/stocktake-spec";
import { thrown } from "../support/thrown";

const spec = STOCKTAKE_SPEC;
const L = deliveryLayout(spec);
const plan = deliveryPlan(spec);

/** A harness workbook with the delivery plan built in it. */
async function builtBook(sheets: Record<string, Record<string, unknown>> = {}): Promise<OfficeJsWorkbook> {
  const book = new OfficeJsWorkbook({ sheets });
  await renderOffice(plan, book.context);
  book.requests.length = 0;
  return book;
}

/** A row of a harness sheet, as written. */
const rowOf = (book: OfficeJsWorkbook, sheet: string, row: number, cols: number) => Array.from({ length: cols }, (_, c) => book.cell(sheet, row, c)?.formula ?? "");

describe("recording a stocktake in the open workbook (Microsoft's Excel client)", () => {
  let book: OfficeJsWorkbook;
  afterEach(() => book?.close());

  it("records what the file's record records, in RECORD_SYNCS requests under the limit", async () => {
    book = await builtBook();
    const recorded = await recordStocktakeInExcel(book.context, "2026-02-28");
    expect(book.syncs).toBe(RECORD_SYNCS);
    expect(Math.max(...book.requests.map((r) => r.bytes))).toBeLessThan(REQUEST_LIMIT);
    const file = await recordStocktake(await renderXlsx(plan), "2026-02-28");
    expect(recorded.standings).toEqual(file.standings);
    expect(recorded.history).toEqual(file.history);
    expect(recorded.moves).toEqual(file.moves);
    expect(rowOf(book, RECORD_SHEETS.history, FIRST_RECORD_ROW - 1, HISTORY_COLUMNS.length)).toEqual([...HISTORY_COLUMNS]);
    expect(rowOf(book, RECORD_SHEETS.history, FIRST_RECORD_ROW, 4)).toEqual([serialOf("2026-02-28"), 1, "Boreholes drilled", "Amber-Green"]);
    // The hostile name is sent as quote-prefixed text and stays text.
    expect(book.cell(RECORD_SHEETS.history, FIRST_RECORD_ROW + 1, 2)).toMatchObject({ formula: HOSTILE, quotePrefix: true, numberFormat: "@" });
    expect(rowOf(book, RECORD_SHEETS.log, FIRST_RECORD_ROW, 5)).toEqual([serialOf("2026-02-28"), 1, "Rig broken", "SDU", "CECM"]);
    expect(book.cell(RECORD_SHEETS.dashboard, 0, 0)?.formula).toBe(DASHBOARD_TITLE);
    expect(book.sheets.map((s) => s.name).slice(-3)).toEqual(Object.values(RECORD_SHEETS));
  });

  it("appends the second stocktake under the last row used, past the user's own note, and rebuilds the Dashboard with the fall", async () => {
    book = await builtBook();
    await recordStocktakeInExcel(book.context, "2026-02-28");
    // The user writes a note two rows under the history, leaving a blank row, and types the second actual.
    const note = FIRST_RECORD_ROW + 3;
    book.sheet(RECORD_SHEETS.history)!.cells.set(at(note, 2), { formula: "Checked with the CO Water", numberFormat: "General" });
    book.sheet("Trajectory")!.cells.set(at(L.traj.first + 1, L.traj.col.actual(0)), { formula: 38, numberFormat: "General" });
    book.requests.length = 0;
    const second = await recordStocktakeInExcel(book.context, "2026-03-31");
    expect(book.syncs).toBe(RECORD_SYNCS);
    expect(second.fell).toEqual([{ priority: 1, name: "Boreholes drilled", from: "Amber-Green", to: "Amber-Red" }]);
    expect(second.moves).toEqual([]);
    expect(book.cell(RECORD_SHEETS.history, note, 2)?.formula).toBe("Checked with the CO Water");
    expect(rowOf(book, RECORD_SHEETS.history, note - 1, 3)).toEqual(["", "", ""]);
    expect(rowOf(book, RECORD_SHEETS.history, note + 1, 4)).toEqual([serialOf("2026-03-31"), 1, "Boreholes drilled", "Amber-Red"]);
    expect(rowOf(book, RECORD_SHEETS.history, note + 2, 4)).toEqual([serialOf("2026-03-31"), 2, HOSTILE, "Green"]);
    // The rebuilt Dashboard: one strip row per priority, a column per stocktake, and the fall.
    const dashboard = book.sheet(RECORD_SHEETS.dashboard)!;
    const texts = [...dashboard.cells.entries()].map(([k, c]) => [k, c.formula] as const);
    const strip = texts.find(([, v]) => v === "Boreholes drilled")![0].split(",").map(Number)[0];
    expect(rowOf(book, RECORD_SHEETS.dashboard, strip, 4)).toEqual([1, "Boreholes drilled", "Amber-Green", "Amber-Red"]);
    expect(texts.some(([, v]) => v === "Judgements that fell from 2026-02-28 to 2026-03-31")).toBe(true);
    // The log's header is not written again: only rows, and none this time.
    expect(rowOf(book, RECORD_SHEETS.log, FIRST_RECORD_ROW + 1, 2)).toEqual(["", ""]);
  });

  it("refuses a date recorded already, and a Dashboard the user made, leaving the workbook as it was", async () => {
    book = await builtBook();
    await recordStocktakeInExcel(book.context, "2026-02-28");
    const before = book.snapshot();
    const again = await thrown(() => recordStocktakeInExcel(book.context, "2026-02-28"));
    expect(again).toEqual(expect.objectContaining({ argument: "as-of" }));
    expect(String((again as Error).message)).toContain("2026-02-28 is in the Stocktake history sheet already");
    expect(book.snapshot()).toEqual(before);
    book.close();

    book = await builtBook({ Dashboard: { [at(0, 0)]: "My own dashboard" } });
    const mine = await thrown(() => recordStocktakeInExcel(book.context, "2026-02-28"));
    expect(String((mine as Error).message)).toContain('has a "Dashboard" sheet that Record this stocktake did not build');
    expect(book.sheet("Dashboard")!.cells.get(at(0, 0))?.formula).toBe("My own dashboard");
    expect(book.sheet(RECORD_SHEETS.history)).toBeUndefined();
  });

  it("needs a date where the workbook's As of is TODAY()", async () => {
    book = await builtBook();
    expect(await thrown(() => recordStocktakeInExcel(book.context))).toEqual(expect.objectContaining({ argument: "as-of" }));
  });
});

describe("recording a stocktake in the open workbook (recording fake)", () => {
  it("reads the used ranges and writes the three sheets in RECORD_SYNCS syncs", async () => {
    const excel = new FakeExcel();
    await renderOffice(plan, excel.context);
    const syncs = excel.syncs;
    const recorded = await recordStocktakeInExcel(excel.context, "2026-02-28");
    expect(excel.syncs - syncs).toBe(RECORD_SYNCS);
    expect(recorded.standings.map((s) => s.judgement)).toEqual(["Amber-Green", "Green"]);
    const history = excel.sheet(RECORD_SHEETS.history)!.cells;
    expect(history.get(`${FIRST_RECORD_ROW},0`)).toEqual({ formula: serialOf("2026-02-28"), numberFormat: "yyyy-mm-dd" });
    expect(history.get(`${FIRST_RECORD_ROW + 1},2`)).toEqual({ formula: HOSTILE, numberFormat: "@" });
    const second = await recordStocktakeInExcel(excel.context, "2026-03-31");
    expect(second.history.map((h) => h.date)).toEqual([serialOf("2026-02-28"), serialOf("2026-02-28"), serialOf("2026-03-31"), serialOf("2026-03-31")]);
    expect(history.get(`${FIRST_RECORD_ROW + 2},0`)?.formula).toBe(serialOf("2026-03-31"));
  });
});

describe("a record whose writing fails", () => {
  it("removes the record sheets it added and passes the failure on, the delivery sheets untouched", async () => {
    const book = await builtBook();
    try {
      const before = book.snapshot();
      book.failAtSync = RECORD_SYNCS;
      book.appliedBeforeFailure = Infinity;
      await expect(recordStocktakeInExcel(book.context, "2026-02-28")).rejects.toThrow("failed (injected)");
      expect(book.snapshot()).toEqual(before);
    } finally {
      book.close();
    }
  });
});
