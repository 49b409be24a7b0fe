/**
 * Journey 3: a Treasury analyst's revenue-sharing model from the official figures Mgao carries. The
 * Revenue tab opens on the fourth basis at KES 415 bn, compared with the FY2024/25 baseline; built as
 * it opens, the workbook's County data holds the official columns and the file is, cell for cell, the
 * model test/renderers/xlsx-revenue.test.ts has LibreOffice recalculate to the core's 47 amounts, to
 * the shilling. An override typed in the pane reaches the workbook as the user's figure; a total the
 * basis cannot share is refused on the total field in the command line's own words, and nothing is
 * built.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { BASES } from "../../src/core";
import { officialGrid } from "../../src/core/official-data";
import type { SheetColumn } from "../../src/plans/revenue-data";
import type { RevenueLayout } from "../../src/plans/revenue-layout";
import { EXAMPLE_REVENUE, revenueLayoutOf } from "../../src/plans/revenue-plan";
import { mgao } from "../support/mgao";
import { ARTIFACTS, type Pane, downloadFrom, expectCleanPane, openPane, retype, screenshot, textbox } from "./support/pane";
import { expectSameCells, renderedAsBuilt } from "./support/same-cells";

const OVERRIDE = "Mandera.poor_people_2022=900000";
const OFFICIAL: readonly SheetColumn[] = ["county", "population", "poor_people_2022", "land_area_km2", "baseline_allocation", "affirmative"];
const OVERRIDES_FIELD = /^Your own figures \(overrides\)/;

/** The texts a screen reader reads as the field's description (aria-describedby): its message, then its hint. */
const descriptions = (page: Page, name: string | RegExp) =>
  textbox(page, name).evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
      .filter((t) => t !== ""),
  );

/** A cell's value as a spreadsheet shows it: a formula's cached result, rich text as its text. */
function shown(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v && typeof v === "object" && "result" in v) return v.result;
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  return v;
}

/** Columns of the County data sheet by header: the 47 counties' values in each. */
function countyColumns(ws: ExcelJS.Worksheet, L: RevenueLayout, columns: readonly SheetColumn[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const c of columns) {
    const col = L.data.col(c);
    expect([c, col >= 0 && shown(ws.getCell(L.data.header + 1, col + 1))]).toEqual([c, c]);
    out[c] = Array.from({ length: 47 }, (_, i) => shown(ws.getCell(L.data.first + i + 1, col + 1)));
  }
  return out;
}

/** Every cell's text in a workbook, for finding a label wherever the model puts it. */
function allText(wb: ExcelJS.Workbook): string {
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(String(shown(cell) ?? ""), cell.note ? JSON.stringify(cell.note) : ""))));
  return parts.join("\n");
}

async function loadXlsx(file: Uint8Array): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
}

