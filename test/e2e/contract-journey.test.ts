/**
 * Journey 2: a department's performance contract typed in the standalone page. Indicators in two
 * categories, two of them lower-is-better, with targets and actuals; build and download: the file
 * must be, cell for cell, the contract the plan renders for what was typed, the one
 * test/renderers/xlsx-contract.test.ts has LibreOffice recalculate to the core's scores and grade.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { CONTRACT_JOURNEY } from "../support/journey-specs";
import { toHtml } from "../support/libreoffice";
import { ARTIFACTS, PICTURES, type Pane, downloadFrom, expectCleanPane, openPane, pictureOfSheet, retype, screenshot, textbox } from "./support/pane";
import { expectSameCells, renderedAsBuilt } from "./support/same-cells";

describe("journey 2: a performance contract, downloaded", () => {
  let pane: Pane;
  let file: Uint8Array;

  beforeAll(async () => {
    pane = await openPane();
    const { page } = pane;
    await page.getByRole("tab", { name: "Contract" }).click();
    await retype(page, "County", "Kakamega");
    await retype(page, "Department", "Health Services");
    const indicators = textbox(page, /^Indicators, one per line/);
    await indicators.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    for (const [i, line] of CONTRACT_JOURNEY.typed.entries()) {
      if (i > 0) await page.keyboard.press("Enter");
      await page.keyboard.type(line);
    }
    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = await downloadFrom(page, "Download .xlsx");
    const saved = join(ARTIFACTS, "journey-2-contract.xlsx");
    await download.saveAs(saved);
    file = readFileSync(saved);
    await page.getByText(/^Downloaded .*\.xlsx\.$/).waitFor();
    await screenshot(page, "journey-2-contract");
    if (PICTURES) await pictureOfSheet(toHtml(file), "journey-2-contract-sheet");
  });

  afterAll(() => pane?.close());

  it("is the contract the plan renders for what was typed, cell for cell (recalculated to the core's scores and grade in xlsx-contract.test.ts)", async () => {
    await expectSameCells(file, await renderedAsBuilt("contract", CONTRACT_JOURNEY.spec));
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));
});
