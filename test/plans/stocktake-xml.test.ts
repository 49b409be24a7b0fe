/**
 * Record's sheets as worksheet parts: a plan's values in the file's own looks, the judgement fills by
 * word, and the page setup every sheet carries (A4, landscape, one page wide, the footer). A recorded
 * delivery workbook's Dashboard, printed by LibreOffice, is one A4 landscape page with that footer.
 */
import { DATE_FORMAT, serialOf } from "../../src/core/dates";
import { type DeliverySpec, EXAMPLE_DELIVERY, deliveryPlan } from "../../src/plans/delivery-plan";
import { footerText, printSetup } from "../../src/plans/print-setup";
import { RECORD_SHEETS, recordStocktake } from "../../src/plans/stocktake-record";
import { dashboardSheet } from "../../src/plans/stocktake-sheets";
import { type HistoryRow, falls } from "../../src/plans/stocktake-snapshot";
import { planSheetXml, sheetParts, sheetXml } from "../../src/plans/stocktake-xml";
import { renderXlsx } from "../../src/renderers/xlsx/render-xlsx";
import JSZip from "jszip";
import { onlySheetVisible, printedPages } from "../support/print-pages";

const row = (date: number, priority: number, judgement: string): HistoryRow => ({ date, priority, name: `P${priority}`, judgement, suggested: judgement, analyst: "", progress: null, latest: 1, actual: null, planned: null });
const history = [row(serialOf("2026-02-28"), 1, "Green"), row(serialOf("2026-03-31"), 1, "Red")];

describe("a record sheet's part", () => {
  const looks = { style: (style?: string, format?: string) => (style === "title" ? 7 : style === "computed" && format === DATE_FORMAT ? 9 : undefined), fills: new Map([["Green", 2]]) };
  const xml = sheetXml(planSheetXml(dashboardSheet(history, falls(history)), looks, "Kisumu & Co delivery"));

  it("wears the file's styles and fills by word, for the words the file has fills for", () => {
    expect(xml).toContain('<c r="A1" s="7" t="inlineStr"><is><t xml:space="preserve">Delivery dashboard</t></is></c>');
    expect(xml).toMatch(new RegExp(`<c r="C5" s="9"><v>${serialOf("2026-02-28")}</v></c>`));
    expect(xml).toContain('<cfRule type="cellIs" dxfId="2" priority="1" operator="equal"><formula>"Green"</formula></cfRule>');
    expect(xml).not.toContain('"Red"</formula>');
  });

  it("prints on A4 landscape, one page wide, with the footer's title, page count, sheet and date", () => {
    const setup = printSetup(dashboardSheet(history, []), "Kisumu & Co delivery");
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain(`<pageMargins left="${setup.margins.left}"`);
    expect(xml).toContain(`<headerFooter><oddFooter>&amp;L${footerText("Kisumu & Co delivery").replace(/&/g, "&amp;")}&amp;CPage &amp;P of &amp;N&amp;R&amp;A, printed &amp;D</oddFooter></headerFooter>`);
  });
});

describe("a recorded Dashboard, printed by LibreOffice", () => {
  it("is one A4 landscape page with the footer", async () => {
    const spec: DeliverySpec = { ...EXAMPLE_DELIVERY, title: "Nyeri delivery priorities" };
    const first = await recordStocktake(await renderXlsx(deliveryPlan(spec)), "2025-10-31");
    const second = await recordStocktake(first.file, "2025-11-30");
    const names = [...(await sheetParts(await JSZip.loadAsync(second.file))).keys()];
    const [pages] = printedPages([await onlySheetVisible(second.file, names.indexOf(RECORD_SHEETS.dashboard))]);
    expect(pages).toHaveLength(1);
    // A4 landscape: 842 × 595 points.
    expect([Math.round(pages[0].width), Math.round(pages[0].height)]).toEqual([842, 595]);
    expect(pages[0].text).toContain("Delivery dashboard");
    expect(pages[0].text).toContain("Nyeri delivery priorities");
    expect(pages[0].text).toContain("Page 1 of 1");
  }, 240_000);
});
