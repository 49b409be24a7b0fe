import { SelectionNotOneRange, selectedAddress } from "../../src/taskpane/host";
import { OfficeJsWorkbook } from "../support/office-js-harness";

/** Excel.run on a workbook of Microsoft's client, as office.js gives it inside Excel. */
function runOn(book: OfficeJsWorkbook): () => void {
  const global = globalThis as { Excel?: unknown };
  const before = global.Excel;
  global.Excel = { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(book.context) };
  return () => {
    global.Excel = before;
    book.close();
  };
}

describe("reading the selection's address for the Functions tab's builder (Microsoft's Excel client)", () => {
  it("gives the address Excel reports, sheet-qualified, in one sync", async () => {
    const book = new OfficeJsWorkbook({ sheets: { Data: { "0,0": "county" } } });
    const restore = runOn(book);
    try {
      book.selection = { sheet: "Data", areas: [{ row: 1, col: 0, rows: 47, cols: 11 }] };
      expect(await selectedAddress()).toBe("Data!A2:K48");
      book.selection = { sheet: "Data", areas: [{ row: 4, col: 1, rows: 1, cols: 1 }] };
      expect(await selectedAddress()).toBe("Data!B5");
      expect(book.syncs).toBe(2);
    } finally {
      restore();
    }
  });

  it("says what to select when Excel refuses the selection (several areas)", async () => {
    const book = new OfficeJsWorkbook({ sheets: { Data: {} } });
    const restore = runOn(book);
    try {
      book.selection = { sheet: "Data", areas: [{ row: 1, col: 0, rows: 2, cols: 1 }, { row: 1, col: 3, rows: 2, cols: 1 }] };
      const refused = selectedAddress();
      await expect(refused).rejects.toBeInstanceOf(SelectionNotOneRange);
      await expect(refused).rejects.toThrow("Select one block of cells (not several areas, a chart or a shape), then try again.");
    } finally {
      restore();
    }
  });
});
