/**
 * Names Excel refuses although the sheets read before the build do not have them: a chart sheet is not
 * in `worksheets`, but its name is taken, so worksheets.add fails ("ItemAlreadyExists"). The renderer
 * takes the next suffix, and formulas on other sheets name the sheet as it finally is.
 */
import type { WorkbookPlan } from "../../src/plans/plan";
import { EXAMPLE_PRIORITISATION, prioritisationPlan } from "../../src/plans/prioritisation-plan";
import { OFFICE_SYNCS, officeSyncs, renderOffice } from "../../src/renderers/office/render-office";
import { OfficeJsWorkbook } from "../support/office-js-harness";

const sheet = (key: string, name: string, formula?: string) => ({
  key,
  name,
  blocks: [{ row: 0, col: 0, cells: [[formula ? { formula } : { value: 1 }]] }],
  widths: [],
  validations: [],
  conditionalFormats: [],
  charts: [],
});

/** Two sheets, the first reading a cell of the second. */
const linked: WorkbookPlan = { title: "Linked", sheets: [sheet("summary", "Summary", "{sheet:data}!A1*2"), sheet("data", "Data")] };

describe("a sheet name taken by a chart sheet", () => {
  it("gets the next suffix, for two more syncs", async () => {
    const book = new OfficeJsWorkbook({ sheets: { Budget: {} }, chartSheets: ["Prioritisation"] });
    const plan = prioritisationPlan(EXAMPLE_PRIORITISATION);
    const result = await renderOffice(plan, book.context);
    expect(result.sheetNames.get("matrix")).toBe("Prioritisation (2)");
    expect(book.sheets.map((s) => s.name)).toEqual(["Budget", "Prioritisation (2)"]);
    expect(book.syncs).toBe(OFFICE_SYNCS + 2);
    book.close();
  });

  it("keeps the sheets added before it, and the formulas that name it follow the new name", async () => {
    const book = new OfficeJsWorkbook({ chartSheets: ["Data", "data (2)"] });
    const result = await renderOffice(linked, book.context);
    expect([...result.sheetNames.values()]).toEqual(["Summary", "Data (3)"]);
    expect(book.sheets.map((s) => s.name)).toEqual(["Summary", "Data (3)"]);
    expect(book.cell("Summary", 0, 0)?.formula).toBe("='Data (3)'!A1*2");
    expect(book.syncs).toBe(officeSyncs(linked) + 4);
    book.close();
  });

  it("leaves the workbook as it was if the build then fails", async () => {
    const book = new OfficeJsWorkbook({ sheets: { Budget: { "0,0": 5 } }, chartSheets: ["Data"] });
    const before = book.snapshot();
    book.failAtSync = 5; // after the refusal, the names read again and the retry: the second sheet's request
    book.appliedBeforeFailure = Infinity;
    await expect(renderOffice(linked, book.context)).rejects.toThrow("sync 5 failed (injected)");
    expect(book.snapshot()).toEqual(before);
    book.close();
  });

  it("is told apart from a refusal that is not about a name: every sheet is there, so the build fails and is undone", async () => {
    const book = new OfficeJsWorkbook({ sheets: { Budget: {} } });
    const before = book.snapshot();
    book.failAtSync = 2;
    book.appliedBeforeFailure = Infinity;
    book.failure = { code: "ItemAlreadyExists", location: "Range.formulas" };
    await expect(renderOffice(linked, book.context)).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(book.snapshot()).toEqual(before);
    book.close();
  });
});