describe("journey 3: the revenue-sharing model from the official figures", () => {
  let pane: Pane;
  let page: Page;
  let defaults: Uint8Array;

  /** Checks, previews and downloads what the form holds; returns the file. */
  const build = async (name: string): Promise<Uint8Array> => {
    await page.getByRole("button", { name: "Check and preview" }).click();
    const download = await downloadFrom(page, "Download .xlsx");
    const saved = join(ARTIFACTS, `${name}.xlsx`);
    await download.saveAs(saved);
    await page.getByText(/^Downloaded .*\.xlsx\.$/).waitFor();
    return readFileSync(saved);
  };

  beforeAll(async () => {
    pane = await openPane();
    page = pane.page;
    await page.getByRole("tab", { name: "Revenue" }).click();
    for (const width of [350, 450]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `journey-3-revenue-${width}px`);
    }
    await page.setViewportSize({ width: 400, height: 900 });
    defaults = await build("journey-3-revenue");
  });

  afterAll(() => pane?.close());

  it("opens on the fourth basis at KES 415 bn, compared with the baseline, from the official figures", async () => {
    expect(await page.getByRole("combobox", { name: "Scenario starts from" }).inputValue()).toBe("fourth");
    const against = page.getByRole("combobox", { name: "Compare with" });
    expect(await against.inputValue()).toBe("baseline");
    expect(await against.locator("option:checked").textContent()).toBe("FY2024/25 allocation (baseline)");
    expect(await page.getByRole("radio", { name: /^Official figures built into Mgao/ }).isChecked()).toBe(true);
    expect(await textbox(page, "Total to share (KES)").inputValue()).toBe("415,000,000,000");
    expect(await textbox(page, "Amount at or above the threshold (KES)").inputValue()).toBe("4,460,000,000");
    expect(await textbox(page, "Amount below the threshold (KES)").inputValue()).toBe("3,000,000,000");
    expect(await textbox(page, "Threshold: total at which the amount steps up (KES)").inputValue()).toBe("415,000,000,000");
  });

  it("builds County data with the official columns, as the built-in table holds them", async () => {
    const found = countyColumns((await loadXlsx(defaults)).getWorksheet("County data")!, revenueLayoutOf(EXAMPLE_REVENUE), OFFICIAL);
    const official = officialGrid(["fourth"]);
    for (const c of OFFICIAL) expect([c, found[c]]).toEqual([c, official.slice(1).map((r) => r[official[0].indexOf(c)])]);
  });

  it("is the model the plan renders for the example, cell for cell (recalculated to the core's amounts, to the shilling, in xlsx-revenue.test.ts)", async () => {
    await expectSameCells(defaults, await renderedAsBuilt("revenue", EXAMPLE_REVENUE));
  });

  it("takes an override typed in the pane into the workbook, labelled as the user's figure", async () => {
    await textbox(page, OVERRIDES_FIELD).click();
    await page.keyboard.type(OVERRIDE);
    const file = await build("journey-3-revenue-override");
    await expectSameCells(file, await renderedAsBuilt("revenue", { ...EXAMPLE_REVENUE, overrides: [OVERRIDE] }));
    const wb = await loadXlsx(file);
    // The pane says the figure is the user's, and what it replaced.
    expect(await descriptions(page, OVERRIDES_FIELD)).toEqual([expect.stringMatching(/^In the model as your figures: Mandera poor_people_2022 = 900000 \(yours; was \d+\)\.$/)]);
    const found = countyColumns(wb.getWorksheet("County data")!, revenueLayoutOf({ ...EXAMPLE_REVENUE, overrides: [OVERRIDE] }), ["county", "poor_people_2022"]);
    expect(found.poor_people_2022[found.county.indexOf("Mandera")]).toBe(900_000);
    expect(allText(wb)).toMatch(/Mandera poor_people_2022 = 900000 \(yours; was \d+\)/);
    await screenshot(page, "journey-3-revenue-override");
  });

  it("refuses a total the fourth basis cannot share, on the total field, in the command line's words", async () => {
    await textbox(page, OVERRIDES_FIELD).click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await retype(page, "Total to share (KES)", "300,000,000,000");
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByText("Fix the fields marked above; nothing was built.").waitFor();
    expect(await page.getByRole("button", { name: "Download .xlsx" }).count()).toBe(0);
    // What the command line says on standard error for this total: the pane must say the same.
    const cli = (await mgao("allocate", "--basis", "fourth", "--total", "300000000000")).err.split("\n").find((l) => l.startsWith("mgao: total: "));
    expect(cli).toBe(
      "mgao: total: 300,000,000,000 is below 390,424,707,299, the smallest total the fourth basis can share on this data (the baselines' total 387,424,707,299 plus the affirmative allocation 3,000,000,000)",
    );
    expect(await descriptions(page, "Total to share (KES)")).toEqual([cli!.replace(/^mgao: total: /, ""), "Leave blank to type it in the sheet."]);
    await screenshot(page, "journey-3-revenue-refused");
  });

  it("has no serious accessibility problem, asked nothing of other hosts, and logged no error", () => expectCleanPane(pane));

  it("names the bases the official figures cover, and refuses one they do not", async () => {
    await retype(page, "Total to share (KES)", "415,000,000,000");
    await page.getByRole("combobox", { name: "Scenario starts from" }).selectOption({ label: BASES.second.label });
    expect(await page.getByRole("combobox", { name: "Compare with" }).inputValue()).toBe(BASES.second.comparedWith);
    await page.getByRole("button", { name: "Check and preview" }).click();
    await page.getByText("Fix the fields marked above; nothing was built.").waitFor();
    // On the data field, and where the scenarios' changes would be.
    await page.getByRole("alert").filter({ hasText: /^Mgao has no built-in data for the second basis/ }).waitFor();
    await page.getByRole("status").filter({ hasText: /^Mgao has no built-in data for the second basis: choose your own CSV file to see its changes\.$/ }).waitFor();
  });
});
