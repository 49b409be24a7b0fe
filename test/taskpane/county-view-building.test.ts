/**
 * "Build county view" inside Excel: two departments' delivery plans built into one workbook through
 * Office.js (the second's sheets get " (2)"), then the view built from the sheets' values, with
 * Microsoft's Excel client (requests counted and measured) and with the recording fake.
 */
import { COUNTY_COLUMNS, COUNTY_VIEW_NAME, countyViewLayout } from "../../src/plans/county-view-plan";
import { deliveryPlan } from "../../src/plans/delivery-plan";
import { OFFICE_SYNCS, renderOffice } from "../../src/renderers/office/render-office";
import { REQUEST_LIMIT } from "../../src/renderers/office/request-budget";
import { buildCountyViewIn } from "../../src/taskpane/county-view-building";
import { FakeExcel } from "../support/excel-fake";
import { OfficeJsWorkbook, at } from "../support/office-js-harness";
import { HEALTH, WATER } from "../support/two-departments";

describe("building the County view in the open workbook (Microsoft's Excel client)", () => {
  let book: OfficeJsWorkbook;
  afterEach(() => book?.close());

  it("finds both departments' Stocktakes and writes formulas on their cells, beside the user's own County view", async () => {
    book = new OfficeJsWorkbook({ sheets: { [COUNTY_VIEW_NAME]: { [at(0, 0)]: "my notes" } } });
    for (const spec of [HEALTH, WATER]) await renderOffice(deliveryPlan(spec), book.context);
    book.requests.length = 0;
    const outcome = await buildCountyViewIn(book.context);
    expect(outcome).toEqual({ ok: true, said: expect.stringContaining(`Built ${COUNTY_VIEW_NAME} (2), rolling up 2 departments: ${HEALTH.title} (Stocktake, 3 priorities); ${WATER.title} (Stocktake (2), 3 priorities).`) });
    // Two syncs read the sheets; the renderer's own follow.
    expect(book.syncs).toBe(2 + OFFICE_SYNCS);
    expect(Math.max(...book.requests.map((r) => r.bytes))).toBeLessThan(REQUEST_LIMIT);
    expect(book.cell(COUNTY_VIEW_NAME, 0, 0)?.formula).toBe("my notes");
    const V = countyViewLayout(2);
    const view = `${COUNTY_VIEW_NAME} (2)`;
    expect(COUNTY_COLUMNS.map((_, c) => book.cell(view, V.header, c)?.formula)).toEqual([...COUNTY_COLUMNS]);
    expect(book.cell(view, V.first + 1, 0)?.formula).toBe(`='Delivery plan (2)'!$A$1&""`);
    expect(book.cell(view, V.first + 1, V.col.judgement(3))?.formula).toBe(`=COUNTIF('Stocktake (2)'!$L$5:$L$7,"Red")`);
    expect(book.cell(view, V.first + 1, V.col.governor)?.formula).toMatch(/^='Summary \(2\)'!\$B\$\d+$/);
  });

  it("says what to do in a workbook with no delivery plan, and adds nothing", async () => {
    book = new OfficeJsWorkbook({ sheets: { Budget: { [at(0, 0)]: "Budget" } } });
    const before = book.snapshot();
    expect(await buildCountyViewIn(book.context)).toEqual({ ok: false, message: expect.stringMatching(/^This workbook has no Stocktake sheet of a delivery workbook Mgao built .*: build a delivery plan here first, once per department\.$/) });
    expect(book.snapshot()).toEqual(before);
  });
});

describe("building the County view in the open workbook (recording fake)", () => {
  it("reads the sheets in two syncs and adds the view", async () => {
    const excel = new FakeExcel();
    for (const spec of [HEALTH, WATER]) await renderOffice(deliveryPlan(spec), excel.context);
    const before = excel.syncs;
    const outcome = await buildCountyViewIn(excel.context);
    expect(outcome.ok).toBe(true);
    expect(excel.syncs - before).toBe(2 + OFFICE_SYNCS);
    const cells = excel.sheet(COUNTY_VIEW_NAME)!.cells;
    const V = countyViewLayout(2);
    expect(cells.get(`${V.first},${V.col.priorities}`)?.formula).toBe("=COUNT('Stocktake'!$A$5:$A$7)");
    expect(cells.get(`${V.first + 1},${V.col.judgement(0)}`)?.formula).toBe(`=COUNTIF('Stocktake (2)'!$L$5:$L$7,"Green")`);
  });
});
