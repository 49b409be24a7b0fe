/**
 * Recording stocktakes in the standalone page: a delivery workbook downloaded from the pane, its first
 * actual typed in, recorded as of 2026-02-28; the second actual typed in the downloaded file, recorded
 * as of 2026-03-31; the second download's Dashboard shows the priority falling from Amber-Green to
 * Amber-Red. On the way, the refusals (no date while the file's As of is TODAY(), a file that is not a
 * delivery workbook) are shown by their fields. Inside Excel, the pane says how to record a saved copy.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { readDeliveryInputs } from "../../src/plans/stocktake-read";
import { RECORD_SHEETS } from "../../src/plans/stocktake-record";
import { ARTIFACTS, type Pane, downloadFrom, expectCleanPane, openPane, retype, screenshot, textbox } from "./support/pane";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const load = async (file: Uint8Array) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
};

/**
 * The analyst types priority 1's actual for a period, at `progress` of the way from its baseline to
 * that period's planned value (0.84: Amber-Green at the 10% tolerance; 0.76: Amber-Red).
 */
async function typeActual(file: Uint8Array, period: number, progress: number): Promise<Uint8Array> {
  const { priorities, L } = await readDeliveryInputs(file);
  const { baseline, planned } = priorities[0];
  const wb = await load(file);
  wb.getWorksheet("Trajectory")!.getCell(L.traj.first + period + 1, L.traj.col.actual(0) + 1).value = (baseline ?? 0) + progress * (planned[period]! - (baseline ?? 0));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What a screen reader reads as a control's description: the field's hint or its problem. */
const descriptionOf = (control: Locator) =>
  control.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );

const fileInput = (page: Page) => page.getByLabel("Delivery workbook (.xlsx)");

async function record(page: Page, name: string, bytes: Uint8Array, asOf: string): Promise<Uint8Array> {
  await fileInput(page).setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(bytes) });
  await retype(page, "As of", asOf);
  const download = await downloadFrom(page, "Record this stocktake");
  expect(download.suggestedFilename()).toBe(name);
  const saved = join(ARTIFACTS, `stocktake-journey-${asOf}.xlsx`);
  await download.saveAs(saved);
  return new Uint8Array(readFileSync(saved));
}

describe("two stocktakes recorded in the standalone page", () => {
  let pane: Pane;
  let name: string;
  let built: Uint8Array;
  let firstSaid: string;
  let asOfRefusal: string;
  let fileRefusal: string;
  let second: Uint8Array;
  let secondSaid: string;

  beforeAll(async () => {
    pane = await openPane();
    const { page } = pane;
    await page.getByRole("tab", { name: "Delivery" }).click();
    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = await downloadFrom(page, "Download .xlsx");
    name = download.suggestedFilename();
    const path = join(ARTIFACTS, "stocktake-journey-built.xlsx");
    await download.saveAs(path);
    built = await typeActual(new Uint8Array(readFileSync(path)), 0, 0.84);

    // The plan's As of is TODAY(): a file holds no date for it, so a blank As of is refused by the field.
    await fileInput(page).setInputFiles({ name, mimeType: XLSX, buffer: Buffer.from(built) });
    await textbox(page, "As of").fill("");
    await page.getByRole("button", { name: "Record this stocktake" }).click();
    await page.getByText("Give the stocktake's date").waitFor();
    asOfRefusal = await descriptionOf(page.getByRole("textbox", { name: "As of" }));
    await page.getByRole("region", { name: "Record a stocktake" }).screenshot({ path: join(ARTIFACTS, "stocktake-journey-refused.png") });

    // A workbook that is not a delivery workbook Mgao built is refused by the file.
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Budget");
    await fileInput(page).setInputFiles({ name: "budget.xlsx", mimeType: XLSX, buffer: Buffer.from(await other.xlsx.writeBuffer()) });
    await retype(page, "As of", "2026-02-28");
    await page.getByRole("button", { name: "Record this stocktake" }).click();
    await page.getByText('This file has no "Delivery plan" sheet').waitFor();
    fileRefusal = await descriptionOf(fileInput(page));

    const first = await record(page, name, built, "2026-02-28");
    firstSaid = (await page.getByRole("status").filter({ hasText: "Recorded the stocktake" }).textContent()) ?? "";
    second = await record(page, name, await typeActual(first, 1, 0.76), "2026-03-31");
    secondSaid = (await page.getByRole("status").filter({ hasText: "Recorded the stocktake" }).textContent()) ?? "";
    await screenshot(page, "stocktake-journey");
    await page.getByRole("region", { name: "Record a stocktake" }).screenshot({ path: join(ARTIFACTS, "stocktake-journey-section.png") });
  });

  afterAll(() => pane?.close());

  it("shows each refusal by its field, in the action's words", () => {
    expect(asOfRefusal).toContain("Give the stocktake's date (YYYY-MM-DD): the workbook's As of is TODAY(), which a file does not hold");
    expect(fileRefusal).toContain('This file has no "Delivery plan" sheet: is it a delivery workbook Mgao built?');
  });

  it("says what each stocktake recorded", () => {
    expect(firstSaid).toMatch(new RegExp(`^Recorded the stocktake of 2026-02-28 in ${name.replace(/[.()]/g, "\\$&")}: \\d+ priorities \\(.*1 Amber-Green.*\\); none fell since the stocktake before;`));
    expect(secondSaid).toContain("1 fell since the stocktake before (");
    expect(secondSaid).toContain(": Amber-Green to Amber-Red)");
  });

  it("downloads a file whose Dashboard shows the priority falling from Amber-Green to Amber-Red", async () => {
    const wb = await load(second);
    const { priorities } = await readDeliveryInputs(second);
    const dashboard = wb.getWorksheet(RECORD_SHEETS.dashboard)!;
    const rows: unknown[][] = [];
    dashboard.eachRow((row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
    const strip = rows.find((r) => r?.[0] === 1 && r[1] === priorities[0].name)!;
    expect(strip.slice(2)).toEqual(["Amber-Green", "Amber-Red"]);
    const heading = rows.findIndex((r) => r?.[0] === "Judgements that fell from 2026-02-28 to 2026-03-31");
    expect(rows[heading + 2]).toEqual([1, priorities[0].name, "Amber-Green", "Amber-Red"]);
    // Both stocktakes in the history, one row per priority each.
    const history = wb.getWorksheet(RECORD_SHEETS.history)!;
    expect(history.getCell(5 + priorities.length, 4).value).toBe("Amber-Red");
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));
});

describe("recording inside Excel", () => {
  it("says to record a saved copy, in the standalone page or on the command line", async () => {
    const pane = await openPane({ host: "excel" });
    try {
      const { page } = pane;
      await page.getByRole("tab", { name: "Delivery" }).click();
      const section = page.getByRole("region", { name: "Record a stocktake" });
      await expect(section.textContent()).resolves.toContain("Recording works on a saved copy of the workbook");
      await expect(section.textContent()).resolves.toContain("mgao stocktake record --workbook delivery.xlsx");
      expect(await fileInput(page).count()).toBe(0);
      await expectCleanPane(pane, { axe: false });
    } finally {
      await pane.close();
    }
  });
});
