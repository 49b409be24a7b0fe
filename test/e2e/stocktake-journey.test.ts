/**
 * Recording stocktakes in the standalone page: a delivery workbook downloaded from the pane, its first
 * actual typed in, recorded as of 2026-02-28; the second actual typed in the downloaded file, recorded
 * as of 2026-03-31; the second download's Dashboard shows the priority falling from Amber-Green to
 * Amber-Red. On the way, the refusals (no date while the file's As of is TODAY(), a file that is not a
 * delivery workbook) are shown by their fields. Inside Excel, two departments' plans are built into the
 * open workbook, its stocktake recorded there, and the County view built over both.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { JUDGEMENTS } from "../../src/core/delivery-judgement";
import { priorityStanding } from "../../src/core/priority-standing";
import { plannedTrajectory } from "../../src/core/trajectory";
import { EXAMPLE_DELIVERY, deliveryLayout } from "../../src/plans/delivery-plan";
import { readDeliveryInputs } from "../../src/plans/stocktake-read";
import { FIRST_RECORD_ROW } from "../../src/plans/stocktake-snapshot";
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

describe("recording inside Excel, and the County view", () => {
  let pane: Pane;
  let recorded: string;
  let viewSaid: string;
  let sheets: { name: string; cells: Record<string, { formula: unknown }> }[];

  beforeAll(async () => {
    pane = await openPane({ host: "excel" });
    const { page } = pane;
    await page.getByRole("tab", { name: "Delivery" }).click();
    // Two departments' delivery plans built into one workbook: the second's sheets get " (2)".
    await page.getByRole("button", { name: "Check and preview" }).click();
    for (const built of [/^Built Delivery plan, .* in this workbook\.$/, /^Built Delivery plan \(2\), .* in this workbook\.$/]) {
      await page.getByRole("button", { name: "Build in this workbook" }).click();
      await page.getByText(built).waitFor();
    }
    // The analyst types the example's actuals into the first department's Trajectory, in Excel.
    const T = deliveryLayout(EXAMPLE_DELIVERY).traj;
    const typed = EXAMPLE_DELIVERY.priorities.flatMap((p, i) => (p.actuals ?? []).map((v, k) => [`${T.first + k},${T.col.actual(i)}`, v] as const));
    await page.evaluate((cells) => {
      const w = window as unknown as { __mgaoFake: { sheets: { name: string; cells: Map<string, unknown> }[] } };
      const trajectory = w.__mgaoFake.sheets.find((s) => s.name === "Trajectory")!;
      for (const [key, value] of cells) trajectory.cells.set(key, { formula: value, numberFormat: "General" });
    }, typed);
    const section = page.getByRole("region", { name: "Record a stocktake" });
    await retype(page, "As of", "2025-10-31");
    await section.getByRole("button", { name: "Record this stocktake" }).click();
    recorded = (await page.getByRole("status").filter({ hasText: "Recorded the stocktake" }).textContent()) ?? "";
    await page.getByRole("button", { name: "Build county view" }).click();
    viewSaid = (await page.getByRole("status").filter({ hasText: "Built County view" }).textContent()) ?? "";
    await screenshot(page, "stocktake-journey-excel");
    sheets = await page.evaluate(() => {
      const w = window as unknown as { __mgaoFake: { sheets: { name: string; cells: Map<string, never> }[] } };
      return w.__mgaoFake.sheets.map((s) => ({ name: s.name, cells: Object.fromEntries(s.cells) }));
    });
  });

  afterAll(() => pane?.close());

  it("records the open workbook's stocktake, each priority judged as the core judges it", () => {
    const { periods, tolerance } = EXAMPLE_DELIVERY;
    const judged = EXAMPLE_DELIVERY.priorities.map((p) => priorityStanding({ baseline: p.baseline, planned: plannedTrajectory(p.baseline!, p.target!, periods), actuals: p.actuals ?? [], analyst: null }, tolerance).judgement);
    const counts = JUDGEMENTS.filter((j) => judged.includes(j)).map((j) => `${judged.filter((x) => x === j).length} ${j}`);
    expect(recorded).toMatch(new RegExp(`^Recorded the stocktake of 2025-10-31 in this workbook: 2 priorities \\(${counts.join(", ")}\\); none fell since the stocktake before;`));
    expect(recorded).toContain("Rows added to its Stocktake history and Escalation log; its Dashboard rebuilt.");
    expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(Object.values(RECORD_SHEETS)));
    const history = sheets.find((s) => s.name === RECORD_SHEETS.history)!;
    expect(judged.map((_, i) => history.cells[`${FIRST_RECORD_ROW + i},3`].formula)).toEqual(judged);
  });

  it("rolls both departments up into the County view, with formulas on each Stocktake", () => {
    expect(viewSaid).toMatch(/^Built County view, rolling up 2 departments: .* \(Stocktake, 2 priorities\); .* \(Stocktake \(2\), 2 priorities\)\./);
    const view = sheets.find((s) => s.name === "County view")!;
    const formulas = Object.values(view.cells).map((c) => String(c.formula));
    expect(formulas).toContain(`=COUNTIF('Stocktake (2)'!$L$5:$L$6,"Red")`);
    expect(formulas.join(" ")).not.toContain("INDIRECT");
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));
});
