/**
 * Journey 1: an SDU prioritisation session in the standalone page. Type a title, change two criterion
 * weights, paste ten scored projects (one named like a formula), set a budget and the rule that fills
 * it, preview, download the .xlsx: it must be, cell for cell, the matrix the plan renders for what
 * was typed, the one test/renderers/xlsx-prioritisation.test.ts has LibreOffice recalculate to the
 * core's ranks, quadrants and budget flags.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { prioritisationLayout } from "../../src/plans/prioritisation-plan";
import { HOSTILE, PRIORITISATION_JOURNEY } from "../support/journey-specs";
import { toHtml } from "../support/libreoffice";
import { ARTIFACTS, PICTURES, type Pane, downloadFrom, expectCleanPane, openPane, pasteInto, pictureOfSheet, retype, screenshot } from "./support/pane";
import { expectSameCells, renderedAsBuilt } from "./support/same-cells";

const { title, pasted, spec: expected } = PRIORITISATION_JOURNEY;

describe("journey 1: a prioritisation session, downloaded", () => {
  let pane: Pane;
  let file: Uint8Array;

  beforeAll(async () => {
    pane = await openPane();
    const { page } = pane;
    await retype(page, "Session title", title);
    await retype(page, "County", "Kisumu");
    await retype(page, "Criterion 1 weight %", "25");
    await retype(page, "Criterion 5 weight %", "20");
    await pasteInto(page, /^Candidate projects/, pasted);
    await retype(page, "Budget ceiling (KES), optional", "120,000,000");
    await page.getByLabel("Budget rule").selectOption("skip what does not fit");
    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = await downloadFrom(page, "Download .xlsx");
    const saved = join(ARTIFACTS, "journey-1-prioritisation.xlsx");
    await download.saveAs(saved);
    file = readFileSync(saved);
    await page.getByText(/^Downloaded .*\.xlsx\.$/).waitFor();
    // The README's pictures: the pane as the session leaves it, and the matrix as LibreOffice shows it.
    if (PICTURES) {
      await screenshot(page, "journey-1-prioritisation");
      await pictureOfSheet(toHtml(file), "journey-1-prioritisation-matrix");
    }
  });

  afterAll(() => pane?.close());

  it("offers the file named after the session, and says so", async () => {
    expect(await pane.page.getByRole("status").last().textContent()).toBe("Downloaded Kisumu FY2026-27 candidate projects.xlsx.");
  });

  it("writes the formula-like project name as text, not as a formula", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const { col, row } = prioritisationLayout(expected);
    const cell = wb.getWorksheet("Prioritisation")!.getCell(row.firstProject + 2, col.project + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(HOSTILE);
  });

  it("is the matrix the plan renders for what was typed, cell for cell (recalculated to the core's ranks, quadrants and budget flags in xlsx-prioritisation.test.ts)", async () => {
    // The marker sheet the pane adds holds the spec it was built from: the same cells say the pane made exactly that spec.
    await expectSameCells(file, await renderedAsBuilt("prioritisation", expected));
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));
});
