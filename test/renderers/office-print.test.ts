/**
 * Every sheet's print setup reaches Excel through Microsoft's client as the plan says (A4, orientation,
 * one page wide, header rows repeated, the footer, the print area, the margins), the same setup the
 * .xlsx renderer writes.
 */
import ExcelJS from "exceljs";
import { MARGINS, printSetup } from "../../src/plans/print-setup";
import { TEMPLATES, TEMPLATE_IDS } from "../../src/plans/templates";
import { renderOffice } from "../../src/renderers/office/render-office";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import { OfficeJsWorkbook } from "../support/office-js-harness";

describe.each(TEMPLATE_IDS)("%s prints as planned", (id) => {
  const plan = TEMPLATES[id].plan(TEMPLATES[id].example);

  it("through Excel's client: paper, orientation, fit, title rows, footer, print area and margins for every sheet", async () => {
    const book = new OfficeJsWorkbook();
    await renderOffice(plan, book.context);
    const sent = book.requests.map((r) => r.body).join("\n");
    for (const sheet of plan.sheets) {
      const setup = printSetup(sheet, plan.title);
      expect(sent).toContain(JSON.stringify(setup.footer.center));
      if (setup.titleRows) expect(sent).toContain(JSON.stringify(`$${setup.titleRows.first}:$${setup.titleRows.last}`));
      if (setup.area) expect(sent).toContain(JSON.stringify(setup.area));
    }
    // Margins go in points.
    const margin = (name: string) => Number(new RegExp(`"Name":"${name}","ObjectPathId":\\d+,"ArgumentInfo":\\{"Arguments":\\[([\\d.]+)\\]`).exec(sent)?.[1]);
    expect([margin("LeftMargin"), margin("TopMargin"), margin("FooterMargin")]).toEqual([MARGINS.left * 72, MARGINS.top * 72, MARGINS.footer * 72]);
    expect(sent).toContain('"A4"');
    expect(sent).toContain(JSON.stringify(plan.sheets.some((s) => printSetup(s, plan.title).landscape) ? "Landscape" : "Portrait"));
    book.close();
  });

  it("in the .xlsx file: the same setup, read back", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderXlsx(plan)) as unknown as ArrayBuffer);
    plan.sheets.forEach((sheet, i) => {
      const setup = printSetup(sheet, plan.title);
      const ws = wb.worksheets[i];
      const fit = "scale" in setup.fit ? { fitToPage: false, scale: setup.fit.scale } : { fitToPage: true, fitToWidth: 1, fitToHeight: setup.fit.pagesTall ?? 0 };
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: setup.landscape ? "landscape" : "portrait", ...fit });
      if (setup.titleRows) expect(ws.pageSetup.printTitlesRow).toBe(`${setup.titleRows.first}:${setup.titleRows.last}`);
      expect(ws.headerFooter.oddFooter).toBe(`&L${setup.footer.left}&CPage &P of &N&R&A, printed &D`);
      expect(ws.pageSetup.printArea).toBe(setup.area);
      expect(ws.pageSetup.margins).toEqual(MARGINS);
    });
  }, 60_000);
});
